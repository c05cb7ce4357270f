import { describe, expect, it } from 'vitest';
import rule from '../../rules/apt-install-recommends';
import { defaultConfig } from '../../src/lint/config';
import { applyEdits } from '../../src/lint/fix';
import { lintText } from '../../src/lint/lint-files';
import { RuleRegistry } from '../../src/lint/registry';
import { ruleTable } from '../rule-table';

const REC = (name = 'apt-get', option = '--no-install-recommends') => `\`${name} install\` also installs recommended packages; add \`${option}\``;

ruleTable(rule, {
  accept: [
    { description: '--no-install-recommends (hadolint example)', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends python\n' },
    { description: '-o APT::Install-Recommends=false', code: 'FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n' },
    { description: '-o with a quoted 0', code: 'FROM debian:12\nRUN apt-get install -y -o "APT::Install-Recommends=0" curl\n' },
    { description: '--option=APT::Install-Recommends=false', code: 'FROM debian:12\nRUN apt-get install -y --option=APT::Install-Recommends=false curl\n' },
    { description: 'the flag after the packages', code: 'FROM debian:12\nRUN apt-get install -y curl --no-install-recommends\n' },
    { description: 'aptitude -R', code: 'FROM debian:12\nRUN aptitude install -y -R curl\n' },
    { description: 'aptitude --without-recommends', code: 'FROM debian:12\nRUN aptitude install -y --without-recommends curl\n' },
    { description: 'options in an ENV', code: 'FROM debian:12\nENV APT_OPTS="-y --no-install-recommends"\nRUN apt-get install $APT_OPTS curl\n' },
    { description: 'not an install', code: 'FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n' },
    { description: 'a simulated install installs nothing', code: 'FROM debian:12\nENV PG_MAJOR=16\nRUN if apt-get install --dry-run curl; then echo yes; fi\n' },
    { description: 'exec form is not read', code: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]\n' },
  ],
  reject: [
    {
      description: 'hadolint example',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y python\n',
      findings: [{ message: REC(), line: 2, column: 23, endLine: 2, endColumn: 38 }],
    },
    {
      description: 'Install-Recommends set to true',
      code: 'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=true install -y curl\n',
      findings: [{ message: REC(), line: 2, column: 5, endLine: 2, endColumn: 52 }],
    },
    {
      description: '--no-install-suggests is not enough',
      code: 'FROM ubuntu:24.04\nRUN apt install -y --no-install-suggests curl\n',
      findings: [{ message: REC('apt'), line: 2, column: 5, endLine: 2, endColumn: 16 }],
    },
    {
      description: 'aptitude',
      code: 'FROM debian:12\nRUN aptitude install -y curl\n',
      findings: [{ message: REC('aptitude', '-R'), line: 2, column: 5, endLine: 2, endColumn: 21 }],
    },
    {
      description: 'ONBUILD',
      code: 'FROM debian:12\nONBUILD RUN apt-get install -y curl\n',
      findings: [{ message: REC(), line: 2, column: 13, endLine: 2, endColumn: 28 }],
    },
  ],
});

describe('apt-install-recommends fix', () => {
  it('inserts --no-install-recommends after install', () => {
    const code = 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n';
    const registry = new RuleRegistry([rule]);
    const findings = lintText(code, 'Dockerfile', registry, defaultConfig(registry));
    expect(findings).toHaveLength(1);
    expect(applyEdits(code, findings[0]!.fix!)).toBe('FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl\n');
  });
});
