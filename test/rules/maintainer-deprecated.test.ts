import { describe, expect, it } from 'vitest';
import rule from '../../rules/maintainer-deprecated';
import { defaultConfig } from '../../src/lint/config';
import { applyEdits } from '../../src/lint/fix';
import { lintText, parseText } from '../../src/lint/lint-files';
import { RuleRegistry } from '../../src/lint/registry';
import { ruleTable } from '../rule-table';

const message = 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors instead';

ruleTable(rule, {
  accept: [
    { description: 'a LABEL', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe"\n' },
    { description: 'maintainer in a LABEL key or a RUN', code: 'FROM alpine:3.20\nLABEL maintainer="Jane"\nRUN echo MAINTAINER\n' },
    { description: 'ONBUILD MAINTAINER (Docker refuses it; another rule reports it)', code: 'FROM alpine:3.20\nONBUILD MAINTAINER Jane\n' },
    { description: 'MAINTAINER without a value (a syntax problem)', code: 'FROM alpine:3.20\nMAINTAINER\n' },
  ],
  reject: [
    {
      description: 'the talks: MAINTAINER after FROM',
      code: 'FROM ubuntu:trusty\nMAINTAINER Jane Doe <jane@example.com>\n',
      findings: [{ message, line: 2, column: 1, endLine: 2, endColumn: 39 }],
    },
    {
      description: 'lower case, before FROM and in every stage',
      code: 'maintainer jane\nFROM alpine:3.20 AS build\nMAINTAINER a\nFROM alpine:3.20\nMaintainer b\n',
      findings: [
        { message, line: 1, column: 1, endLine: 1, endColumn: 16 },
        { message, line: 3, column: 1, endLine: 3, endColumn: 13 },
        { message, line: 5, column: 1, endLine: 5, endColumn: 13 },
      ],
    },
    {
      description: 'a continuation line',
      code: 'FROM alpine:3.20\nMAINTAINER Jane \\\n  Doe\n',
      findings: [{ message, line: 2, column: 1, endLine: 3, endColumn: 6 }],
    },
    {
      description: 'Windows escape',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nMAINTAINER Jane\n',
      findings: [{ message, line: 3, column: 1, endLine: 3, endColumn: 16 }],
    },
  ],
});

function fixed(code: string): string {
  const registry = new RuleRegistry([rule]);
  const findings = lintText(code, 'Dockerfile', registry, defaultConfig(registry));
  return applyEdits(code, findings.flatMap((f) => f.fix ?? []));
}

describe('maintainer-deprecated fix', () => {
  it('writes the value into a LABEL', () => {
    expect(fixed('FROM ubuntu:trusty\nMAINTAINER Jane Doe <jane@example.com>\nRUN true\n'))
      .toBe('FROM ubuntu:trusty\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\nRUN true\n');
  });
  it('keeps a lower-case keyword', () => {
    expect(fixed('FROM alpine:3.20\nmaintainer jane\n')).toBe('FROM alpine:3.20\nlabel org.opencontainers.image.authors="jane"\n');
  });
  it('escapes quotes, backslashes and dollars, and keeps spacing and # as written', () => {
    expect(fixed('FROM alpine:3.20\nMAINTAINER "Jane"  \\o/ $HOME # not a comment\n'))
      .toBe('FROM alpine:3.20\nLABEL org.opencontainers.image.authors="\\"Jane\\"  \\\\o/ \\$HOME # not a comment"\n');
  });
  it('joins continuation lines', () => {
    expect(fixed('FROM alpine:3.20\nMAINTAINER Jane \\\n  Doe\n')).toBe('FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane Doe"\n');
  });
  it('escapes with the file\'s escape character', () => {
    expect(fixed('# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nMAINTAINER C:\\Users\\"jane"\n'))
      .toBe('# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nLABEL org.opencontainers.image.authors="C:\\Users\\`"jane`""\n');
  });
  it('gives a LABEL that reads back as the MAINTAINER value', () => {
    const out = fixed('FROM alpine:3.20\nMAINTAINER a "b" \\c $d\n');
    const label = parseText(out, 'Dockerfile').instructions[1]!;
    expect(label.keyword).toBe('LABEL');
    expect(label.pairs.map((p) => [p.key, p.value])).toEqual([['org.opencontainers.image.authors', 'a "b" \\c $d']]);
  });
});
