// Every encoding of the fixture image (fixtures/images/generate.mjs) reads to the same layers, and those layers
// list exactly what the generator wrote (known answers below), with diff_ids checked against GNU tar's extraction.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { UsageError } from '../../src/errors';
import { resolveSource } from '../../src/image/source';
import { machinePlatform } from '../../src/image/sources/oci-layout';
import type { ImageData } from '../../src/image/types';

const F = join(__dirname, '../../fixtures/images');
const LONG = `app/${'very-long-directory-name-'.repeat(5)}/file.txt`;

/** What the generator wrote, layer by layer: `type path size [-> target]`. */
const EXPECTED = [
  [
    'dir bin 0',
    'file bin/tool 100',
    'hardlink bin/tool-link 0 -> ./bin/tool',
    'symlink bin/sh 0 -> tool',
    'dir etc 0',
    'file etc/config 3',
    'dir tmp 0',
    'file tmp/junk 10',
    'dir var 0',
    'dir var/cache 0',
    'file var/cache/a 50',
    'file var/cache/b 20',
  ],
  ['dir app 0', 'file app/data.bin 200', `file ${LONG} 5`, 'dir etc 0', 'file etc/config 10', 'dir tmp 0', 'whiteout tmp/junk 0'],
  ['dir var/cache 0', 'opaque var/cache 0', 'file var/cache/c 7', 'file app/data.bin 150'],
];

const show = (image: ImageData): string[][] =>
  image.layers.map((l) => l.entries.map((e) => `${e.type} ${e.path} ${e.size}${e.linkTarget !== undefined ? ` -> ${e.linkTarget}` : ''}`));

/** diff_ids computed without whale: GNU tar extracts each layer.tar of the legacy archive, sha256 of its bytes. */
function independentDiffIds(): string[] {
  const manifest = JSON.parse(execFileSync('tar', ['-xOf', join(F, 'docker-legacy.tar'), 'manifest.json'], { encoding: 'utf8' }));
  return (manifest[0].Layers as string[]).map(
    (layer) => `sha256:${createHash('sha256').update(execFileSync('tar', ['-xOf', join(F, 'docker-legacy.tar'), layer], { maxBuffer: 1 << 26 })).digest('hex')}`,
  );
}

const read = (reference: string, platform?: string) => resolveSource(reference).read(platform ? { platform } : {});

const FORMATS = [
  'docker-archive:FIX/docker-legacy.tar',
  'FIX/docker-legacy.tar',
  'docker-archive:FIX/docker-legacy.tar.gz',
  'docker-archive:FIX/docker-skopeo.tar',
  'docker-archive:FIX/docker-25.tar',
  'FIX/docker-25.tar',
  'docker-archive:FIX/docker-gzip-layers.tar',
  'docker-archive:FIX/docker-two-images.tar:whale-fixture:latest',
  'docker-archive:FIX/docker-two-images.tar:docker.io/library/whale-fixture',
  'docker-archive:FIX/docker-two-images.tar:@0',
  'oci:FIX/oci-multi:latest',
  'oci:FIX/oci-zstd:latest',
  'oci-archive:FIX/oci-archive.tar',
  'FIX/oci-archive.tar',
].map((f) => f.replace('FIX', F));

describe('every format of the fixture image gives the same layers', () => {
  const diffIds = independentDiffIds();
  test.each(FORMATS)('%s', async (reference) => {
    const image = await read(reference, 'linux/amd64');
    expect(image.reference).toBe(reference);
    expect(image.layers.map((l) => l.diffId)).toEqual(diffIds);
    expect(image.layers.map((l) => l.index)).toEqual([0, 1, 2]);
    expect(show(image)).toEqual(EXPECTED);
    expect(image.platform).toBe('linux/amd64');
    expect(image.config.rootfs.diff_ids).toEqual(diffIds);
    expect(image.config.history?.length).toBe(5);
  });

  test('compression and digests per format', async () => {
    const legacy = await read(`docker-archive:${F}/docker-legacy.tar`);
    expect(legacy.layers.map((l) => [l.compression, l.digest])).toEqual(diffIds.map((d) => ['none', d]));
    expect(legacy.digest).toBe(legacy.configDigest);
    const gz = await read(`docker-archive:${F}/docker-gzip-layers.tar`);
    expect(gz.layers.every((l) => l.compression === 'gzip' && !diffIds.includes(l.digest))).toBe(true);
    const zstd = await read(`oci:${F}/oci-zstd:latest`);
    expect(zstd.layers.map((l) => [l.compression, l.mediaType])).toEqual(diffIds.map(() => ['zstd', 'application/vnd.oci.image.layer.v1.tar+zstd']));
    // The OCI manifest's digest, both for the layout and for Docker 25+ archives that carry it.
    const docker25 = await read(`${F}/docker-25.tar`);
    const index = JSON.parse(execFileSync('tar', ['-xOf', join(F, 'docker-25.tar'), 'index.json'], { encoding: 'utf8' }));
    expect(docker25.digest).toBe(index.manifests[0].digest);
    expect(docker25.configDigest).toBe(legacy.configDigest);
  });

  test('the estargz layout lists the same entries (its last diff_id covers the TOC)', async () => {
    const image = await read(`oci:${F}/oci-estargz`);
    expect(show(image)).toEqual(EXPECTED);
    expect(image.layers.slice(0, 2).map((l) => l.diffId)).toEqual(diffIds.slice(0, 2));
    expect(image.layers[2]!.diffId).not.toBe(diffIds[2]);
  });
});

