// Runs the CLI as users do: bin/whale -> dist/whale.cjs (test/build.test.ts checks that it is current).
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const WHALE = resolve(__dirname, '../../bin/whale');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function whale(args: string[], options: SpawnSyncOptions & { input?: string } = {}): Run {
  const result = spawnSync(process.execPath, [WHALE, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    ...options,
    env: { ...process.env, NO_COLOR: '', ...(options.env ?? {}) },
  });
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'whale-test-'));
}
