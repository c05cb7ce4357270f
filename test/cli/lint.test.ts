import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, whale } from './helpers';
import { execFileSync } from 'node:child_process';

const CLEAN = 'FROM alpine:3\nCOPY app /app\nUSER 1000\nCMD ["/app"]\n';
const ADD_LOCAL = 'FROM alpine:3\nADD app /app\nUSER 1000\nCMD ["/app"]\n';

function project(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('whale lint: output and exit codes', () => {
  it('exits 0 on a clean file and prints nothing', () => {
    const dir = project({ Dockerfile: CLEAN });
    const run = whale(['lint', join(dir, 'Dockerfile')]);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints the documented JSON shape', () => {
    const dir = project({ Dockerfile: 'FROM alpine:3\nRUNN x\n' });
    const run = whale(['lint', '--format', 'json', join(dir, 'Dockerfile')]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      version: 1,
      results: [{
        file: join(dir, 'Dockerfile'),
        findings: [expect.objectContaining({
          rule: 'parse-error', aliases: ['DL1000'], severity: 'error', message: 'unknown instruction RUNN',
          line: 2, column: 1, endLine: 2, endColumn: 5, fixable: false,
        })],
        error: null,
      }],
    });
  });

  it('shows the offending line under the file name in the tty format, without colour when NO_COLOR is set', () => {
    const dir = project({ Dockerfile: 'FROM alpine:3\nRUNN x\n' });
    const run = whale(['lint', join(dir, 'Dockerfile')], { env: { NO_COLOR: '1' } });
    expect(run.stdout).toContain(`${join(dir, 'Dockerfile')}\n  2:1     error   unknown instruction RUNN  parse-error\n  | RUNN x\n  | ^^^^\n`);
    expect(run.stdout).not.toContain('\x1b[');
  });

  it('applies --failure-threshold and --quiet', () => {
    const dir = project({ Dockerfile: 'FROM alpine:3\nRUNN x\n' });
    expect(whale(['lint', '--failure-threshold', 'none', join(dir, 'Dockerfile')]).code).toBe(0);
    expect(whale(['lint', '--failure-threshold', 'error', join(dir, 'Dockerfile')]).code).toBe(1);
    const bad = whale(['lint', '--failure-threshold', 'fatal', join(dir, 'Dockerfile')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("argument 'fatal' is invalid");
  });

  it('reads stdin with --stdin-filename', () => {
    const run = whale(['lint', '--format', 'json', '--stdin-filename', 'api/Dockerfile', '-'], { input: 'FROM alpine:3\nRUNN x\n' });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).results[0].file).toBe('api/Dockerfile');
  });

  it('walks directories for Dockerfiles, skipping .git and node_modules, and expands globs', () => {
    const dir = project({
      'Dockerfile': CLEAN, 'api/Dockerfile.prod': CLEAN, 'web/app.Dockerfile': CLEAN, 'db/Containerfile': CLEAN,
      'docs/Dockerfile.md': '# not a Dockerfile', 'node_modules/x/Dockerfile': CLEAN, '.git/Dockerfile': CLEAN, 'README.md': '',
      'tools/test_dockerfile.py': '', 'tools/dockerfile.go': '', 'tools/mydockerfile': '',
    });
    const run = whale(['lint', '--format', 'json', dir]);
    const files = JSON.parse(run.stdout).results.map((r: { file: string }) => r.file.slice(dir.length + 1));
    expect(files).toEqual(['Dockerfile', 'api/Dockerfile.prod', 'db/Containerfile', 'web/app.Dockerfile']);
    const globbed = whale(['lint', '--format', 'json', `${dir}/*/Dockerfile*`]);
    expect(JSON.parse(globbed.stdout).results.map((r: { file: string }) => r.file.slice(dir.length + 1))).toEqual(['api/Dockerfile.prod']);
  });
});