describe('choosing an image', () => {
  test('the second image of a two-image archive', async () => {
    const image = await read(`docker-archive:${F}/docker-two-images.tar:whale-other:1.0`);
    expect(show(image)).toEqual([EXPECTED[0]]);
    expect(image.platform).toBe('linux/arm64/v8');
  });

  test('several images and none chosen: the tags are listed', async () => {
    await expect(read(`${F}/docker-two-images.tar`)).rejects.toThrow(
      new UsageError(`${F}/docker-two-images.tar: the archive holds 2 images; choose one with :NAME:TAG (whale-fixture:latest; whale-other:1.0)`),
    );
    await expect(read(`docker-archive:${F}/docker-two-images.tar:nope:1`)).rejects.toThrow(/no image tagged nope:1 in the archive \(images: whale-fixture:latest; whale-other:1.0\)$/);
  });

  test('multi-platform index: by --platform, by this machine, attestations skipped', async () => {
    const arm = await read(`oci:${F}/oci-multi`, 'linux/arm64');
    expect(show(arm)).toEqual([EXPECTED[0]]);
    expect((await read(`oci:${F}/oci-multi`, 'linux/arm64/v8')).layers).toHaveLength(1);
    await expect(read(`oci:${F}/oci-multi`, 'linux/s390x')).rejects.toThrow(
      new UsageError(`oci:${F}/oci-multi: no image for platform linux/s390x (platforms: linux/amd64, linux/arm64/v8)`),
    );
    const mine = machinePlatform();
    if (mine === 'linux/amd64' || mine === 'linux/arm64') {
      const image = await read(`oci:${F}/oci-multi`);
      expect(image.platform?.startsWith(mine)).toBe(true);
    } else {
      await expect(read(`oci:${F}/oci-multi`)).rejects.toThrow(/several platforms; choose one with --platform \(linux\/amd64, linux\/arm64\/v8\)$/);
    }
  });

  test('OCI tags', async () => {
    expect((await read(`oci:${F}/oci-zstd:other`)).layers).toHaveLength(1);
    await expect(read(`oci:${F}/oci-zstd`)).rejects.toThrow(new UsageError(`oci:${F}/oci-zstd: the layout holds several images; choose one with :TAG (latest, other)`));
    await expect(read(`oci:${F}/oci-zstd:v9`)).rejects.toThrow(new UsageError(`oci:${F}/oci-zstd:v9: no image tagged "v9" (tags: latest, other)`));
  });
});

describe('resolveSource', () => {
  test('prefixes and detection', () => {
    expect(resolveSource(`oci:${F}/oci-multi`).constructor.name).toBe('OciLayoutSource');
    expect(resolveSource(`${F}/oci-multi`).constructor.name).toBe('OciLayoutSource');
    expect(resolveSource(`${F}/docker-legacy.tar.gz`).constructor.name).toBe('ArchiveSource');
    expect(resolveSource('docker://busybox:latest').constructor.name).toBe('EngineSource');
    expect(resolveSource('busybox:latest').constructor.name).toBe('EngineSource');
    expect(() => resolveSource('docker-archive:/no/such.tar')).toThrow(new UsageError('docker-archive:/no/such.tar: /no/such.tar does not exist'));
    expect(() => resolveSource(`oci:${F}/docker-legacy.tar`)).toThrow(/is not a directory/);
  });
});
