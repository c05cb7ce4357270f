// The Dockerfiles shown in the talks whale's lessons come from (fixtures/talks) are flagged by the rules
// that carry those lessons, on the lines the talks' advice is about.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { registry } from '../src/lint/builtin';
import { defaultConfig } from '../src/lint/config';
import { lintText } from '../src/lint/lint-files';

// The rules that carry the talks' lessons (the hadolint and BuildKit rules are checked elsewhere).
const LESSONS = new Set([
  'apt-update-without-install', 'apt-lists-not-cleaned', 'consecutive-run', 'virtualenv-in-container', 'sshd-in-container',
  'server-without-expose', 'data-dir-without-volume', 'copy-before-dependency-install', 'dev-server-cmd',
  'multiple-processes', 'add-instead-of-copy', 'maintainer-deprecated', 'removed-pip-option', 'eol-base-image', 'runs-as-root',
]);

function findings(name: string): string[] {
  const text = readFileSync(join(__dirname, '../fixtures/talks', name), 'utf8');
  return lintText(text, name, registry, defaultConfig(registry))
    .filter((f) => LESSONS.has(f.rule))
    .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule}`);
}

it('"Python in Docker": the backend base image on ubuntu:12.04', () => {
  expect(findings('backend-base-image.Dockerfile')).toEqual(['4:6 eol-base-image']);
});

it('"Python in Docker": the backend image ADDs local folders', () => {
  expect(findings('backend.Dockerfile')).toEqual(['6:1 add-instead-of-copy', '7:1 add-instead-of-copy']);
});

it('"Docker for developers": the base Python image on trusty', () => {
  expect(findings('python-base.Dockerfile')).toEqual([
    '1:6 eol-base-image', // FROM ubuntu:trusty
    '2:1 maintainer-deprecated', // MAINTAINER drocco@gmail.com
    '5:5 apt-lists-not-cleaned', // RUN apt-get update, lists left in the layer
    '5:5 apt-update-without-install', // ... and installed from in a later RUN
    '6:1 consecutive-run',
    '7:1 consecutive-run',
    '7:17 removed-pip-option', // pip install --download-cache
    '8:1 consecutive-run',
    '8:17 removed-pip-option',
    '11:1 consecutive-run',
    '12:1 consecutive-run',
    '15:1 consecutive-run',
    '18:1 consecutive-run',
  ]);
});
