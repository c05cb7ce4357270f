// `whale cache OLD NEW` on real rebuilds, the harder cases: an ENV further down than the rebuilt layer, a
// multi-stage build whose final stage copies from a changed stage, `--target`, `--no-cache`, and a base image
// that gains a layer. Each case is built by both builders on the private Docker Engine (DOCKER_HOST, started by
// scripts/test.sh): a baseline, then one rebuild that reuses its cache. The known answers come from elsewhere
// than whale: the layer lists of `docker image inspect` (ChainIDs computed here), the history in the config of
// `docker save`, the layer tars listed by `tar`, and the Dockerfiles' own lines.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers';
import {
  BUILDERS, chainIds, describeImage, firstDifference, lineOf, must, requireEngine, whaleCache,
  type Builder, type Built, type CacheJson,
} from './engine-helpers';

// --- the cases --------------------------------------------------------------------------------------------------

const ENV_DOCKERFILE = [
  'FROM whale-test/busybox:latest',
  'ENV PKG_VERSION=1',
  'WORKDIR /app',
  'COPY req.txt .',
  'RUN echo $PKG_VERSION > f',
  '',
].join('\n');

const STAGES_DOCKERFILE = [
  'FROM whale-test/busybox:latest AS builder',
  'WORKDIR /src',
  'COPY main.txt .',
  'RUN mkdir -p /out && tr a-z A-Z < main.txt > /out/main.bin',
  '',
  'FROM whale-test/busybox:latest',
  'WORKDIR /app',
  'COPY --from=builder /out /app/out',
  'CMD ["cat", "/app/out/main.bin"]',
  '',
].join('\n');
const MAIN_V1 = 'hello from the builder stage\n';
const MAIN_V2 = 'hello again from the builder stage, a longer line\n';

const NO_CACHE_DOCKERFILE = [
  'FROM whale-test/busybox:latest',
  'RUN date > /built-at',
  'COPY hello.txt /hello.txt',
  '',
].join('\n');

const baseTag = (b: Builder) => `whale-it/cache-more-base:${b.slug}`;
const BASE_V1 = 'FROM whale-test/busybox:latest\nRUN echo one > /etc/base-one\n';
const BASE_V2 = `${BASE_V1}RUN echo two > /etc/base-two\n`;
const appDockerfile = (b: Builder) => `FROM ${baseTag(b)}\nWORKDIR /app\nCOPY hello.txt .\n`;

const tag = (b: Builder, name: string, variant: string) => `whale-it/cache-more-${name}:${b.slug}-${variant}`;

type Case = 'env' | 'stages' | 'target' | 'no-cache' | 'base-grows';

interface Pair { old: Built; next: Built; dockerfile: string }

interface BuilderResult {
  pairs: Record<Case, Pair>;
  baseV1: Built;
  baseV2: Built;
}

let work = '';
const results = new Map<string, BuilderResult>();

