// Shared by the real-build tests (cache-engine*.test.ts, image-engine.test.ts, lint-image.test.ts): running the
// engine's clients and whale, the `whale cache` JSON report's shape, and the facts about a built image that come
// from elsewhere than whale (the layer lists of `docker image inspect`, the history in the config of `docker save`,
// the layer tars listed by `tar`, ChainIDs computed here, and the Dockerfile's own lines).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { runAsync, WHALE, type Run } from '../cli/helpers';

export const ROOT = resolve(__dirname, '../..');
// The newest client on PATH does legacy builds; Debian's 20.10 client does BuildKit builds without buildx.
export const DOCKER_2010 = '/usr/bin/docker';

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): Promise<Run> {
  return runAsync(command, args, { cwd, env });
}

export async function must(command: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): Promise<string> {
  const result = await run(command, args, env, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.code}): ${result.stderr.slice(-2000)}`);
  return result.stdout;
}

/**
 * Throws unless the private engine is there: DOCKER_HOST set, the engine answering, the tools and the busybox
 * image the builds start from present, and the other base images named (the Debian one needs WHALE_DEBOOTSTRAP=1).
 * These tests fail loudly without it; they never skip.
 */
export async function requireEngine(tools: string[] = ['tar'], bases: string[] = []): Promise<void> {
  const host = process.env['DOCKER_HOST'];
  if (!host) throw new Error('DOCKER_HOST is not set: run the tests with `npm test` (scripts/test.sh starts the engine)');
  const version = await run(DOCKER_2010, ['version', '--format', '{{.Server.Version}}']);
  if (version.code !== 0) throw new Error(`the Docker Engine at ${host} is not reachable: ${version.stderr.trim()}`);
  for (const tool of tools) {
    if ((await run(tool, ['--version'])).code !== 0) throw new Error(`${tool} is not installed: scripts/engine.sh installs it`);
  }
  if ((await run(DOCKER_2010, ['image', 'inspect', 'whale-test/busybox:latest'])).code !== 0) {
    throw new Error('whale-test/busybox:latest is missing: scripts/engine.sh start imports it');
  }
  for (const base of bases) {
    if ((await run(DOCKER_2010, ['image', 'inspect', base])).code !== 0) {
      throw new Error(`${base} is missing: scripts/engine.sh start (with WHALE_DEBOOTSTRAP=1) imports it`);
    }
  }
}

// --- the report (src/image/cache-report.ts) -------------------------------------------------------------------

export interface CacheJson {
  version: number;
  old: { reference: string; digest: string | null; configDigest?: string; layers?: number; sizeBytes?: number };
  new: { reference: string; digest: string | null; configDigest?: string; layers?: number; sizeBytes?: number };
  firstRebuiltLayer: number | null;
  instruction: string | null;
  configOnly: boolean;
  cause: {
    kind: string;
    summary: string;
    buildArgs?: Array<{ name: string; old: string | null; new: string | null }>;
    configKeys?: Array<{ key: string; old: unknown; new: unknown }>;
    oldInstruction?: string | null;
    newInstruction?: string | null;
    [key: string]: unknown;
  };
  changedFiles: Array<{ path: string; change: string; sizeBytes: number; attributes?: string[] }>;
  rebuiltBytes: number;
  reusedLayers: number;
  dockerfileLine: number | null;
  dockerfile?: string | null;
  layers: Array<{ index: number; diffId: string; chainId: string; sizeBytes: number; instruction: string | null; dockerfileLine: number | null; reused: boolean; base: boolean }>;
  warnings?: string[];
}

export async function whaleCache(old: string, next: string, dockerfile?: string): Promise<CacheJson> {
  const args = [WHALE, 'cache', '--format', 'json', '--no-progress', ...(dockerfile ? ['--dockerfile', dockerfile] : []), old, next];
  const result = await run(process.execPath, args);
  if (result.code !== 0) throw new Error(`whale ${args.slice(1).join(' ')} exited ${result.code}: ${result.stderr}`);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as CacheJson;
}

// --- independent facts about a built image ----------------------------------------------------------------------

/** One layer tar as `tar -tvf` lists it: the sum of the header sizes, the entries, each regular file's size by `/path`. */
export interface TarListing { size: number; entries: number; files: Map<string, number> }

/** `tar -tvf` of one layer: the sum of the header sizes and the entries, as GNU tar lists them. */
export async function listLayer(path: string): Promise<TarListing> {
  const out = await must('tar', ['--numeric-owner', '-tvf', path]);
  const files = new Map<string, number>();
  let size = 0;
  let entries = 0;
  for (const line of out.split('\n')) {
    if (line === '') continue;
    // -rw-r--r-- 0/0  300000 2024-01-01 00:00 data/big.bin ; devices show "major,minor" instead of a size.
    const match = /^(\S)\S*\s+\S+\s+(\S+)\s+\S+\s+\S+\s(.*)$/.exec(line);
    if (!match) throw new Error(`unexpected tar listing line: ${line}`);
    const [, type, sizeField, rest] = match;
    const name = rest.replace(/ (->|link to) .*$/, '').replace(/^\.\//, '').replace(/\/$/, '');
    if (name === '' || name === '.') continue; // the layer's root directory
    entries++;
    const bytes = /^\d+$/.test(sizeField) ? Number(sizeField) : 0;
    size += bytes;
    if (type === '-') files.set(`/${name}`, bytes);
  }
  return { size, entries, files };
}

export interface Built {
  name: string;
  id: string;
  diffIds: string[];
  /** The layer tars of `docker save`, listed by tar, oldest first. */
  layers: TarListing[];
  /** created_by of the history entries that made a layer, oldest first (from the saved config). */
  layerHistory: string[];
  config: Record<string, unknown>;
  save: string;
}

export interface Saved {
  /** The `docker save` archive. */
  save: string;
  /** Where it is extracted. */
  extracted: string;
  manifest: { Config: string; Layers: string[] };
  /** Its layer tars, listed by tar, oldest first. */
  layers: TarListing[];
}

/** `docker save` of an image to <work>/<slug>.tar, extracted to <work>/<slug>-extracted, and its layer tars listed. */
export async function saveImage(work: string, name: string, slug = name.replace(/[^a-z0-9]+/gi, '-')): Promise<Saved> {
  const save = join(work, `${slug}.tar`);
  await must('docker', ['save', '-o', save, name]);
  const extracted = join(work, `${slug}-extracted`);
  mkdirSync(extracted);
  await must('tar', ['-xf', save, '-C', extracted]);
  const [manifest] = JSON.parse(readFileSync(join(extracted, 'manifest.json'), 'utf8')) as Array<{ Config: string; Layers: string[] }>;
  const layers: TarListing[] = [];
  for (const layer of manifest.Layers) layers.push(await listLayer(join(extracted, layer)));
  return { save, extracted, manifest, layers };
}

export async function describeImage(work: string, name: string, slug?: string): Promise<Built> {
  const [inspected] = JSON.parse(await must(DOCKER_2010, ['image', 'inspect', name])) as Array<{ Id: string; RootFS: { Layers: string[] }; Config: Record<string, unknown> }>;
  const { save, extracted, manifest, layers } = await saveImage(work, name, slug);
  const config = JSON.parse(readFileSync(join(extracted, manifest.Config), 'utf8')) as { history: Array<{ created_by?: string; empty_layer?: boolean }>; rootfs: { diff_ids: string[] } };
  expect(config.rootfs.diff_ids).toEqual(inspected.RootFS.Layers);
  const layerHistory = config.history.filter((h) => h.empty_layer !== true).map((h) => h.created_by ?? '');
  expect(layerHistory).toHaveLength(layers.length);
  return { name, id: inspected.Id, diffIds: inspected.RootFS.Layers, layers, layerHistory, config: inspected.Config, save };
}

export function chainIds(diffIds: string[]): string[] {
  const chain: string[] = [];
  for (const diffId of diffIds) {
    chain.push(chain.length === 0 ? diffId : `sha256:${createHash('sha256').update(`${chain[chain.length - 1]} ${diffId}`).digest('hex')}`);
  }
  return chain;
}

/** The first index where the layer stacks part (ChainIDs differ), from the engine's own layer lists. */
export function firstDifference(old: string[], next: string[]): number | null {
  for (let i = 0; i < next.length; i++) if (old[i] !== next[i]) return i;
  return null;
}

/** 1-based line of the Dockerfile line that starts with `prefix` (exactly one). */
export function lineOf(dockerfile: string, prefix: string): number {
  const lines = readFileSync(dockerfile, 'utf8').split('\n');
  const found = lines.flatMap((line, i) => (line.startsWith(prefix) ? [i + 1] : []));
  if (found.length !== 1) throw new Error(`${dockerfile}: ${found.length} lines start with ${prefix}`);
  return found[0]!;
}

// --- the builders -----------------------------------------------------------------------------------------------

export interface Builder { label: string; slug: string; docker: string; env: NodeJS.ProcessEnv }
export const BUILDERS: Builder[] = [
  { label: 'legacy builder', slug: 'legacy', docker: 'docker', env: { DOCKER_BUILDKIT: '0' } },
  { label: 'BuildKit', slug: 'buildkit', docker: DOCKER_2010, env: { DOCKER_BUILDKIT: '1' } },
];
