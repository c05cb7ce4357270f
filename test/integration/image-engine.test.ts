// Real images from a real Docker Engine (started by scripts/test.sh: DOCKER_HOST points at it), built by both
// builders, read by `whale image` through the engine and through every offline encoding of the same image.
// Known answers come from how the images were built (hand-computed) and from the layer tars, listed by the
// `tar` tool: a code path that shares nothing with whale's reader.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, WHALE } from '../cli/helpers';
import { DOCKER_2010, must, requireEngine, run, saveImage, type TarListing } from './engine-helpers';

interface Report {
  version: number;
  image: Record<string, number | string | null>;
  layers: Array<{ index: number; digest: string; sizeBytes: number; entries: number; createdBy: string; instruction: string | null }>;
  inefficientFiles: Array<{ path: string; count: number; sizeBytes: number }>;
  reclaimable: Array<{ path: string; bytes: number; reason: string; layer: number }>;
  ci: null | { pass: boolean; gates: unknown[] };
}

async function whaleJson(reference: string): Promise<Report> {
  const result = await run(process.execPath, [WHALE, 'image', '--format', 'json', '--no-progress', reference]);
  if (result.code !== 0) throw new Error(`whale image ${reference} exited ${result.code}: ${result.stderr}`);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Report;
}

/** What must not depend on the encoding: every number, the history, the lists. */
function encodingFree(report: Report) {
  const { reference: _reference, digest: _digest, ...image } = report.image;
  return {
    image,
    layers: report.layers.map(({ digest: _layerDigest, ...layer }) => layer),
    inefficientFiles: report.inefficientFiles,
    reclaimable: report.reclaimable,
  };
}

interface Encodings { save: string; ociGzip: string; ociZstd: string; ociArchive: string; others: string[]; layers: TarListing[] }