function writeContext(dir: string, files: Record<string, string>): string {
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A copy of a context; `cp -a` keeps the metadata the classic builder's cache hashes. */
async function copyContext(from: string, to: string): Promise<string> {
  await must('cp', ['-a', from, to]);
  return to;
}

async function build(b: Builder, image: string, dir: string, extra: string[] = []): Promise<void> {
  await must(b.docker, ['build', '-q', '--network=none', ...extra, '-t', image, dir], b.env);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function envCase(b: Builder): Promise<Pair> {
  const baseline = writeContext(join(work, `${b.slug}-env-baseline`), { Dockerfile: ENV_DOCKERFILE, 'req.txt': 'flask==3.0.0\n' });
  await build(b, tag(b, 'env', 'baseline'), baseline);
  const changed = await copyContext(baseline, join(work, `${b.slug}-env-changed`));
  const dockerfile = join(changed, 'Dockerfile');
  writeFileSync(dockerfile, ENV_DOCKERFILE.replace('ENV PKG_VERSION=1', 'ENV PKG_VERSION=2'));
  await build(b, tag(b, 'env', 'changed'), changed);
  return {
    old: await describeImage(work, tag(b, 'env', 'baseline')),
    next: await describeImage(work, tag(b, 'env', 'changed')),
    dockerfile,
  };
}

async function stagesCases(b: Builder): Promise<{ stages: Pair; target: Pair }> {
  const baseline = writeContext(join(work, `${b.slug}-stages-baseline`), { Dockerfile: STAGES_DOCKERFILE, 'main.txt': MAIN_V1 });
  await build(b, tag(b, 'stages', 'baseline'), baseline);
  await build(b, tag(b, 'target', 'baseline'), baseline, ['--target', 'builder']);
  const changed = await copyContext(baseline, join(work, `${b.slug}-stages-changed`));
  writeFileSync(join(changed, 'main.txt'), MAIN_V2);
  await build(b, tag(b, 'stages', 'changed'), changed);
  await build(b, tag(b, 'target', 'changed'), changed, ['--target', 'builder']);
  const dockerfile = join(changed, 'Dockerfile');
  return {
    stages: { old: await describeImage(work, tag(b, 'stages', 'baseline')), next: await describeImage(work, tag(b, 'stages', 'changed')), dockerfile },
    target: { old: await describeImage(work, tag(b, 'target', 'baseline')), next: await describeImage(work, tag(b, 'target', 'changed')), dockerfile },
  };
}

async function noCacheCase(b: Builder): Promise<Pair> {
  const dir = writeContext(join(work, `${b.slug}-no-cache`), { Dockerfile: NO_CACHE_DOCKERFILE, 'hello.txt': 'hello\n' });
  await build(b, tag(b, 'no-cache', 'baseline'), dir);
  // `date` prints seconds: the rebuild's RUN writes another time.
  await sleep(1_100);
  await build(b, tag(b, 'no-cache', 'rebuilt'), dir, ['--no-cache']);
  return {
    old: await describeImage(work, tag(b, 'no-cache', 'baseline')),
    next: await describeImage(work, tag(b, 'no-cache', 'rebuilt')),
    dockerfile: join(dir, 'Dockerfile'),
  };
}

async function baseGrowsCase(b: Builder): Promise<{ pair: Pair; baseV1: Built; baseV2: Built }> {
  const baseDir = writeContext(join(work, `${b.slug}-base-v1`), { Dockerfile: BASE_V1 });
  await build(b, baseTag(b), baseDir);
  // Saved at once: the tag moves when the base is rebuilt.
  const baseV1 = await describeImage(work, baseTag(b), `${b.slug}-base-v1`);
  const app = writeContext(join(work, `${b.slug}-base-app`), { Dockerfile: appDockerfile(b), 'hello.txt': 'hello\n' });
  await build(b, tag(b, 'base-grows', 'baseline'), app);
  writeFileSync(join(baseDir, 'Dockerfile'), BASE_V2);
  await build(b, baseTag(b), baseDir);
  const baseV2 = await describeImage(work, baseTag(b), `${b.slug}-base-v2`);
  await build(b, tag(b, 'base-grows', 'rebuilt'), app);
  return {
    pair: {
      old: await describeImage(work, tag(b, 'base-grows', 'baseline')),
      next: await describeImage(work, tag(b, 'base-grows', 'rebuilt')),
      dockerfile: join(app, 'Dockerfile'),
    },
    baseV1,
    baseV2,
  };
}

async function buildAll(b: Builder): Promise<BuilderResult> {
  // The chains share no tag and no step the classic builder could cache differently, so they run side by side.
  const [env, stages, noCache, base] = await Promise.all([envCase(b), stagesCases(b), noCacheCase(b), baseGrowsCase(b)]);
  return {
    pairs: { env, stages: stages.stages, target: stages.target, 'no-cache': noCache, 'base-grows': base.pair },
    baseV1: base.baseV1,
    baseV2: base.baseV2,
  };
}

beforeAll(async () => {
  await requireEngine(['tar']);
  work = tempDir();
  // One set of chains per builder, in parallel: every tag names its builder, so nothing is retagged under the other.
  const built = await Promise.all(BUILDERS.map((b) => buildAll(b)));
  BUILDERS.forEach((b, i) => results.set(b.slug, built[i]!));
}, 900_000);

afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

// --- the checks -------------------------------------------------------------------------------------------------

/**
 * Runs whale on a pair and checks what every case shares: the first rebuilt layer is where the engine's layer
 * lists part (and it is the layer `made` names in the new build's history), the reused layers and rebuilt bytes
 * follow from it, and each layer is described by the engine's own facts.
 */
async function compare(pair: Pair, made: RegExp, withDockerfile = true): Promise<{ report: CacheJson; parted: number }> {
  const { old, next } = pair;
  const parted = firstDifference(chainIds(old.diffIds), chainIds(next.diffIds));
  expect(parted, `${old.name} and ${next.name} share every layer`).not.toBeNull();
  const index = next.layerHistory.findIndex((createdBy) => made.test(createdBy));
  expect(index, `${made} in ${JSON.stringify(next.layerHistory)}`).toBeGreaterThan(0);
  expect(parted, `the layer lists part at the layer of ${made}: ${JSON.stringify(next.layerHistory)}`).toBe(index);

  const report = await whaleCache(`docker://${old.name}`, `docker://${next.name}`, withDockerfile ? pair.dockerfile : undefined);
  expect(report.version).toBe(1);
  expect(report.old.configDigest).toBe(old.id);
  expect(report.new.configDigest).toBe(next.id);
  expect(report.firstRebuiltLayer).toBe(parted);
  expect(report.reusedLayers).toBe(parted);
  expect(report.configOnly).toBe(false);
  expect(report.cause.summary.length).toBeGreaterThan(0);
  expect(report.rebuiltBytes).toBe(next.layers.slice(parted!).reduce((sum, l) => sum + l.size, 0));
  const chains = chainIds(next.diffIds);
  expect(report.layers.map((l) => [l.index, l.diffId, l.chainId, l.sizeBytes, l.reused])).toEqual(
    next.diffIds.map((diffId, i) => [i, diffId, chains[i], next.layers[i]!.size, i < parted!]),
  );
  if (withDockerfile) expect(report.warnings ?? []).toEqual([]);
  return { report, parted: parted! };
}

/** A pattern per builder for the created_by of the layer that must be rebuilt first. */
type PerBuilder<T> = Record<string, T>;

describe.each(BUILDERS)('whale cache on the harder rebuilds by the $label', (builder) => {
  const result = () => results.get(builder.slug)!;

  it('an ENV above the rebuilt layer changed: the cause is the ENV, at its line', async () => {
    const pair = result().pairs.env;
    // BuildKit keys only the RUN on the ENV (it reads the variable); the classic builder keys every later step on
    // it, so it rebuilds from the WORKDIR up.
    const made: PerBuilder<RegExp> = {
      legacy: /^\/bin\/sh -c #\(nop\) WORKDIR \/app$/,
      buildkit: /^RUN \/bin\/sh -c echo \$PKG_VERSION > f # buildkit$/,
    };
    const { report } = await compare(pair, made[builder.slug]!);
    expect(report.cause.kind).toBe('instruction');
    expect(report.cause.oldInstruction).toBe('ENV PKG_VERSION=1');
    expect(report.cause.newInstruction).toBe('ENV PKG_VERSION=2');
    expect(report.dockerfileLine).toBe(lineOf(pair.dockerfile, 'ENV PKG_VERSION='));
    expect(report.instruction).toBe(builder.slug === 'legacy' ? 'WORKDIR /app' : 'RUN echo $PKG_VERSION > f');
    expect(report.layers.map((l) => l.dockerfileLine)).toEqual([
      null,
      lineOf(pair.dockerfile, 'WORKDIR /app'),
      lineOf(pair.dockerfile, 'COPY req.txt .'),
      lineOf(pair.dockerfile, 'RUN echo $PKG_VERSION'),
    ]);
  }, 120_000);

  it('a file of the builder stage changed: the final stage\'s COPY --from is rebuilt, its files listed', async () => {
    const pair = result().pairs.stages;
    const made: PerBuilder<RegExp> = {
      legacy: /^\/bin\/sh -c #\(nop\) COPY dir:[0-9a-f]{64} in \/app\/out $/,
      buildkit: /^COPY \/out \/app\/out # buildkit$/,
    };
    const { report, parted } = await compare(pair, made[builder.slug]!);
    // busybox, the final stage's WORKDIR, then the COPY --from: nothing of the builder stage is in the image.
    expect(parted).toBe(2);
    expect(pair.next.diffIds).toHaveLength(3);
    expect(report.cause.kind).toBe('files');
    expect(report.cause.summary).toContain('stage builder');
    expect(report.dockerfileLine).toBe(lineOf(pair.dockerfile, 'COPY --from=builder'));
    const size = pair.next.layers[parted]!.files.get('/app/out/main.bin');
    expect(size).toBe(Buffer.byteLength(MAIN_V2));
    expect(report.changedFiles).toEqual([{ path: '/app/out/main.bin', change: 'modified', sizeBytes: size }]);
    expect(report.layers.map((l) => l.dockerfileLine)).toEqual([
      null,
      lineOf(pair.dockerfile, 'WORKDIR /app'),
      lineOf(pair.dockerfile, 'COPY --from=builder'),
    ]);
  }, 120_000);

  it('builds with --target builder: the lines point into the builder stage', async () => {
    const pair = result().pairs.target;
    const made: PerBuilder<RegExp> = {
      legacy: /^\/bin\/sh -c #\(nop\) COPY file:[0-9a-f]{64} in \. $/,
      buildkit: /^COPY main\.txt \. # buildkit$/,
    };
    const { report, parted } = await compare(pair, made[builder.slug]!);
    expect(parted).toBe(2);
    expect(report.cause.kind).toBe('files');
    expect(report.dockerfileLine).toBe(lineOf(pair.dockerfile, 'COPY main.txt .'));
    expect(report.changedFiles).toEqual([{ path: '/src/main.txt', change: 'modified', sizeBytes: Buffer.byteLength(MAIN_V2) }]);
    expect(report.layers.map((l) => l.dockerfileLine)).toEqual([
      null,
      lineOf(pair.dockerfile, 'WORKDIR /src'),
      lineOf(pair.dockerfile, 'COPY main.txt .'),
      lineOf(pair.dockerfile, 'RUN mkdir -p /out'),
    ]);
    expect(report.warnings).toEqual([]);
  }, 120_000);

  it('a rebuild with --no-cache and nothing changed: the builder had no cache', async () => {
    const pair = result().pairs['no-cache'];
    const made: PerBuilder<RegExp> = {
      legacy: /^\/bin\/sh -c date > \/built-at$/,
      buildkit: /^RUN \/bin\/sh -c date > \/built-at # buildkit$/,
    };
    const { report, parted } = await compare(pair, made[builder.slug]!);
    expect(parted).toBe(1);
    expect(report.cause.kind).toBe('none');
    expect(report.cause.summary).toMatch(/no cache/);
    expect(report.dockerfileLine).toBe(lineOf(pair.dockerfile, 'RUN date'));
    expect(report.instruction).toBe('RUN date > /built-at');
    // The only file that differs is the one the RUN wrote: it holds another time.
    expect(report.changedFiles).toEqual([{ path: '/built-at', change: 'modified', sizeBytes: pair.next.layers[1]!.files.get('/built-at') }]);
  }, 120_000);

  it('the base image gained a layer: the cause is the base image, at the FROM', async () => {
    const r = result();
    const pair = r.pairs['base-grows'];
    // The base's own layer lists: busybox and the first RUN are shared, v2 adds one layer.
    expect(r.baseV1.diffIds).toHaveLength(2);
    expect(r.baseV2.diffIds).toHaveLength(3);
    expect(r.baseV2.diffIds.slice(0, 2)).toEqual(r.baseV1.diffIds);
    const made: PerBuilder<RegExp> = {
      legacy: /^\/bin\/sh -c echo two > \/etc\/base-two$/,
      buildkit: /^RUN \/bin\/sh -c echo two > \/etc\/base-two # buildkit$/,
    };
    const { report, parted } = await compare(pair, made[builder.slug]!);
    expect(parted).toBe(2);
    expect(report.cause.kind).toBe('base-image');
    expect(report.dockerfileLine).toBe(1);
    expect(report.layers.map((l) => l.base)).toEqual([true, true, true, false, false]);
    expect(report.layers.map((l) => l.dockerfileLine)).toEqual([null, null, null, lineOf(pair.dockerfile, 'WORKDIR /app'), lineOf(pair.dockerfile, 'COPY hello.txt')]);
    expect({ old: report.cause['oldBaseLayers'], new: report.cause['newBaseLayers'] }).toEqual({ old: 2, new: 3 });
  }, 120_000);
});
