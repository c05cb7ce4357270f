// `whale cache OLD NEW` on real rebuilds: fixtures/cache-app built by both builders on the private Docker Engine
// (DOCKER_HOST, started by scripts/test.sh), then rebuilt from copies of its context with one change each. Every
// rebuild reuses the baseline's cache, so the layers below the change are the same layers. The known answers
// come from elsewhere than whale: the layer lists of `docker image inspect`, the history in the config of
// `docker save`, the layer tars listed by `tar`, ChainIDs computed here, and the Dockerfile's own lines.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/helpers';
import {
  BUILDERS, chainIds, describeImage, firstDifference, lineOf, must, requireEngine, ROOT, whaleCache,
  type Builder, type Built, type CacheJson,
} from './engine-helpers';

const FIXTURE = join(ROOT, 'fixtures/cache-app');

/** What must not depend on where the images are read from: everything but the references and digests. */
function sourceFree(report: CacheJson) {
  const side = ({ reference: _r, digest: _d, configDigest: _c, ...rest }: CacheJson['old']) => rest;
  return { ...report, old: side(report.old), new: side(report.new) };
}

// --- the builds -------------------------------------------------------------------------------------------------

const baseTag = (b: Builder) => `whale-it/cache-base:${b.slug}`;
const appTag = (b: Builder, variant: string) => `whale-it/cache-app:${b.slug}-${variant}`;
const baseDockerfile = (release: string) => `FROM whale-test/busybox:latest\nRUN echo ${release} > /etc/base-release\n`;

const APP_PY_V2 = readFileSync(join(FIXTURE, 'app.py'), 'utf8').replace('"Hello from whale"', '"Hello again from whale, now with a longer greeting"');
const REQUIREMENTS_V2 = `${readFileSync(join(FIXTURE, 'requirements.txt'), 'utf8')}markupsafe==2.1.5\n`;

type Variant = 'files' | 'requirements' | 'build-arg' | 'base-image' | 'label';
const VARIANTS: Variant[] = ['files', 'requirements', 'build-arg', 'base-image', 'label'];

interface BuilderResult {
  contexts: Record<'baseline' | Variant, string>;
  images: Record<'baseline' | Variant, Built>;
  baseV1: Built;
  baseV2: Built;
}

let work = '';
const results = new Map<string, BuilderResult>();

/** A copy of the fixture with line 1 naming this builder's base; `cp -a` keeps the metadata the legacy cache hashes. */
async function context(b: Builder, variant: string): Promise<string> {
  const dir = join(work, `${b.slug}-${variant}`);
  await must('cp', ['-a', FIXTURE, dir]);
  const dockerfile = join(dir, 'Dockerfile');
  const lines = readFileSync(dockerfile, 'utf8').split('\n');
  if (!lines[0]!.startsWith('FROM ')) throw new Error('fixtures/cache-app/Dockerfile must start with FROM');
  lines[0] = `FROM ${baseTag(b)}`;
  writeFileSync(dockerfile, lines.join('\n'));
  return dir;
}

async function build(b: Builder, tag: string, dir: string, extra: string[] = []): Promise<void> {
  await must(b.docker, ['build', '-q', '--network=none', ...extra, '-t', tag, dir], b.env);
}

