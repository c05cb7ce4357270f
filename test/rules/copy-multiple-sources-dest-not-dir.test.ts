import { describe, expect, it } from 'vitest';
import rule from '../../rules/copy-multiple-sources-dest-not-dir';
import { defaultConfig } from '../../src/lint/config';
import { applyEdits } from '../../src/lint/fix';
import { lintText } from '../../src/lint/lint-files';
import { RuleRegistry } from '../../src/lint/registry';
import { ruleTable } from '../rule-table';

const at = (keyword: string, sources: number, dest: string, line: number, column: number, length = dest.length) => ({
  message: `\`${keyword}\` with ${sources} sources needs a directory destination ending in \`/\`: \`${dest}/\``, line, column, endLine: line, endColumn: column + length,
});

ruleTable(rule, {
  accept: [
    { description: 'a trailing slash', code: 'FROM node:22\nCOPY package.json package-lock.json /app/\nADD a b /x/\n' },
    { description: 'one source', code: 'FROM node:22\nCOPY package.json /app\nCOPY *.json /app\n' },
    { description: 'the working directory', code: 'FROM node:22\nWORKDIR /app\nCOPY package.json yarn.lock .\n' },
    { description: 'a variable ending in a slash', code: 'FROM node:22\nENV APP=/app/\nCOPY a b $APP\n' },
    { description: 'an unresolved variable', code: 'FROM node:22\nCOPY a b $DEST\n' },
    { description: 'Windows', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY a.dll b.dll C:\\app\\\n' },
    { description: 'exec form with a slash', code: 'FROM node:22\nCOPY ["a", "b", "/app/"]\n' },
  ],
  reject: [
    { description: 'hadolint example', code: 'FROM node:22\nCOPY foo bar /app\n', findings: [at('COPY', 2, '/app', 2, 14)] },
    { description: 'ADD', code: 'FROM node:22\nADD a.py b.py /srv\n', findings: [at('ADD', 2, '/srv', 2, 15)] },
    { description: 'with flags', code: 'FROM node:22\nCOPY --chown=node:node a b c /home/node/app\n', findings: [at('COPY', 3, '/home/node/app', 2, 30)] },
    { description: 'a relative destination', code: 'FROM node:22\nWORKDIR /app\nCOPY a b src\n', findings: [at('COPY', 2, 'src', 3, 10)] },
    { description: 'a resolved variable', code: 'FROM node:22\nENV APP=/app\nCOPY a b $APP\n', findings: [at('COPY', 2, '/app', 3, 10, 4)] },
    { description: 'heredocs', code: 'FROM node:22\nCOPY <<A <<B /etc\nx\nA\ny\nB\n', findings: [at('COPY', 2, '/etc', 2, 14)] },
    { description: 'exec form', code: 'FROM node:22\nCOPY ["a", "b", "/app"]\n', findings: [at('COPY', 2, '/app', 2, 17, 6)] },
    { description: 'ONBUILD', code: 'FROM node:22\nONBUILD COPY a b /app\n', findings: [at('COPY', 2, '/app', 2, 18)] },
  ],
});

describe('copy-multiple-sources-dest-not-dir fix', () => {
  it('appends a slash', () => {
    const code = 'FROM node:22\nCOPY a b /app\nCOPY ["a", "b", "/x"]\n';
    const registry = new RuleRegistry([rule]);
    const findings = lintText(code, 'Dockerfile', registry, defaultConfig(registry));
    expect(applyEdits(code, findings.flatMap((f) => f.fix ?? []))).toBe('FROM node:22\nCOPY a b /app/\nCOPY ["a", "b", "/x"]\n');
  });
});
