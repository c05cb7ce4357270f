// Every bad input gives a UsageError with one clear line naming the input (and layer), quickly: never a hang.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tar from 'tar-stream';
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

describe('malformed JSON documents get one line naming the file, not a TypeError', () => {
  const dir = mkdtempSync(join(tmpdir(), 'whale-json-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const hex = (data: string): string => createHash('sha256').update(data).digest('hex');
  const EMPTY_LAYER = '\0'.repeat(1024);
  let n = 0;

  /** An OCI layout directory; `index` and `manifest` may be given as raw JSON text. */
  function ociLayout(parts: { index?: string; manifest?: string; config?: string }): string {
    const root = join(dir, `oci-${(n += 1)}`);
    mkdirSync(join(root, 'blobs', 'sha256'), { recursive: true });
    const blob = (data: string): string => {
      writeFileSync(join(root, 'blobs', 'sha256', hex(data)), data);
      return `sha256:${hex(data)}`;
    };
    const layer = blob(EMPTY_LAYER);
    const configText = parts.config ?? JSON.stringify({ os: 'linux', architecture: 'amd64', rootfs: { type: 'layers', diff_ids: [layer] } });
    const config = blob(configText);
    const manifestText = parts.manifest ?? JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: config, size: configText.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layer, size: EMPTY_LAYER.length }],
    });
    const manifest = blob(manifestText);
    writeFileSync(join(root, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    writeFileSync(join(root, 'index.json'), parts.index ?? JSON.stringify({
      schemaVersion: 2,
      manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: manifest, size: manifestText.length }],
    }));
    return root;
  }

  async function tarFile(name: string, entries: Array<[string, string]>): Promise<string> {
    const pack = tar.pack();
    const chunks: Buffer[] = [];
    const collected = (async () => {
      for await (const chunk of pack) chunks.push(chunk as Buffer);
    })();
    for (const [entry, data] of entries) {
      await new Promise<void>((resolve, reject) => pack.entry({ name: entry, mtime: new Date(0) }, data, (error) => (error ? reject(error) : resolve())));
    }
    pack.finalize();
    await collected;
    const path = join(dir, name);
    writeFileSync(path, Buffer.concat(chunks));
    return path;
  }

  /** A docker-archive whose manifest.json and config are given as raw JSON text. */
  function dockerArchive(manifest: string, config = JSON.stringify({ rootfs: { type: 'layers', diff_ids: [] } })): Promise<string> {
    return tarFile(`docker-${(n += 1)}.tar`, [['c.json', config], ['manifest.json', manifest]]);
  }

  test.each([
    ['index.json is null', { index: 'null' }, /^index\.json is not a valid image index$/],
    ['index.json is a list', { index: '[]' }, /^index\.json is not a valid image index$/],
    ['a null descriptor in index.json', { index: '{"manifests":[null]}' }, /^index\.json is not a valid image index$/],
    ['manifests is not a list', { index: '{"manifests":"x"}' }, /^index\.json is not a valid image index$/],
    ['a manifest that is null', { manifest: 'null' }, /^manifest sha256:[0-9a-f]{64} is not a valid image manifest$/],
    ['a manifest whose layers hold null', { manifest: '{"config":{},"layers":[null]}' }, /^manifest sha256:[0-9a-f]{64} is not a valid image manifest$/],
    ['a nested index with a null descriptor', { manifest: '{"manifests":[null]}' }, /^manifest sha256:[0-9a-f]{64} is not a valid image index$/],
    ['a config that is null', { config: 'null' }, /^config sha256:[0-9a-f]{64} is not a valid image config$/],
    ['a config whose history is not a list', { config: '{"rootfs":{"diff_ids":[]},"history":"RUN x"}' }, /^config sha256:[0-9a-f]{64} is not a valid image config$/],
    ['a config whose history holds null', { config: '{"rootfs":{"diff_ids":[]},"history":[null]}' }, /^config sha256:[0-9a-f]{64} is not a valid image config$/],
    ['a history entry whose created_by is not text', { config: '{"rootfs":{"diff_ids":[]},"history":[{"created_by":1}]}' }, /^config sha256:[0-9a-f]{64} is not a valid image config$/],
  ])('oci: %s', async (_, parts, expected) => {
    expect(await failure(`oci:${ociLayout(parts)}`)).toMatch(expected);
  });

  test('oci-archive: index.json is null', async () => {
    const path = await tarFile('oci-null-index.tar', [['oci-layout', '{"imageLayoutVersion":"1.0.0"}'], ['index.json', 'null']]);
    expect(await failure(`oci-archive:${path}`)).toBe('index.json is not a valid image index');
  });

  test.each([
    ['manifest.json is null', 'null', /^manifest\.json is not a valid image manifest list$/],
    ['manifest.json is an object', '{"Config":"c.json"}', /^manifest\.json is not a valid image manifest list$/],
    ['a null image in manifest.json', '[null]', /^manifest\.json is not a valid image manifest list$/],
    ['a null layer name', '[{"Config":"c.json","Layers":[null]}]', /^manifest\.json is not a valid image manifest list$/],
    ['a tag that is not text', '[{"Config":"c.json","RepoTags":[1],"Layers":[]}]', /^manifest\.json is not a valid image manifest list$/],
    ['a Config that is not text', '[{"Config":{},"Layers":[]}]', /^manifest\.json is not a valid image manifest list$/],
  ])('docker-archive: %s', async (_, manifest, expected) => {
    expect(await failure(`docker-archive:${await dockerArchive(manifest)}`)).toMatch(expected);
  });

  test.each(['manifest.json', 'index.json', 'c.json'])('docker-archive: %s over the JSON size cap is not kept', async (name) => {
    const big = JSON.stringify({ pad: 'x'.repeat(9 << 20) });
    const entries: Array<[string, string]> = [
      ['c.json', '{"rootfs":{"diff_ids":[]}}'],
      ['manifest.json', '[{"Config":"c.json","Layers":[]}]'],
    ];
    for (const entry of entries) if (entry[0] === name) entry[1] = big;
    if (name === 'index.json') entries.push([name, big]);
    const path = await tarFile(`big-${(n += 1)}.tar`, entries);
    const reference = name === 'index.json' ? `oci-archive:${path}` : `docker-archive:${path}`;
    const what = name === 'c.json' ? 'config c.json' : name;
    expect(await failure(reference)).toBe(`${what} is too large for a JSON document (${Buffer.byteLength(big)} bytes)`);
  }, 30_000);

  test('docker-archive: JSON documents together over the total cap', async () => {
    const entries: Array<[string, string]> = [];
    for (let i = 0; i < 10; i += 1) entries.push([`${i}.json`, JSON.stringify({ pad: 'x'.repeat(7 << 20) })]);
    entries.push(['manifest.json', '[{"Config":"0.json","Layers":[]}]']);
    const path = await tarFile(`many-${(n += 1)}.tar`, entries);
    expect(await failure(`docker-archive:${path}`)).toBe('the archive holds more than 64 MiB of JSON documents');
  }, 30_000);

  test.each([
    ['history is an object', '{"rootfs":{"diff_ids":[]},"history":{}}'],
    ['history holds null', '{"rootfs":{"diff_ids":[]},"history":[null]}'],
  ])('docker-archive: a config whose %s', async (_, config) => {
    const path = await dockerArchive('[{"Config":"c.json","Layers":[]}]', config);
    expect(await failure(`docker-archive:${path}`)).toBe('config c.json is not a valid image config');
  });
});
