import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/copy-ignored-file';
import { defaultConfig } from '../../src/lint/config';
import { lintText } from '../../src/lint/lint-files';
import { RuleRegistry } from '../../src/lint/registry';
import { ruleTable } from '../rule-table';

const at = (verb: string, file: string, line: number, column: number, length: number) => ({
  message: `Attempting to ${verb} file "${file}" that is excluded by .dockerignore`,
  line, column, endLine: line, endColumn: column + length,
});
const options = { patterns: ['node_modules', '*.md', '!README.md', 'secrets/**'] };

ruleTable(rule, {
  accept: [
    { description: 'no ignore file', code: 'FROM alpine\nCOPY node_modules /app/\n' },
    { description: 'sources not ignored', options, code: 'FROM alpine\nCOPY README.md src /app/\nCOPY . /app\n' },
    { description: 'from another stage', options, code: 'FROM alpine AS build\nFROM alpine\nCOPY --from=build node_modules /app/\n' },
    { description: 'a URL', options, code: 'FROM alpine\nADD https://example.com/x.md /x\n' },
    { description: 'a heredoc', options, code: 'FROM alpine\nCOPY <<node_modules /x\nhi\nnode_modules\n' },
    { description: 'an unresolved variable', options, code: 'FROM alpine\nARG SRC\nCOPY $SRC /x\n' },
    { description: 'the destination', options, code: 'FROM alpine\nCOPY src /app/node_modules\n' },
  ],
  reject: [
    { description: 'an ignored directory', options, code: 'FROM alpine\nCOPY node_modules /app/\n', findings: [at('Copy', 'node_modules', 2, 6, 12)] },
    { description: 'inside an ignored directory, ADD', options, code: 'FROM alpine\nADD secrets/key.pem /k\n', findings: [at('Add', 'secrets/key.pem', 2, 5, 15)] },
    { description: 'a pattern and an exception', options, code: 'FROM alpine\nCOPY README.md CHANGES.md /docs/\n', findings: [at('Copy', 'CHANGES.md', 2, 16, 10)] },
    { description: 'a leading slash', options, code: 'FROM alpine\nCOPY /node_modules/ /x/\n', findings: [at('Copy', 'node_modules', 2, 6, 14)] },
    { description: 'a resolved ARG', options, code: 'FROM alpine\nARG DOC=NOTES.md\nCOPY ${DOC} /x\n', findings: [at('Copy', 'NOTES.md', 3, 6, 6)] },
    { description: 'exec form', options, code: 'FROM alpine\nCOPY ["node_modules", "/app/"]\n', findings: [at('Copy', 'node_modules', 2, 7, 14)] },
  ],
});

describe('copy-ignored-file with the .dockerignore next to the Dockerfile', () => {
  const lint = (dir: string, name: string, code: string) => {
    const registry = new RuleRegistry([rule]);
    return lintText(code, join(dir, name), registry, defaultConfig(registry)).map((f) => [f.message, f.range.start.line + 1]);
  };
  it('reads .dockerignore', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whale-copy-'));
    writeFileSync(join(dir, '.dockerignore'), '# build output\n/dist\n**/*.log\n');
    expect(lint(dir, 'Dockerfile', 'FROM alpine\nCOPY dist /app\nCOPY logs/app.log /x\nCOPY src /src\n')).toEqual([
      ['Attempting to Copy file "dist" that is excluded by .dockerignore', 2],
      ['Attempting to Copy file "logs/app.log" that is excluded by .dockerignore', 3],
    ]);
  });
  it('prefers <Dockerfile>.dockerignore', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whale-copy-'));
    writeFileSync(join(dir, '.dockerignore'), 'src\n');
    writeFileSync(join(dir, 'app.Dockerfile.dockerignore'), 'dist\n');
    expect(lint(dir, 'app.Dockerfile', 'FROM alpine\nCOPY dist /app\nCOPY src /src\n')).toEqual([
      ['Attempting to Copy file "dist" that is excluded by .dockerignore', 2],
    ]);
  });
});
