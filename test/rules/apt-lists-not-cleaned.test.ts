import { describe, expect, it } from 'vitest';
import rule from '../../rules/apt-lists-not-cleaned';
import { defaultConfig } from '../../src/lint/config';
import { applyEdits } from '../../src/lint/fix';
import { lintText } from '../../src/lint/lint-files';
import { RuleRegistry } from '../../src/lint/registry';
import { ruleTable } from '../rule-table';

const LEFT = (name = 'apt-get') => `\`${name} update\` leaves the package lists in this layer; add \`rm -rf /var/lib/apt/lists/*\` to this RUN`;
const CLEAN = (name = 'apt-get') =>
  `\`${name} update\` leaves the package lists in this layer: \`apt-get clean\` does not remove /var/lib/apt/lists; add \`rm -rf /var/lib/apt/lists/*\` to this RUN`;

ruleTable(rule, {
  accept: [
    { description: 'rm -rf /var/lib/apt/lists/*', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n' },
    { description: 'the directory itself, with a trailing slash', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/\n' },
    { description: 'the directory without a slash, with other caches', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get clean && rm -rf /var/cache/apt/* /var/lib/apt/lists\n' },
    { description: 'find ... -delete', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && find /var/lib/apt/lists -type f -delete\n' },
    { description: 'find ... -exec rm', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && find /var/lib/apt/lists/ -mindepth 1 -exec rm -rf {} +\n' },
    { description: 'apt-get dist-clean', code: 'FROM debian:13\nRUN apt-get update && apt-get install -y curl && apt-get dist-clean\n' },
    { description: 'the path from an ENV', code: 'FROM debian:12\nENV LISTS=/var/lib/apt/lists\nRUN apt-get update && apt-get install -y curl && rm -rf "${LISTS}"/*\n' },
    { description: 'removal on a continuation line after a comment line', code: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl \\\n# keep the image small\n && rm -rf /var/lib/apt/lists/*\n' },
    { description: 'heredoc RUN that cleans', code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n' },
    { description: 'cache mount on the lists', code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n' },
    { description: 'cache mount on /var/lib/apt', code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl\n' },
    { description: 'tmpfs mount on the lists', code: 'FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n' },
    {
      description: 'a builder stage that is only copied from',
      code: 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nRUN gcc -o /hello hello.c\nFROM scratch\nCOPY --from=build /hello /hello\n',
    },
    { description: 'no update in the RUN', code: 'FROM debian:12\nRUN apt-get install -y curl\n' },
    { description: 'apk, not apt', code: 'FROM alpine:3.20\nRUN apk update && apk add curl\n' },
    { description: 'exec form is not read', code: 'FROM debian:12\nRUN ["apt-get", "update"]\n' },
    { description: 'Windows image', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN apt-get update; apt-get install -y curl\n' },
  ],
  reject: [
    {
      description: 'no cleanup at all',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
      findings: [{ message: LEFT(), line: 2, column: 5, endLine: 2, endColumn: 19 }],
    },
    {
      description: 'apt-get clean alone',
      code: 'FROM ubuntu:24.04\nRUN apt update && apt install -y curl && apt-get clean\n',
      findings: [{ message: CLEAN('apt'), line: 2, column: 5, endLine: 2, endColumn: 15 }],
    },
    {
      description: 'a wrong directory',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/cache/apt/*\n',
      findings: [{ message: LEFT(), line: 2, column: 5, endLine: 2, endColumn: 19 }],
    },
    {
      description: 'removed in a later RUN: too late, the layer already has them',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n',
      findings: [{ message: LEFT(), line: 2, column: 5, endLine: 2, endColumn: 19 }],
    },
    {
      description: 'a cache mount elsewhere does not help',
      code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt sudo apt-get -q update && apt-get install -y curl\n',
      findings: [{ message: LEFT(), line: 2, column: 46, endLine: 2, endColumn: 68 }],
    },
    {
      description: 'a builder stage that a later stage is built FROM',
      code: 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\nCMD ["curl"]\n',
      findings: [{ message: LEFT(), line: 2, column: 5, endLine: 2, endColumn: 19 }],
    },
    {
      description: 'a stage the final image builds on, two levels up',
      code: 'FROM debian:12 AS a\nRUN apt-get update && apt-get install -y curl\nFROM a AS b\nRUN true\nFROM b\n',
      findings: [{ message: LEFT(), line: 2, column: 5, endLine: 2, endColumn: 19 }],
    },
    {
      description: 'heredoc RUN',
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n',
      findings: [{ message: LEFT(), line: 3, column: 1, endLine: 3, endColumn: 15 }],
    },
    {
      description: 'continuation lines and a comment line',
      code: 'FROM debian:12\nRUN set -eux; \\\n# packages\n    apt-get update; \\\n    apt-get install -y curl\n',
      findings: [{ message: LEFT(), line: 4, column: 5, endLine: 4, endColumn: 19 }],
    },
    {
      description: 'ONBUILD RUN runs in the image built on this one',
      code: 'FROM debian:12 AS build\nONBUILD RUN apt-get update && apt-get install -y curl\nFROM scratch\nCOPY --from=build /etc/os-release /x\n',
      findings: [{ message: LEFT(), line: 2, column: 13, endLine: 2, endColumn: 27 }],
    },
    {
      description: 'the lists removed before the update, not after',
      code: 'FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl\n',
      findings: [{ message: LEFT(), line: 2, column: 36, endLine: 2, endColumn: 50 }],
    },
    {
      description: 'removed after the first update but not after the second; reported at the second',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y gnupg && rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl\n',
      findings: [{ message: LEFT(), line: 2, column: 82, endLine: 2, endColumn: 96 }],
    },
    {
      description: 'the update alone',
      code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
      findings: [{ message: LEFT(), line: 2, column: 5, endLine: 2, endColumn: 19 }],
    },
    {
      description: 'removing a single file under the lists is not cleaning them',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -f /var/lib/apt/lists/lock\n',
      findings: [{ message: LEFT(), line: 2, column: 5, endLine: 2, endColumn: 19 }],
    },
    {
      description: 'a variable that does not name the lists',
      code: 'FROM debian:12\nARG TMP=/tmp/x\nRUN apt-get update && apt-get install -y curl && rm -rf $TMP\n',
      findings: [{ message: LEFT(), line: 3, column: 5, endLine: 3, endColumn: 19 }],
    },
  ],
});

function fixed(code: string): string | null {
  const registry = new RuleRegistry([rule]);
  const findings = lintText(code, 'Dockerfile', registry, defaultConfig(registry));
  expect(findings).toHaveLength(1);
  const fix = findings[0]!.fix;
  return fix ? applyEdits(code, fix) : null;
}

describe('apt-lists-not-cleaned fix', () => {
  it('appends the removal to a one-line && chain', () => {
    expect(fixed('FROM debian:12\nRUN apt-get update && apt-get install -y curl\n')).toBe(
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    );
  });
  it('appends after the last continuation line, and after apt-get clean', () => {
    expect(fixed('FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl \\\n && apt-get clean\nCMD ["curl"]\n')).toBe(
      'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl \\\n && apt-get clean && rm -rf /var/lib/apt/lists/*\nCMD ["curl"]\n',
    );
  });
  it('works with a cache mount on another directory', () => {
    expect(fixed('FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n')).toBe(
      'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    );
  });
  it('offers no fix for ; chains, pipes, subshells, redirects or trailing comments', () => {
    expect(fixed('FROM debian:12\nRUN apt-get update; apt-get install -y curl\n')).toBeNull();
    expect(fixed('FROM debian:12\nRUN apt-get update && apt-get install -y curl | tee /log\n')).toBeNull();
    expect(fixed('FROM debian:12\nRUN (apt-get update && apt-get install -y curl)\n')).toBeNull();
    expect(fixed('FROM debian:12\nRUN apt-get update && apt-get install -y curl > /dev/null\n')).toBeNull();
    expect(fixed('FROM debian:12\nRUN apt-get update && apt-get install -y $(cat /pkgs)\n')).toBeNull();
    expect(fixed('FROM debian:12\nRUN apt-get update && apt-get install -y curl # tools\n')).toBeNull();
    expect(fixed('FROM debian:12\nRUN apt-get update || apt-get install -y curl\n')).toBeNull();
  });
  it('offers no fix when nothing installs after the update, or a later RUN needs the lists', () => {
    expect(fixed('FROM debian:12\nRUN apt-get update\n')).toBeNull();
    expect(fixed('FROM debian:12\nRUN apt-get install -y curl && apt-get update\n')).toBeNull();
    expect(fixed('FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN apt-get install -y git && rm -rf /var/lib/apt/lists/*\n')).toBeNull();
    expect(fixed('FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\nRUN apt-get install -y git && rm -rf /var/lib/apt/lists/*\n')).toBeNull();
  });
  it('fixes when a later RUN updates for itself', () => {
    expect(fixed('FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n')).toBe(
      'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n',
    );
  });
  it('fixes a heredoc line', () => {
    expect(fixed('FROM debian:12\nRUN <<EOF\napt-get update && apt-get install -y curl\nEOF\n')).toBe(
      'FROM debian:12\nRUN <<EOF\napt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nEOF\n',
    );
  });
});
