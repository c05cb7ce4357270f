// summarizeLayer on tars built here with tar-stream (an independent writer) and on the committed fixture blobs.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { describe, expect, test } from 'vitest';
import { UsageError } from '../../src/errors';
import { normalizePath, summarizeLayer } from '../../src/image/layers';

const FIXTURES = join(__dirname, '../../fixtures/images');
const sha = (data: Buffer): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

interface Spec {
  name: string;
  type?: 'file' | 'directory' | 'symlink' | 'link';
  data?: string;
  linkname?: string;
  mode?: number;
}

async function tarOf(entries: Spec[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const chunk of pack) chunks.push(chunk as Buffer);
  })();
  for (const e of entries) {
    const type = e.type ?? 'file';
    const header = { name: e.name, type, mode: e.mode ?? 0o644, mtime: new Date(0), ...(e.linkname ? { linkname: e.linkname } : {}) };
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error | null): void => (error ? reject(error) : resolve());
      if (type === 'file') pack.entry(header, Buffer.from(e.data ?? ''), done);
      else pack.entry(header, done);
    });
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

async function* chunked(data: Buffer, size = 7): AsyncGenerator<Buffer> {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

const summarize = (data: Buffer, extra: { expectedDiffId?: string; chunk?: number } = {}) =>
  summarizeLayer(chunked(data, extra.chunk), { index: 3, label: 'img: layer 3', ...(extra.expectedDiffId ? { expectedDiffId: extra.expectedDiffId } : {}) });

async function usageError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  const message = (error as UsageError).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('entries', () => {
  test('keeps metadata, normalises paths, maps whiteouts and opaque markers', async () => {
    const layer = await tarOf([
      { name: './', type: 'directory', mode: 0o755 },
      { name: './usr/', type: 'directory', mode: 0o755 },
      { name: '/usr/./bin/env', data: 'abcdef', mode: 0o755 },
      { name: 'usr/bin/sh', type: 'symlink', linkname: '/bin/busybox' },
      { name: 'usr/bin/env2', type: 'link', linkname: 'usr/bin/env' },
      { name: 'usr/lib/x/../y', data: 'yy' },
      { name: 'etc/.wh.passwd' },
      { name: '.wh.top' },
      { name: 'var/cache/.wh..wh..opq' },
      { name: 'var/.wh..wh.plnk' },
    ]);
    const s = await summarize(layer);
    expect(s.entries).toEqual([
      { path: 'usr', type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0 },
      { path: 'usr/bin/env', type: 'file', size: 6, mode: 0o755, uid: 0, gid: 0 },
      { path: 'usr/bin/sh', type: 'symlink', size: 0, linkTarget: '/bin/busybox', mode: 0o644, uid: 0, gid: 0 },
      { path: 'usr/bin/env2', type: 'hardlink', size: 0, linkTarget: 'usr/bin/env', mode: 0o644, uid: 0, gid: 0 },
      { path: 'usr/lib/y', type: 'file', size: 2, mode: 0o644, uid: 0, gid: 0 },
      { path: 'etc/passwd', type: 'whiteout', size: 0, mode: 0o644, uid: 0, gid: 0 },
      { path: 'top', type: 'whiteout', size: 0, mode: 0o644, uid: 0, gid: 0 },
      { path: 'var/cache', type: 'opaque', size: 0, mode: 0o644, uid: 0, gid: 0 },
      { path: 'var/.wh..wh.plnk', type: 'other', size: 0, mode: 0o644, uid: 0, gid: 0 },
    ]);
    expect(s.diffId).toBe(sha(layer));
    expect(s.digest).toBe(sha(layer));
    expect(s.compression).toBe('none');
    expect(s.blobSize).toBe(layer.length);
    expect(s.index).toBe(3);
  });

  test('long names through PAX headers', async () => {
    const long = `a/${'b'.repeat(150)}/c`;
    const s = await summarize(await tarOf([{ name: long, data: 'x' }, { name: 'l', type: 'symlink', linkname: 't'.repeat(120) }]));
    expect(s.entries.map((e) => [e.path, e.linkTarget])).toEqual([
      [long, undefined],
      ['l', 't'.repeat(120)],
    ]);
  });

  test('char, block and fifo entries have no body whatever size their header declares (as in Go\'s archive/tar)', async () => {
    for (const typeflag of ['3', '4', '6']) {
      // A fifo (or device) header declaring 1000 bytes, then a regular file: no body follows the first header.
      const layer = await tarOf([{ name: 'dev/thing', data: '' }, { name: 'etc/after', data: 'after!' }]);
      const header = layer.subarray(0, 512);
      header[156] = typeflag.charCodeAt(0);
      header.write('00000001750\0', 124, 'latin1'); // size 1000 (octal 1750)
      header.fill(0x20, 148, 156);
      let sum = 0;
      for (const byte of header) sum += byte;
      header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
      const s = await summarize(layer);
      expect(s.entries.map((e) => [e.path, e.type, e.size])).toEqual([
        ['dev/thing', 'other', 0],
        ['etc/after', 'file', 6],
      ]);
    }
  });

  test('normalizePath', () => {
    expect(normalizePath('./a//b/./c/', 'x')).toBe('a/b/c');
    expect(normalizePath('/a/b/../c', 'x')).toBe('a/c');
    expect(normalizePath('./', 'x')).toBe('');
    expect(() => normalizePath('a/../../b', 'x')).toThrow(UsageError);
  });
});

describe('compression', () => {
  test('gzip, detected by magic bytes, same entries and diff_id as the tar', async () => {
    const layer = await tarOf([{ name: 'a', data: 'hello' }]);
    const gz = gzipSync(layer);
    const s = await summarizeLayer(chunked(gz, 3), { index: 0, mediaType: 'application/vnd.docker.image.rootfs.diff.tar' });
    expect(s.compression).toBe('gzip');
    expect(s.diffId).toBe(sha(layer));
    expect(s.digest).toBe(sha(gz));
    expect(s.entries.map((e) => e.path)).toEqual(['a']);
  });

  test('zstd blobs of the fixture decode to the gzip blobs content', async () => {
    const index = JSON.parse(readFileSync(join(FIXTURES, 'oci-zstd/index.json'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(FIXTURES, 'oci-zstd/blobs', index.manifests[0].digest.replace(':', '/')), 'utf8'));
    const config = JSON.parse(readFileSync(join(FIXTURES, 'oci-zstd/blobs', manifest.config.digest.replace(':', '/')), 'utf8'));
    for (const [i, d] of (manifest.layers as Array<{ digest: string; mediaType: string }>).entries()) {
      const blob = readFileSync(join(FIXTURES, 'oci-zstd/blobs', d.digest.replace(':', '/')));
      expect([...blob.subarray(0, 4)]).toEqual([0x28, 0xb5, 0x2f, 0xfd]);
      const s = await summarizeLayer(chunked(blob, 100), { index: i, digest: d.digest, mediaType: d.mediaType, expectedDiffId: config.rootfs.diff_ids[i] });
      expect(s.compression).toBe('zstd');
      expect(s.diffId).toBe(config.rootfs.diff_ids[i]);
    }
  });

  test('estargz: the TOC after the end marker is hashed but not listed', async () => {
    const dir = join(FIXTURES, 'oci-estargz/blobs/sha256');
    const blobs = readdirSync(dir).map((f) => readFileSync(join(dir, f)));
    const est = blobs.find((b) => b.includes(Buffer.from('STARGZ')))!;
    const s = await summarizeLayer(chunked(est, 64), { index: 2 });
    expect(s.entries.map((e) => `${e.type}:${e.path}`)).toEqual(['dir:var/cache', 'opaque:var/cache', 'file:var/cache/c', 'file:app/data.bin']);
  });

  test('a PAX global header is legal and does not rename later entries', async () => {
    const body = Buffer.from('23 path=should/not/apply\n');
    const header = Buffer.alloc(512);
    header.write('pax_global_header', 0);
    header.write('0000644\0', 100);
    header.write('0000000\0', 108);
    header.write('0000000\0', 116);
    header.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124);
    header.write('00000000000\0', 136);
    header.write('g', 156);
    header.write('ustar\x0000', 257);
    header.fill(0x20, 148, 156);
    let sum = 0;
    for (const b of header) sum += b;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    const layer = Buffer.concat([header, body, Buffer.alloc(512 - body.length), await tarOf([{ name: 'a', data: '1' }])]);
    const s = await summarize(layer);
    expect(s.entries.map((e) => e.path)).toEqual(['a']);
  });
});

describe('errors', () => {
  test('diff_id mismatch names the layer', async () => {
    const layer = await tarOf([{ name: 'a', data: 'x' }]);
    const message = await usageError(summarize(layer, { expectedDiffId: `sha256:${'0'.repeat(64)}` }));
    expect(message).toMatch(/^img: layer 3: diff_id mismatch: the config says sha256:0{64}, the layer's content is sha256:[0-9a-f]{64}$/);
  });

  test('truncated tar, truncated gzip, corrupt gzip, corrupt tar', async () => {
    const layer = await tarOf([{ name: 'a', data: 'x'.repeat(3000) }, { name: 'b', data: 'y' }]);
    expect(await usageError(summarize(layer.subarray(0, 2000)))).toMatch(/^img: layer 3: the layer's tar data is truncated/);
    const gz = gzipSync(layer);
    expect(await usageError(summarize(gz.subarray(0, gz.length - 20)))).toMatch(/^img: layer 3: corrupt gzip data \(unexpected end of file\)$/);
    const broken = Buffer.from(gz);
    broken.fill(0xff, 12, 30);
    expect(await usageError(summarize(broken))).toMatch(/^img: layer 3: corrupt gzip data/);
    const bad = Buffer.from(layer);
    bad[10] ^= 0xff;
    expect(await usageError(summarize(bad))).toMatch(/^img: layer 3: not a valid tar stream \(bad header checksum at byte 0\)$/);
  });

  test('`..` escaping the root', async () => {
    expect(await usageError(summarize(await tarOf([{ name: 'a/../../etc/x', data: '' }])))).toBe(
      'img: layer 3: entry "a/../../etc/x" escapes the root with ".."',
    );
  });

  test('bzip2 is named', async () => {
    expect(await usageError(summarize(Buffer.from('BZh91AY&SY-not-really')))).toBe('img: layer 3: bzip2-compressed layers are not supported');
  });
});

test('memory does not grow with bytes: a 512 MiB file streams through', async () => {
  const size = 512 * 1024 * 1024;
  const header = (await tarOf([{ name: 'big', data: '' }])).subarray(0, 512);
  // Patch the size field and checksum for a 512 MiB body without building it.
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of header) sum += b;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  const chunk = Buffer.alloc(1 << 20, 0x61);
  async function* body(): AsyncGenerator<Buffer> {
    yield header;
    for (let i = 0; i < size / chunk.length; i += 1) yield chunk;
    yield Buffer.alloc(1024);
  }
  const before = process.memoryUsage().rss;
  let peak = before;
  const s = await summarizeLayer(body(), {
    index: 0,
    onBytes: () => {
      peak = Math.max(peak, process.memoryUsage.rss());
    },
  });
  expect(s.entries).toEqual([{ path: 'big', type: 'file', size, mode: 0o644, uid: 0, gid: 0 }]);
  expect(peak - before).toBeLessThan(64 * 1024 * 1024);
});

describe('content digests (whale cache reads layers with contentDigests)', () => {
  test('each regular file gets the sha256 of its body, whatever the chunking; other entries get none', async () => {
    const big = 'x'.repeat(1500);
    const data = await tarOf([
      { name: 'app/', type: 'directory' },
      { name: 'app/a.py', data: 'print(1)\n' },
      { name: 'app/empty', data: '' },
      { name: 'app/big', data: big },
      { name: 'app/link', type: 'symlink', linkname: 'a.py' },
    ]);
    for (const chunk of [1, 7, 511, 512, 4096]) {
      const layer = await summarizeLayer(chunked(data, chunk), { index: 0, contentDigests: true });
      const digests = Object.fromEntries(layer.entries.map((e) => [e.path, e.digest]));
      expect(digests, `chunks of ${chunk}`).toEqual({
        'app': undefined,
        'app/a.py': sha(Buffer.from('print(1)\n')),
        'app/empty': sha(Buffer.alloc(0)),
        'app/big': sha(Buffer.from(big)),
        'app/link': undefined,
      });
    }
  });

  test('without the option no digest is computed', async () => {
    const layer = await summarizeLayer(chunked(await tarOf([{ name: 'a', data: 'x' }])), { index: 0 });
    expect(layer.entries[0]!.digest).toBeUndefined();
  });
});