async function buildBase(b: Builder, release: string): Promise<Built> {
  const dir = join(work, `${b.slug}-base-${release}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'Dockerfile'), baseDockerfile(release));
  await build(b, baseTag(b), dir);
  // Saved at once: the tag moves when the base is rebuilt.
  return describeImage(work, baseTag(b), `${b.slug}-base-${release}`);
}

async function buildAll(b: Builder): Promise<BuilderResult> {
  const baseV1 = await buildBase(b, 'v1');
  const contexts = {} as BuilderResult['contexts'];
  contexts.baseline = await context(b, 'baseline');
  await build(b, appTag(b, 'baseline'), contexts.baseline);
  for (const variant of VARIANTS) contexts[variant] = await context(b, variant);
  // Changed files are written fresh; everything else keeps the baseline's bytes and metadata.
  writeFileSync(join(contexts.files, 'app.py'), APP_PY_V2);
  writeFileSync(join(contexts.requirements, 'requirements.txt'), REQUIREMENTS_V2);
  const labelled = join(contexts.label, 'Dockerfile');
  writeFileSync(labelled, readFileSync(labelled, 'utf8').replace('LABEL org.example.release="1"', 'LABEL org.example.release="2"'));
  await Promise.all([
    build(b, appTag(b, 'files'), contexts.files),
    build(b, appTag(b, 'requirements'), contexts.requirements),
    build(b, appTag(b, 'build-arg'), contexts['build-arg'], ['--build-arg', 'APP_VERSION=2']),
    build(b, appTag(b, 'label'), contexts.label),
  ]);
  // Last: the same base tag, different content. Nothing else of this builder uses the base any more.
  const baseV2 = await buildBase(b, 'v2');
  await build(b, appTag(b, 'base-image'), contexts['base-image']);
  const images = {} as BuilderResult['images'];
  for (const variant of ['baseline', ...VARIANTS] as const) images[variant] = await describeImage(work, appTag(b, variant));
  return { contexts, images, baseV1, baseV2 };
}

beforeAll(async () => {
  await requireEngine(['skopeo', 'tar']);
  work = tempDir();
  // One chain per builder, in parallel: each builder has its own base tag, so nothing is retagged under the other.
  const built = await Promise.all(BUILDERS.map((b) => buildAll(b)));
  BUILDERS.forEach((b, i) => results.set(b.slug, built[i]!));
}, 900_000);

afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

// --- the known answers ------------------------------------------------------------------------------------------

interface Expected {
  kind: string;
  /** created_by of the layer that must be the first rebuilt one, per builder; null: no layer is rebuilt. */
  history: Record<string, RegExp> | null;
  /** The instruction whale must recover: exact where both builders record it whole, else its keyword. */
  instruction: Record<string, string | RegExp> | null;
  line: (dockerfile: string) => number;
  changedFiles: (r: BuilderResult) => CacheJson['changedFiles'];
}

const EXPECTED: Record<Variant, Expected> = {
  files: {
    kind: 'files',
    history: { legacy: /^\/bin\/sh -c #\(nop\) COPY dir:[0-9a-f]+ in \. $/, buildkit: /^COPY \. \. # buildkit$/ },
    // The classic builder records the source as a content hash: `COPY dir:<sha256> in .`.
    instruction: { legacy: /^COPY dir:[0-9a-f]{64} in \.$/, buildkit: 'COPY . .' },
    line: (d) => lineOf(d, 'COPY . .'),
    changedFiles: () => [{ path: '/app/app.py', change: 'modified', sizeBytes: Buffer.byteLength(APP_PY_V2) }],
  },
  requirements: {
    kind: 'files',
    history: { legacy: /^\/bin\/sh -c #\(nop\) COPY file:[0-9a-f]+ in \. $/, buildkit: /^COPY requirements\.txt \. # buildkit$/ },
    instruction: { legacy: /^COPY file:[0-9a-f]{64} in \.$/, buildkit: 'COPY requirements.txt .' },
    line: (d) => lineOf(d, 'COPY requirements.txt .'),
    changedFiles: () => [{ path: '/app/requirements.txt', change: 'modified', sizeBytes: Buffer.byteLength(REQUIREMENTS_V2) }],
  },
  'build-arg': {
    kind: 'build-arg',
    history: { legacy: /^\|1 APP_VERSION=2 \/bin\/sh -c echo "\$APP_VERSION" > \/app\/version$/, buildkit: /^RUN \|1 APP_VERSION=2 \/bin\/sh -c echo "\$APP_VERSION" > \/app\/version # buildkit$/ },
    instruction: { legacy: 'RUN echo "$APP_VERSION" > /app/version', buildkit: 'RUN echo "$APP_VERSION" > /app/version' },
    line: (d) => lineOf(d, 'RUN echo "$APP_VERSION"'),
    changedFiles: () => [{ path: '/app/version', change: 'modified', sizeBytes: 2 }],
  },
  'base-image': {
    kind: 'base-image',
    history: { legacy: /^\/bin\/sh -c echo v2 > \/etc\/base-release$/, buildkit: /^RUN \/bin\/sh -c echo v2 > \/etc\/base-release # buildkit$/ },
    instruction: { legacy: 'RUN echo v2 > /etc/base-release', buildkit: 'RUN echo v2 > /etc/base-release' },
    line: (d) => lineOf(d, 'FROM '),
    changedFiles: () => [{ path: '/etc/base-release', change: 'modified', sizeBytes: 3 }],
  },
  label: {
    kind: 'config',
    history: null,
    instruction: null,
    line: (d) => lineOf(d, 'LABEL org.example.release='),
    changedFiles: () => [],
  },
};

/** Flattens an image config as the report names its keys: `Labels.org.example.release`, `Env.PORT`, `Cmd`. */
function flattenConfig(config: Record<string, unknown>): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(config)) {
    if (key === 'Labels' && value && typeof value === 'object') {
      for (const [label, text] of Object.entries(value)) flat.set(`Labels.${label}`, text);
    } else if (key === 'Env' && Array.isArray(value)) {
      for (const pair of value as string[]) flat.set(`Env.${pair.slice(0, pair.indexOf('='))}`, pair.slice(pair.indexOf('=') + 1));
    } else {
      flat.set(key, value);
    }
  }
  return flat;
}

describe.each(BUILDERS)('whale cache on rebuilds of fixtures/cache-app by the $label', (builder) => {
  it.each(VARIANTS)('finds the first rebuilt layer, its cause and its line when the rebuild changes: %s', async (variant) => {
    const r = results.get(builder.slug)!;
    const old = r.images.baseline;
    const next = r.images[variant];
    const expected = EXPECTED[variant];
    const dockerfile = join(r.contexts[variant], 'Dockerfile');

    // The known index, twice: where the engine's layer lists part, and where the changed instruction's layer is
    // in the new build's history. The rebuilds really reused the baseline's cache below it.
    const parted = firstDifference(chainIds(old.diffIds), chainIds(next.diffIds));
    if (expected.history) {
      const pattern = expected.history[builder.slug]!;
      const made = next.layerHistory.findIndex((createdBy) => pattern.test(createdBy));
      expect(made, `${pattern} in ${JSON.stringify(next.layerHistory)}`).toBeGreaterThan(0);
      expect(parted).toBe(made);
    } else {
      expect(next.diffIds).toEqual(old.diffIds);
      expect(parted).toBeNull();
      expect(next.id).not.toBe(old.id);
    }
    if (variant === 'base-image') {
      // The base image itself parts at its own RUN layer: busybox (layer 0) is shared.
      expect(firstDifference(r.baseV1.diffIds, r.baseV2.diffIds)).toBe(1);
      expect(parted).toBe(1);
    }

    const report = await whaleCache(`docker://${old.name}`, `docker://${next.name}`, dockerfile);
    expect(report.version).toBe(1);
    expect(report.old.reference).toContain(old.name);
    expect(report.new.reference).toContain(next.name);
    expect(report.old.configDigest).toBe(old.id);
    expect(report.new.configDigest).toBe(next.id);

    expect(report.firstRebuiltLayer).toBe(parted);
    expect(report.reusedLayers).toBe(parted ?? next.diffIds.length);
    expect(report.configOnly).toBe(variant === 'label');
    expect(report.cause.kind).toBe(expected.kind);
    expect(typeof report.cause.summary).toBe('string');
    expect(report.cause.summary.length).toBeGreaterThan(0);
    expect(report.dockerfileLine).toBe(expected.line(dockerfile));
    expect(report.changedFiles).toEqual(expected.changedFiles(r));

    const wanted = expected.instruction?.[builder.slug];
    if (wanted === undefined) {
      // No layer was rebuilt: no instruction, or the LABEL that changed.
      if (report.instruction !== null) expect(report.instruction).toMatch(/^LABEL org\.example\.release=/);
    } else if (typeof wanted === 'string') {
      expect(report.instruction).toBe(wanted);
    } else {
      expect(report.instruction).toMatch(wanted);
    }

    // Bytes rebuilt: the new image's layer tars from the first rebuilt one up, as tar lists them.
    const rebuilt = parted === null ? 0 : next.layers.slice(parted).reduce((sum, l) => sum + l.size, 0);
    expect(report.rebuiltBytes).toBe(rebuilt);
    if (parted !== null) expect(report.rebuiltBytes).toBeGreaterThan(0);

    // The new build's layers: the engine's diff_ids, ChainIDs computed here, tar's sizes, reuse below the change.
    const chains = chainIds(next.diffIds);
    expect(report.layers.map((l) => [l.index, l.diffId, l.chainId, l.sizeBytes, l.reused])).toEqual(
      next.diffIds.map((diffId, i) => [i, diffId, chains[i], next.layers[i]!.size, parted === null || i < parted]),
    );
    // Layers 0 (busybox) and 1 (the base's RUN) are the base image's; the rest come from the Dockerfile in order.
    expect(report.layers.map((l) => l.base)).toEqual(next.diffIds.map((_, i) => i < 2));
    expect(report.layers.slice(2).map((l) => l.dockerfileLine)).toEqual([
      lineOf(dockerfile, 'WORKDIR /app'),
      lineOf(dockerfile, 'COPY requirements.txt .'),
      lineOf(dockerfile, 'RUN mkdir -p deps'),
      lineOf(dockerfile, 'RUN echo "$APP_VERSION"'),
      lineOf(dockerfile, 'COPY . .'),
    ]);

    if (variant === 'build-arg') {
      expect(report.cause.buildArgs).toEqual([{ name: 'APP_VERSION', old: '1', new: '2' }]);
    }
    if (variant === 'label') {
      // Every key whale names really differs between the two configs, and the label is the only one the
      // Dockerfile changed. The classic builder's `Image` (the ID of the intermediate image the last step ran
      // on) differs too, but it is the builder's bookkeeping, not configuration: it changes with any earlier
      // step and OCI conversions drop it, so naming it would make the answer depend on where the image is read.
      const before = flattenConfig(old.config);
      const after = flattenConfig(next.config);
      expect(report.cause.configKeys).toEqual([{ key: 'Labels.org.example.release', old: '1', new: '2' }]);
      for (const entry of report.cause.configKeys ?? []) {
        expect(entry.old, entry.key).toEqual(before.get(entry.key) ?? null);
        expect(entry.new, entry.key).toEqual(after.get(entry.key) ?? null);
        expect(entry.old, entry.key).not.toEqual(entry.new);
      }
    }
  }, 120_000);

  it('says nothing was rebuilt when both references are the same image', async () => {
    const r = results.get(builder.slug)!;
    const image = r.images.baseline;
    const report = await whaleCache(`docker://${image.name}`, `docker://${image.name}`, join(r.contexts.baseline, 'Dockerfile'));
    expect(report.cause.kind).toBe('none');
    expect(report.firstRebuiltLayer).toBeNull();
    expect(report.instruction).toBeNull();
    expect(report.configOnly).toBe(false);
    expect(report.changedFiles).toEqual([]);
    expect(report.rebuiltBytes).toBe(0);
    expect(report.reusedLayers).toBe(image.diffIds.length);
    expect(report.dockerfileLine).toBeNull();
    expect(report.layers.every((l) => l.reused)).toBe(true);
  }, 60_000);

  it('OCI layouts holding several tags of one repository compare correctly', async () => {
    const r = results.get(builder.slug)!;
    const layout = join(work, `${builder.slug}-oci-layout`);
    const tags: Array<[string, Built]> = [['old', r.images.baseline], ['new', r.images.files], ['label', r.images.label], ['arg', r.images['build-arg']]];
    // One layout, one repository, four tags; skopeo writes them one after the other into the same index.json.
    for (const [tag, image] of tags) await must('skopeo', ['copy', '-q', `docker-archive:${image.save}`, `oci:${layout}:${tag}`]);
    const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as { manifests: Array<{ annotations?: Record<string, string> }> };
    expect(index.manifests.map((m) => m.annotations?.['org.opencontainers.image.ref.name'])).toEqual(tags.map(([tag]) => tag));

    for (const [tag, variant] of [['new', 'files'], ['label', 'label'], ['arg', 'build-arg']] as const) {
      const dockerfile = join(r.contexts[variant], 'Dockerfile');
      const engine = await whaleCache(`docker://${r.images.baseline.name}`, `docker://${r.images[variant].name}`, dockerfile);
      const offline = await whaleCache(`oci:${layout}:old`, `oci:${layout}:${tag}`, dockerfile);
      expect(offline.old.reference).toContain(`${layout}:old`);
      expect(offline.new.reference).toContain(`${layout}:${tag}`);
      expect.soft(sourceFree(offline), `oci:…:old -> oci:…:${tag}`).toEqual(sourceFree(engine));
      // One side from the engine, the other from the layout.
      const mixed = await whaleCache(`docker://${r.images.baseline.name}`, `oci:${layout}:${tag}`, dockerfile);
      expect.soft(sourceFree(mixed), `docker:// -> oci:…:${tag}`).toEqual(sourceFree(engine));
    }
    // The tags are told apart: the old tag against itself is no change at all; so is the same image read once
    // from the engine and once from the layout (skopeo drops the Docker-only config fields on the way).
    for (const [first, second] of [[`oci:${layout}:old`, `oci:${layout}:old`], [`docker://${r.images.baseline.name}`, `oci:${layout}:old`]] as const) {
      const same = await whaleCache(first, second);
      expect.soft({ kind: same.cause.kind, first: same.firstRebuiltLayer, configOnly: same.configOnly, bytes: same.rebuiltBytes, keys: same.cause.configKeys ?? [] }, `${first} -> ${second}`)
        .toEqual({ kind: 'none', first: null, configOnly: false, bytes: 0, keys: [] });
    }
  }, 180_000);
});
