import { expect, it } from 'vitest';
import { registry } from '../../src/lint/builtin';
import { defaultConfig } from '../../src/lint/config';
import { lintText } from '../../src/lint/lint-files';

const lines = (text: string, rule: string) =>
  lintText(text, 'Dockerfile', registry, defaultConfig(registry)).filter((f) => f.rule === rule).map((f) => f.range.start.line + 1);

it('whale-ignore covers the next instruction only, across comments and continuation lines', () => {
  const text = [
    'FROM alpine:3',
    '# whale-ignore add-instead-of-copy -- vendored on purpose',
    '# another comment',
    'ADD a \\',
    '    /a',
    'ADD b /b',
  ].join('\n');
  expect(lines(text, 'add-instead-of-copy')).toEqual([6]);
});

it('accepts several rules, aliases in any case, and `all`', () => {
  expect(lines('FROM alpine:3\n# whale-ignore maintainer-deprecated,dl3020\nADD a /a\n', 'add-instead-of-copy')).toEqual([]);
  expect(lines('FROM alpine:3\n# whale-ignore all\nADD a /a\n', 'add-instead-of-copy')).toEqual([]);
});

it('whale-ignore-file covers the whole file, wherever it is', () => {
  expect(lines('FROM alpine:3\nADD a /a\n# whale-ignore-file DL3020\nADD b /b\n', 'add-instead-of-copy')).toEqual([]);
});

it('an ignore for another rule, or a plain comment, changes nothing', () => {
  expect(lines('FROM alpine:3\n# whale-ignore consecutive-run\nADD a /a\n# whale ignore add-instead-of-copy\nADD b /b\n', 'add-instead-of-copy')).toEqual([3, 5]);
});
