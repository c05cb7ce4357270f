// Runs the CLI as users do: bin/whale -> dist/whale.cjs (test/build.test.ts checks that it is current).
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
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

/** A program run asynchronously: long runs (builds, hook installs) must not block the test worker. */
export function runAsync(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }));
  });
}
