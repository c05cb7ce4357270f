// whale on real Dockerfiles: every file gets a result, no rule crashes, every range lies inside its file.
// Runs over ../shared/corpus (1,111 real Dockerfiles) when it is present, and always over fixtures/.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whale } from './cli/helpers';

const ROOT = resolve(__dirname, '..');
const CORPUS = resolve(ROOT, '../shared/corpus');
const folders = [join(ROOT, 'fixtures'), ...(existsSync(CORPUS) ? [CORPUS] : [])];

interface JsonFinding { rule: string; line: number; column: number; endLine: number; endColumn: number; message: string }
interface JsonResult { file: string; findings: JsonFinding[]; error: string | null }

describe.each(folders)('whale lint --format json %s', (folder) => {
  it('reports every Dockerfile, with no crash and every range inside its file', () => {
    const run = whale(['lint', '--format', 'json', folder], { maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const results: JsonResult[] = JSON.parse(run.stdout).results;
    if (folder === CORPUS) {
      const manifest = readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
      expect(results).toHaveLength(manifest.length);
    }
    for (const result of results) {
      expect(result.error, result.file).toBeNull();
      const lines = readFileSync(result.file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n|\r/);
      for (const f of result.findings) {
        const where = `${result.file}:${f.line}:${f.column} ${f.rule}`;
        expect(f.rule, where).not.toBe('internal-error');
        expect(f.line, where).toBeGreaterThanOrEqual(1);
        expect(f.endLine, where).toBeLessThanOrEqual(lines.length);
        expect(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column), where).toBe(true);
        expect(f.column - 1, where).toBeLessThanOrEqual(lines[f.line - 1]!.length);
        expect(f.endColumn - 1, where).toBeLessThanOrEqual(lines[f.endLine - 1]!.length);
      }
    }
  }, 180_000);
});