/** `docker save`, skopeo's OCI conversions, and the layer tars listed by `tar`. */
async function encode(work: string, name: string, slug: string): Promise<Encodings> {
  const { save, layers } = await saveImage(work, name, slug);
  const ociGzip = join(work, `${slug}-oci-gzip`);
  const ociZstd = join(work, `${slug}-oci-zstd`);
  const ociArchive = join(work, `${slug}-oci.tar`);
  await must('skopeo', ['copy', '-q', `docker-archive:${save}`, `oci:${ociGzip}:it`]);
  await must('skopeo', ['copy', '-q', '--dest-compress-format', 'zstd', `docker-archive:${save}`, `oci:${ociZstd}:it`]);
  await must('skopeo', ['copy', '-q', `docker-archive:${save}`, `oci-archive:${ociArchive}:it`]);
  // skopeo's own docker-archive (layer.tar entries are symlinks), the save gzipped whole, and the Docker 25+
  // layout (an OCI layout plus a manifest.json whose paths point into blobs/), assembled from skopeo's layout.
  const skopeoArchive = join(work, `${slug}-skopeo.tar`);
  await must('skopeo', ['copy', '-q', `docker-archive:${save}`, `docker-archive:${skopeoArchive}:${name}`]);
  const gzipped = join(work, `${slug}.tar.gz`);
  await must('sh', ['-c', 'gzip -c "$1" > "$2"', 'sh', save, gzipped]);
  const index = JSON.parse(readFileSync(join(ociGzip, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string }> };
  const blob = (digest: string) => `blobs/sha256/${digest.slice('sha256:'.length)}`;
  const ociManifest = JSON.parse(readFileSync(join(ociGzip, blob(index.manifests[0]!.digest)), 'utf8')) as { config: { digest: string }; layers: Array<{ digest: string }> };
  writeFileSync(join(ociGzip, 'manifest.json'), JSON.stringify([{ Config: blob(ociManifest.config.digest), RepoTags: [name], Layers: ociManifest.layers.map((l) => blob(l.digest)) }]));
  const docker25 = join(work, `${slug}-docker25.tar`);
  await must('tar', ['-cf', docker25, '-C', ociGzip, '.']);
  return { save, ociGzip, ociZstd, ociArchive, others: [`docker-archive:${skopeoArchive}`, `docker-archive:${gzipped}`, `docker-archive:${docker25}`], layers };
}

/** whale through the engine and through each encoding: the same numbers, and the layer sizes of `tar -tvf`. */
async function checkEncodings(name: string, encodings: Encodings): Promise<Report> {
  const engine = await whaleJson(`docker://${name}`);
  const saved = await whaleJson(`docker-archive:${encodings.save}`);
  expect(engine.version).toBe(1);
  expect(saved.image.digest).toBe(engine.image.digest);
  expect(saved.layers.map((l) => l.digest)).toEqual(engine.layers.map((l) => l.digest));
  for (const reference of [`docker-archive:${encodings.save}`, `oci:${encodings.ociGzip}:it`, `oci:${encodings.ociZstd}:it`, `oci-archive:${encodings.ociArchive}:it`, ...encodings.others]) {
    const other = reference === `docker-archive:${encodings.save}` ? saved : await whaleJson(reference);
    expect(encodingFree(other), reference).toEqual(encodingFree(engine));
  }
  expect(engine.layers.map((l) => l.sizeBytes)).toEqual(encodings.layers.map((l) => l.size));
  expect(engine.layers.map((l) => l.entries)).toEqual(encodings.layers.map((l) => l.entries));
  expect(engine.image.sizeBytes).toBe(encodings.layers.reduce((sum, l) => sum + l.size, 0));
  expect(engine.image.userSizeBytes).toBe(encodings.layers.slice(1).reduce((sum, l) => sum + l.size, 0));
  return engine;
}

const PAYLOAD = 200_000;
const SMALL = 'small\n';
const BUSYBOX_DOCKERFILE = `FROM whale-test/busybox:latest
RUN mkdir -p /data/cache/sub && head -c 300000 /dev/urandom > /data/big.bin && head -c 50000 /dev/urandom > /data/cache/a && head -c 60000 /dev/urandom > /data/cache/sub/b && echo one > /etc/motd
COPY payload.bin /app/payload.bin
RUN head -c 120000 /dev/urandom > /data/big.bin && echo two > /etc/motd
RUN rm -rf /data/cache && rm /app/payload.bin
COPY small.txt /app/small.txt
`;
const DEBIAN_DOCKERFILE = `FROM whale-test/debian:bookworm-minbase
RUN apt-get update && apt-get install -y --no-install-recommends hello
RUN rm -rf /var/lib/apt/lists/*
`;

let work = '';

beforeAll(async () => {
  await requireEngine(['skopeo', 'tar'], ['whale-test/debian:bookworm-minbase']);
  work = tempDir();
  const context = join(work, 'busybox');
  mkdirSync(context);
  writeFileSync(join(context, 'Dockerfile'), BUSYBOX_DOCKERFILE);
  writeFileSync(join(context, 'payload.bin'), Buffer.alloc(PAYLOAD, 7));
  writeFileSync(join(context, 'small.txt'), SMALL);
  const debian = join(work, 'debian');
  mkdirSync(debian);
  writeFileSync(join(debian, 'Dockerfile'), DEBIAN_DOCKERFILE);
  await Promise.all([
    must('docker', ['build', '-q', '--network=none', '-t', 'whale-it/busybox:legacy', context], { DOCKER_BUILDKIT: '0' }),
    must(DOCKER_2010, ['build', '-q', '--network=none', '-t', 'whale-it/busybox:buildkit', context], { DOCKER_BUILDKIT: '1' }),
    must('docker', ['build', '-q', '--network=host', '-t', 'whale-it/debian:hello', debian], { DOCKER_BUILDKIT: '0' }),
  ]);
}, 600_000);

// The saved archives and conversions take a few hundred MB.
afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

describe.each([
  ['legacy builder', 'whale-it/busybox:legacy', 'legacy'],
  ['BuildKit', 'whale-it/busybox:buildkit', 'buildkit'],
])('a busybox image built by the %s', (_builder, name, slug) => {
  it('has the same numbers through the engine, docker save (plain, gzipped, skopeo style, Docker 25+ layout), OCI gzip, OCI zstd and OCI archive, and the hand-computed waste', async () => {
    const encodings = await encode(work, name, slug);
    const report = await checkEncodings(name, encodings);

    // Layers: 0 busybox, 1 RUN (big.bin, cache/a, cache/sub/b, motd), 2 COPY payload, 3 RUN (big.bin, motd),
    // 4 RUN rm -rf (whiteouts only), 5 COPY small.txt.
    expect(report.layers.map((l) => l.sizeBytes).slice(1)).toEqual([300_000 + 50_000 + 60_000 + 4, PAYLOAD, 120_000 + 4, 0, SMALL.length]);
    expect(report.layers.map((l) => l.instruction?.split(' ')[0] ?? null).slice(1)).toEqual(['RUN', 'COPY', 'RUN', 'RUN', 'COPY']);
    expect(report.layers[4].instruction).toBe('RUN rm -rf /data/cache && rm /app/payload.bin');

    // dive counts every copy: big.bin twice, payload.bin (its whiteout of a file counts 0), motd twice; the
    // deleted directory is one occurrence (its whiteout, the size of the subtree), so never waste.
    expect(report.inefficientFiles).toEqual([
      { path: '/data/big.bin', count: 2, sizeBytes: 420_000 },
      { path: '/app/payload.bin', count: 2, sizeBytes: PAYLOAD },
      { path: '/etc/motd', count: 2, sizeBytes: 8 },
    ]);
    const wasted = 420_000 + PAYLOAD + 8;
    const size = report.image.sizeBytes as number;
    const userSize = report.image.userSizeBytes as number;
    expect(report.image.wastedBytes).toBe(wasted);
    expect(report.image.wastedUserPercent).toBe(wasted / userSize);
    // Σ sum = every entry's size + the deleted directory's subtree (110,000); Σ smallest drops, per inefficient
    // path, its sum minus its smallest copy: big.bin 300,000, payload.bin 200,000, motd 4.
    const sum = size + 110_000;
    expect(report.image.efficiency).toBe((sum - 300_000 - PAYLOAD - 4) / sum);

    // whale's own count: the hidden bytes, each with its reason.
    expect(report.reclaimable).toEqual([
      { path: '/data/big.bin', bytes: 300_000, reason: 'overwritten in layer 3', layer: 1 },
      { path: '/app/payload.bin', bytes: PAYLOAD, reason: 'deleted in layer 4', layer: 2 },
      { path: '/data/cache/sub/b', bytes: 60_000, reason: 'deleted in layer 4', layer: 1 },
      { path: '/data/cache/a', bytes: 50_000, reason: 'deleted in layer 4', layer: 1 },
      { path: '/etc/motd', bytes: 4, reason: 'overwritten in layer 3', layer: 1 },
    ]);
    expect(report.image.reclaimableBytes).toBe(610_004);
  }, 120_000);
});

describe('a Debian image with apt-get install', () => {
  it('has the same numbers everywhere, and the apt lists deleted in a later layer are reclaimable', async () => {
    const encodings = await encode(work, 'whale-it/debian:hello', 'debian');
    const report = await checkEncodings('whale-it/debian:hello', encodings);
    expect(report.layers[1].instruction).toBe('RUN apt-get update && apt-get install -y --no-install-recommends hello');
    expect(report.layers[2].instruction).toBe('RUN rm -rf /var/lib/apt/lists/*');
    expect(encodings.layers[1].files.has('/usr/bin/hello')).toBe(true);

    // Every regular file under var/lib/apt/lists/ in layer 1, as tar lists it, is hidden by layer 2's deletion.
    const lists = [...encodings.layers[1].files].filter(([path, bytes]) => path.startsWith('/var/lib/apt/lists/') && bytes > 0);
    expect(lists.length).toBeGreaterThan(0);
    const fromLists = report.reclaimable.filter((r) => r.path.startsWith('/var/lib/apt/lists/'));
    expect(fromLists.map((r) => [r.path, r.bytes, r.reason, r.layer]).sort()).toEqual(
      lists.map(([path, bytes]) => [path, bytes, 'deleted in layer 2', 1]).sort(),
    );
  }, 180_000);
});

describe('whale image through the engine: the CLI', () => {
  it('gates CI with dive\'s thresholds: exit 1 with the gates in the report', async () => {
    const result = await run(process.execPath, [WHALE, 'image', '--format', 'json', '--ci', '--no-progress', 'docker://whale-it/busybox:legacy']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { ci: { pass: boolean; gates: Array<{ name: string; status: string; threshold: number | null }> } };
    expect(report.ci.pass).toBe(false);
    expect(report.ci.gates.map((g) => [g.name, g.status, g.threshold])).toEqual([
      ['lowestEfficiency', 'fail', 0.9],
      ['highestWastedBytes', 'skip', null],
      ['highestUserWastedPercent', 'fail', 0.1],
    ]);
    const relaxed = await run(process.execPath, [WHALE, 'image', '--lowest-efficiency', '0', '--highest-user-wasted-percent', 'disabled', '--highest-wasted-bytes', '1MB', '--no-progress', 'whale-it/busybox:legacy']);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toMatch(/CI: PASS/);
    expect(relaxed.stdout).toMatch(/RUN rm -rf \/data\/cache && rm \/app\/payload\.bin/);
  }, 60_000);
});