describe('whale lint: bad input gets one clear line', () => {
  it('an empty file is a parse-error finding', () => {
    const dir = project({ Dockerfile: '' });
    const run = whale(['lint', '--format', 'json', join(dir, 'Dockerfile')]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).results[0].findings[0]).toMatchObject({ rule: 'parse-error', message: 'the file has no instructions', line: 1 });
  });

  it('a binary file is a parse-error finding', () => {
    const dir = project({});
    writeFileSync(join(dir, 'Dockerfile'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe, 0x0a, 0x00]));
    const run = whale(['lint', '--format', 'json', join(dir, 'Dockerfile')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).results[0].findings.map((f: { message: string }) => f.message)).toContain('not a text file (it contains NUL bytes)');
  });

  it('a missing path exits 2 with one line on stderr', () => {
    const run = whale(['lint', '/nonexistent/Dockerfile']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'whale: /nonexistent/Dockerfile: no such file or directory\n' });
  });

  it('a directory without Dockerfiles exits 2 with one line', () => {
    const dir = project({ 'README.md': 'hi' });
    const run = whale(['lint', dir]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `whale: ${dir}: no Dockerfiles found in this directory\n` });
  });

  it('an unreadable file is reported in its result, the others are still linted, exit 2', () => {
    const dir = project({ 'a/Dockerfile': 'FROM alpine:3\nRUNN x\n', 'b/Dockerfile': CLEAN });
    chmodSync(join(dir, 'b/Dockerfile'), 0o000);
    chmodSync(dir, 0o755);
    // Root reads any file; run as nobody so that the permission bits count.
    const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'] : [];
    const out = execFileSync('sh', ['-c', `${asNobody.join(' ')} ${process.execPath} ${join(__dirname, '../../bin/whale')} lint --format json ${dir}; echo "exit=$?" >&2`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const results = JSON.parse(out).results;
    expect(results.map((r: { file: string; error: string | null }) => [r.file.slice(dir.length + 1), r.error])).toEqual([
      ['a/Dockerfile', null],
      ['b/Dockerfile', 'cannot read the file (permission denied)'],
    ]);
    expect(results[0].findings).toHaveLength(1);
  });

  it('a FIFO named Dockerfile is refused, not read forever', () => {
    const dir = project({ Dockerfile: CLEAN });
    execFileSync('mkfifo', [join(dir, 'sub.Dockerfile')]);
    const run = whale(['lint', '--format', 'json', dir]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).results[1]).toMatchObject({ error: 'cannot read the file (not a regular file)' });
  });

  it('an unreadable file is also one line on stderr in the tty format', () => {
    const dir = project({});
    symlinkSync(join(dir, 'missing'), join(dir, 'Dockerfile'));
    const run = whale(['lint', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`whale: ${join(dir, 'Dockerfile')}: cannot read the file (no such file or directory)\n`);
  });

  it('a broken symlink named Dockerfile is an unreadable file', () => {
    const dir = project({});
    symlinkSync(join(dir, 'missing'), join(dir, 'Dockerfile'));
    const run = whale(['lint', '--format', 'json', dir]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).results[0].error).toBe('cannot read the file (no such file or directory)');
    expect(run.stderr).toBe(`whale: ${join(dir, 'Dockerfile')}: cannot read the file (no such file or directory)\n`);
  });

  it('an unknown option exits 2', () => {
    const run = whale(['lint', '--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--frobnicate'");
  });
});

describe('configuration', () => {
  it('an invalid .whale.yaml names the file and the key, exit 2', () => {
    const dir = project({ Dockerfile: CLEAN, '.whale.yaml': 'rules:\n  no-such-rule: off\n' });
    const run = whale(['lint', join(dir, 'Dockerfile')]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `whale: ${join(dir, '.whale.yaml')}: rules.no-such-rule: unknown rule; \`whale rules\` lists them\n` });
  });

  it('broken YAML names the file and line', () => {
    const dir = project({ Dockerfile: CLEAN, '.whale.yaml': 'rules: [\n' });
    const run = whale(['lint', join(dir, 'Dockerfile')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^whale: ${join(dir, '.whale.yaml')}:\\d+:\\d+: invalid YAML: .+\\n$`));
  });

  it('uses the nearest .whale.yaml for each file (monorepo)', () => {
    const dir = project({
      'api/Dockerfile': ADD_LOCAL,
      'web/Dockerfile': ADD_LOCAL,
      'web/.whale.yaml': 'rules:\n  add-instead-of-copy: off\n',
      '.whale.yaml': 'rules:\n  DL3020: info\nfailure-threshold: info\n',
    });
    const run = whale(['lint', '--format', 'json', dir]);
    const results = JSON.parse(run.stdout).results;
    expect(results.map((r: { findings: Array<{ rule: string; severity: string }> }) => r.findings.map((f) => `${f.rule}:${f.severity}`))).toEqual([
      ['add-instead-of-copy:info'],
      [],
    ]);
    expect(run.code).toBe(1);
  });

  it('ignores paths listed under ignore, relative to the config', () => {
    const dir = project({ 'vendor/x/Dockerfile': 'RUNN\n', 'Dockerfile': CLEAN, '.whale.yaml': 'ignore:\n  - vendor/**\n' });
    const run = whale(['lint', '--format', 'json', dir]);
    expect(JSON.parse(run.stdout).results.map((r: { file: string }) => r.file)).toEqual([join(dir, 'Dockerfile')]);
    expect(run.code).toBe(0);
  });

  it('--config replaces discovery', () => {
    const dir = project({ 'Dockerfile': ADD_LOCAL, 'strict.yaml': 'rules:\n  add-instead-of-copy:\n    severity: off\n' });
    const run = whale(['lint', '--config', join(dir, 'strict.yaml'), join(dir, 'Dockerfile')]);
    expect(run.code).toBe(0);
  });

  it('inline ignores accept ids and aliases, with a reason', () => {
    const dir = project({
      Dockerfile: 'FROM alpine:3\n# whale-ignore DL3020 -- the tarball is vendored\nADD app /app\nADD app2 /app2\nUSER 1000\nCMD ["/app"]\n',
    });
    const run = whale(['lint', '--format', 'json', join(dir, 'Dockerfile')]);
    expect(JSON.parse(run.stdout).results[0].findings.map((f: { line: number }) => f.line)).toEqual([4]);
    const fileWide = project({ Dockerfile: '# whale-ignore-file add-instead-of-copy\n' + ADD_LOCAL });
    expect(whale(['lint', join(fileWide, 'Dockerfile')]).code).toBe(0);
  });
});

describe('whale lint --fix', () => {
  const BEFORE = 'from alpine:3\nmaintainer Jane <jane@example.com>\nadd app /app\nuser 1000\ncmd ["/app"]\n';
  const AFTER = 'from alpine:3\nlabel org.opencontainers.image.authors="Jane <jane@example.com>"\ncopy app /app\nuser 1000\ncmd ["/app"]\n';

  it('rewrites the file with the safe fixes and reports what is left', () => {
    const dir = project({ Dockerfile: BEFORE });
    const run = whale(['lint', '--fix', join(dir, 'Dockerfile')]);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(AFTER);
    expect(run.stdout).toBe('fixed 2 findings\n');
    expect(run.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['Dockerfile']);
  });

  it('--fix-dry-run writes nothing and gives the fixed text in JSON', () => {
    const dir = project({ Dockerfile: BEFORE });
    const run = whale(['lint', '--fix-dry-run', '--format', 'json', join(dir, 'Dockerfile')]);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe(BEFORE);
    expect(JSON.parse(run.stdout).results[0]).toMatchObject({ findings: [], output: AFTER });
  });

  it('keeps a byte order mark, and fixes the right columns after it', () => {
    const dir = project({ Dockerfile: '\ufeff' + BEFORE });
    whale(['lint', '--fix', join(dir, 'Dockerfile')]);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toBe('\ufeff' + AFTER);
  });

  it('fixes the file a symlink points at, and leaves the link a link', () => {
    const dir = project({ 'real/Dockerfile': BEFORE });
    symlinkSync(join(dir, 'real/Dockerfile'), join(dir, 'Dockerfile'));
    whale(['lint', '--fix', join(dir, 'Dockerfile')]);
    expect(lstatSync(join(dir, 'Dockerfile')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real/Dockerfile'), 'utf8')).toBe(AFTER);
  });

  it('refuses --fix with --fix-dry-run', () => {
    const run = whale(['lint', '--fix', '--fix-dry-run', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("option '--fix' cannot be used with option '--fix-dry-run'");
  });

  it('refuses --fix on standard input', () => {
    const run = whale(['lint', '--fix', '-'], { input: BEFORE });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'whale: --fix cannot rewrite standard input; use --fix-dry-run --format json\n' });
  });
});

describe('whale rules', () => {
  it('lists rules as JSON with the documented keys', () => {
    const run = whale(['rules', '--format', 'json']);
    expect(run.code).toBe(0);
    const rules = JSON.parse(run.stdout);
    expect(rules.find((r: { id: string }) => r.id === 'parse-error')).toEqual({
      id: 'parse-error', aliases: ['DL1000'], severity: 'error', category: 'correctness',
      summary: 'The Dockerfile has a syntax error that makes Docker refuse it', fixable: false,
    });
  });

  it('prints one rule by alias, and refuses an unknown one', () => {
    expect(whale(['rules', 'DL1000']).stdout).toMatch(/^# parse-error\n/);
    expect(whale(['rules', 'nope'])).toEqual({ code: 2, stdout: '', stderr: 'whale: nope: unknown rule; `whale rules` lists them\n' });
  });
});
