// The hook in .pre-commit-hooks.yaml, run by the real pre-commit tool against this repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { runAsync, tempDir } from '../cli/helpers';

const ROOT = resolve(__dirname, '../..');

it('runs whale as a pre-commit hook on the repository\'s Dockerfiles', async () => {
  const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) throw new Error('pre-commit is not installed: run scripts/test-deps.sh');
  const repo = tempDir();
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], { cwd: repo });
  git('init', '-q');
  writeFileSync(join(repo, 'Dockerfile'), 'FROM alpine:3.20\nRUNN echo hi\n');
  writeFileSync(join(repo, 'api.Dockerfile'), 'FROM alpine:3.20\nUSER 1000\nCMD ["sh"]\n');
  writeFileSync(join(repo, 'notes.txt'), 'RUNN is not checked here\n');
  git('add', '.');
  git('commit', '-qm', 'init');
  // Asynchronous: installing the hook takes a minute, and a blocked worker stops answering the test runner.
  const result = await runAsync('pre-commit', ['try-repo', ROOT, 'whale', '--all-files', '--verbose'], {
    cwd: repo,
    env: { PRE_COMMIT_HOME: join(repo, '.pre-commit-home'), NO_COLOR: '1' },
  });
  const status = result.code;
  const output = result.stdout + result.stderr;
  expect(status, output).toBe(1);
  expect(output).toContain('whale lint');
  expect(output).toContain('Failed');
  expect(output).toContain('2:1     error   unknown instruction RUNN  parse-error');
  expect(output).not.toContain('notes.txt');
}, 900_000);
