import { describe, expect, it } from 'vitest';
import rule from '../../rules/apt-install-without-yes';
import { defaultConfig } from '../../src/lint/config';
import { applyEdits } from '../../src/lint/fix';
import { lintText } from '../../src/lint/lint-files';
import { RuleRegistry } from '../../src/lint/registry';
import { ruleTable } from '../rule-table';

const YES = (name = 'apt-get') => `\`${name} install\` without \`-y\` stops at the confirmation prompt; add \`-y\``;

ruleTable(rule, {
  accept: [
    { description: '-y (hadolint example)', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y python\n' },
    { description: '--yes', code: 'FROM debian:12\nRUN apt-get install --yes curl\n' },
    { description: '--assume-yes', code: 'FROM debian:12\nRUN apt-get install --assume-yes curl\n' },
    { description: 'combined -qy', code: 'FROM debian:12\nRUN apt-get -qy install curl\n' },
    { description: '-qq', code: 'FROM debian:12\nRUN apt-get install -qq curl\n' },
    { description: '-q -q', code: 'FROM debian:12\nRUN apt-get -q -q install curl\n' },
    { description: '-q=2', code: 'FROM debian:12\nRUN apt-get install -q=2 curl\n' },
    { description: '-o APT::Get::Assume-Yes=true', code: 'FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true install curl\n' },
    { description: 'apt install -y', code: 'FROM ubuntu:24.04\nRUN apt install -y curl\n' },
    { description: 'aptitude -y', code: 'FROM debian:12\nRUN aptitude install -y curl\n' },
    { description: 'not an install', code: 'FROM debian:12\nRUN apt-get update && apt-cache policy curl\n' },
    { description: 'a simulated install installs nothing', code: 'FROM debian:12\nENV PG_MAJOR=16\nRUN if apt-get install -s curl; then echo yes; fi\n' },
    { description: 'options in an ENV', code: 'FROM debian:12\nENV APT_OPTS="-qy --no-install-recommends"\nRUN apt-get install $APT_OPTS curl\n' },
    { description: 'yes | apt-get install', code: 'FROM debian:12\nRUN yes | apt-get install curl\n' },
    { description: 'Windows image', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN apt-get install curl\n' },
    { description: 'exec form is not read', code: 'FROM debian:12\nRUN ["apt-get", "install", "curl"]\n' },
  ],
  reject: [
    {
      description: 'a pipe from another program does not answer',
      code: 'FROM debian:12\nRUN echo n | apt-get install curl\n',
      findings: [{ message: YES(), line: 2, column: 14, endLine: 2, endColumn: 29 }],
    },
    {
      description: 'hadolint example',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install python\n',
      findings: [{ message: YES(), line: 2, column: 23, endLine: 2, endColumn: 38 }],
    },
    {
      description: 'a single -q is not enough',
      code: 'FROM debian:12\nRUN apt-get -q install curl\n',
      findings: [{ message: YES(), line: 2, column: 5, endLine: 2, endColumn: 23 }],
    },
    {
      description: 'DEBIAN_FRONTEND does not answer the prompt',
      code: 'FROM debian:12\nRUN DEBIAN_FRONTEND=noninteractive apt-get install curl\n',
      findings: [{ message: YES(), line: 2, column: 5, endLine: 2, endColumn: 51 }],
    },
    {
      description: 'a -y after another word is still the install flag; -y on another command does not count',
      code: 'FROM debian:12\nRUN apt-get update -y && apt-get install curl\n',
      findings: [{ message: YES(), line: 2, column: 26, endLine: 2, endColumn: 41 }],
    },
    {
      description: 'aptitude -qq does not imply yes',
      code: 'FROM debian:12\nRUN aptitude install -qq curl\n',
      findings: [{ message: YES('aptitude'), line: 2, column: 5, endLine: 2, endColumn: 21 }],
    },
    {
      description: 'apt install in a heredoc',
      code: 'FROM ubuntu:24.04\nRUN <<EOF\napt install curl\nEOF\n',
      findings: [{ message: YES('apt'), line: 3, column: 1, endLine: 3, endColumn: 12 }],
    },
  ],
});

describe('apt-install-without-yes fix', () => {
  it('inserts -y after install', () => {
    const code = 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl\n';
    const registry = new RuleRegistry([rule]);
    const findings = lintText(code, 'Dockerfile', registry, defaultConfig(registry));
    expect(findings).toHaveLength(1);
    expect(applyEdits(code, findings[0]!.fix!)).toBe('FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n');
  });
});
