import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIgnored, parseDockerIgnore, readDockerIgnore } from '../../src/lint/dockerignore';

const ignored = (lines: string, path: string) => isIgnored(parseDockerIgnore(lines), path);

describe('dockerignore patterns', () => {
  it('skips comments and blank lines, strips a leading slash', () => {
    expect(parseDockerIgnore('# comment\n\n  /node_modules  \n!/keep\n').map((p) => [p.pattern, p.exclusion])).toEqual([['node_modules', false], ['keep', true]]);
  });
  it('matches a name and everything under it', () => {
    expect(ignored('node_modules', 'node_modules')).toBe(true);
    expect(ignored('node_modules', 'node_modules/x/y.js')).toBe(true);
    expect(ignored('node_modules', 'src/node_modules')).toBe(false);
    expect(ignored('/build', 'build/app')).toBe(true);
  });
  it('keeps * and ? within one component', () => {
    expect(ignored('*.md', 'README.md')).toBe(true);
    expect(ignored('*.md', 'docs/README.md')).toBe(false);
    expect(ignored('*/temp*', 'a/temporary.txt')).toBe(true);
    expect(ignored('temp?', 'temp1')).toBe(true);
    expect(ignored('temp?', 'temp12')).toBe(false);
  });
  it('lets ** span directories', () => {
    expect(ignored('**/*.go', 'main.go')).toBe(true);
    expect(ignored('**/*.go', 'a/b/c.go')).toBe(true);
    expect(ignored('docs/**', 'docs/a/b.md')).toBe(true);
    expect(ignored('**', 'anything/at/all')).toBe(true);
  });
  it('lets the last matching line win, with ! exceptions', () => {
    expect(ignored('*.md\n!README.md', 'README.md')).toBe(false);
    expect(ignored('*.md\n!README.md', 'CHANGES.md')).toBe(true);
    expect(ignored('!README.md\n*.md', 'README.md')).toBe(true);
    expect(ignored('*\n!src', 'src/app.py')).toBe(false);
  });
  it('handles character classes and escapes', () => {
    expect(ignored('file[0-9].txt', 'file3.txt')).toBe(true);
    expect(ignored('file[!0-9].txt', 'file3.txt')).toBe(false);
    expect(ignored('a.b', 'axb')).toBe(false);
  });
  it('never ignores the context itself', () => {
    expect(ignored('*', '.')).toBe(false);
  });
});

describe('readDockerIgnore', () => {
  it('prefers <Dockerfile>.dockerignore, then .dockerignore, else null', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whale-ignore-'));
    expect(readDockerIgnore(join(dir, 'Dockerfile'))).toBeNull();
    writeFileSync(join(dir, '.dockerignore'), 'a\n');
    expect(readDockerIgnore(join(dir, 'Dockerfile'))!.patterns.map((p) => p.pattern)).toEqual(['a']);
    writeFileSync(join(dir, 'app.Dockerfile.dockerignore'), 'b\n');
    expect(readDockerIgnore(join(dir, 'app.Dockerfile'))!.patterns.map((p) => p.pattern)).toEqual(['b']);
    expect(readDockerIgnore(join(dir, 'Dockerfile'))!.patterns.map((p) => p.pattern)).toEqual(['a']);
  });
});
