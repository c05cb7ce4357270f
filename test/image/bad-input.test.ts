// Every bad input gives a UsageError with one clear line naming the input (and layer), quickly: never a hang.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { UsageError } from '../../src/errors';
import { resolveSource } from '../../src/image/source';

const B = join(__dirname, '../../fixtures/images/bad');

async function failure(reference: string, env: Record<string, string> = {}): Promise<string> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const started = Date.now();
  try {
    const error = await resolveSource(reference)
      .read({})
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as UsageError).message;
    expect(message).not.toContain('\n');
    expect(message.startsWith(`${reference}: `)).toBe(true);
    expect(Date.now() - started).toBeLessThan(12_000);
    return message.slice(reference.length + 2);
  } finally {
    process.env = saved;
  }
}

const CASES: Array<[string, RegExp]> = [
  ['truncated.tar', /^the archive is truncated$/],
  ['truncated.tar.gz', /^the archive is truncated$/],
  ['corrupt-gzip.tar', /^layer [0-9a-f]{64}\.tar\.gz: corrupt gzip data \(.+\)$/],
  ['oci-corrupt-zstd', /^layer 0 \(sha256:[0-9a-f]{64}\): corrupt zstd data \(invalid block type\)$/],
  ['no-manifest.tar', /^not an image archive: it has no manifest\.json or index\.json/],
  ['manifest-empty-file.tar', /^manifest\.json is empty$/],
  ['manifest-empty-list.tar', /^manifest\.json lists no image$/],
  ['missing-blob.tar', /^layer 2 \(f{64}\/layer\.tar\) is not in the archive$/],
  ['oci-missing-blob', /^layer 2 blob sha256:[0-9a-f]{64} is missing from /],
  ['diffid-mismatch.tar', /^layer 1 \([0-9a-f]{64}\/layer\.tar\): diff_id mismatch: the config says sha256:0{64}, the layer's content is sha256:[0-9a-f]{64}$/],
  ['rootfs.tar', /^not an image archive: it has no manifest\.json or index\.json \(a root filesystem tar needs `docker import` first\)$/],
  ['not-a-tar.tar', /^not a tar archive \(Invalid tar header\)$/],
  ['dotdot-layer.tar', /^layer [0-9a-f]{64}\/layer\.tar: entry "etc\/\.\.\/\.\.\/evil" escapes the root with "\.\."$/],
  ['absolute-dotdot-layer.tar', /^layer [0-9a-f]{64}\/layer\.tar: entry "\/\.\.\/\.\.\/etc\/passwd" escapes the root with "\.\."$/],
  ['absurd-size.tar', /^layer [0-9a-f]{64}\/layer\.tar: entry "huge\.bin" declares an absurd size \(\d+ bytes\)$/],
  ['symlink-loop.tar', /^symlink loop at a\/layer\.tar in the archive$/],
];

describe('bad archives and layouts', () => {
  test.each(CASES)('%s', async (name, expected) => {
    const path = join(B, name);
    const reference = name.startsWith('oci-') ? `oci:${path}` : `docker-archive:${path}`;
    expect(await failure(reference)).toMatch(expected);
  });

  test('a bare bad path is detected and fails the same way', async () => {
    expect(await failure(join(B, 'truncated.tar'))).toBe('the archive is truncated');
  });

  test('oci-archive: of a docker archive without index.json', async () => {
    expect(await failure(`oci-archive:${join(B, 'no-manifest.tar')}`)).toBe('not an OCI archive (no index.json)');
  });
});

describe('the engine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'whale-engine-'));
  let silent: Server | null = null;
  afterAll(() => {
    silent?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('down: no socket', async () => {
    const host = `unix://${join(dir, 'none.sock')}`;
    expect(await failure('docker://app:1', { DOCKER_HOST: host })).toBe(`cannot reach the Docker Engine at ${host} (connect ENOENT)`);
  });

  test('down: a socket nobody listens on', async () => {
    const sock = join(dir, 'dead.sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const host = `unix://${sock}`;
    expect(await failure('docker://app:1', { DOCKER_HOST: host })).toMatch(/^cannot reach the Docker Engine at unix:\/\/.+ \(connect (ECONNREFUSED|ENOENT)\)$/);
  });

  test('no permission on the socket', async () => {
    if (process.getuid?.() === 0) {
      // root ignores file modes: check the message mapping through a path under a file (ENOTDIR) instead.
      const host = `unix://${join(B, 'rootfs.tar', 'x.sock')}`;
      expect(await failure('docker://app:1', { DOCKER_HOST: host })).toMatch(/^cannot reach the Docker Engine at .+ \(connect ENOTDIR\)$/);
      return;
    }
    const sock = join(dir, 'locked.sock');
    silent = createServer();
    await new Promise<void>((resolve) => silent!.listen(sock, resolve));
    chmodSync(sock, 0o000);
    expect(await failure('docker://app:1', { DOCKER_HOST: `unix://${sock}` })).toMatch(/^no permission to use the Docker Engine socket at .+ \(EACCES\)$/);
  });

  test('an engine that never answers times out', async () => {
    const sock = join(dir, 'mute.sock');
    const mute = createServer(() => undefined);
    await new Promise<void>((resolve) => mute.listen(sock, resolve));
    try {
      expect(await failure('docker://app:1', { DOCKER_HOST: `unix://${sock}` })).toMatch(/^cannot reach the Docker Engine at .+ \(no answer within 10 s\)$/);
    } finally {
      mute.close();
    }
  }, 20_000);
});
