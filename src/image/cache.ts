// Why a build did not reuse the layers of an earlier one (`whale cache OLD NEW`).
//
// Two builds share a layer exactly as far as their ChainIDs agree, so the first index where they differ is the
// first layer the builder made again; its history entry is the instruction that missed the cache. The cause is
// read from what the builder keys its cache on, in this order:
//   base-image   the layer belongs to the base image (below the Dockerfile's first instruction, with --dockerfile;
//                without it, layer 0, or a RUN whose text, build args and preceding entries are all unchanged);
//   build-arg    a RUN's `|N K=V` build args differ (both builders record the args in scope);
//   instruction  the instruction's text differs, or an empty-layer entry just before it (ENV, ARG, LABEL...)
//                does; the classic builder's `file:<hash>` content hashes are not text;
//   files        a COPY or ADD whose text is unchanged: the files it copied changed (listed from the two layers);
//   none         nothing recorded changed: the builder had no cache for the layer (--no-cache, another host).
// When every layer is shared, a different config is a config-only change (LABEL, ENV, CMD...) and the keys that
// differ are named.
import { createHash } from 'node:crypto';
import type { Dockerfile, Instruction } from '../dockerfile/model';
import type {
  CacheCause, CacheLayer, CacheReport, ChangedBuildArg, ChangedConfigKey, ChangedFile, FileChangeKind,
} from './cache-report';
import { lineOf, mapDockerfile, type DockerfileMapping } from './dockerfile-map';
import { mapHistory, parseCreatedBy, type LayerHistory, type MappedHistory } from './history';
import type { HistoryEntry, ImageConfig, ImageData, LayerEntry } from './types';

export interface CompareOptions {
  /** The Dockerfile the new image was built from: maps layers to lines and finds the base image exactly. */
  dockerfile?: Dockerfile | null;
}

/** ChainID(L0) = DiffID(L0); ChainID(L0..n) = sha256(ChainID(L0..n-1) + " " + DiffID(Ln)). */
export function chainIds(diffIds: readonly string[]): string[] {
  const chain: string[] = [];
  for (const diffId of diffIds) {
    const below = chain[chain.length - 1];
    chain.push(below === undefined ? diffId : `sha256:${createHash('sha256').update(`${below} ${diffId}`).digest('hex')}`);
  }
  return chain;
}

/** The number of bottom layers two ChainID lists share. */
function sharedLayers(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

interface Side {
  image: ImageData;
  chain: string[];
  history: MappedHistory;
  mapping: DockerfileMapping | null;
}

function side(image: ImageData, dockerfile: Dockerfile | null): Side {
  const layerCount = image.layers.length;
  return {
    image,
    chain: chainIds(image.layers.map((layer) => layer.diffId)),
    history: mapHistory(image.config, layerCount),
    mapping: dockerfile ? mapDockerfile(image.config, layerCount, dockerfile) : null,
  };
}

const layerBytes = (image: ImageData, from: number): number =>
  image.layers.slice(from).reduce((sum, layer) => sum + layer.entries.reduce((s, e) => s + e.size, 0), 0);

export function compareBuilds(oldImage: ImageData, newImage: ImageData, options: CompareOptions = {}): CacheReport {
  const dockerfile = options.dockerfile ?? null;
  const before = side(oldImage, dockerfile);
  const after = side(newImage, dockerfile);
  const shared = sharedLayers(before.chain, after.chain);
  const first = shared < newImage.layers.length ? shared : null;
  const sameLayers = first === null && oldImage.layers.length === newImage.layers.length;
  // Config digests also differ between encodings of one image (skopeo drops Docker's empty fields), so the
  // configs are compared by what they say, not by their bytes.
  const configKeys = sameLayers ? diffConfig(oldImage.config, newImage.config) : [];
  const historyChanged = sameLayers && historyText(oldImage.config) !== historyText(newImage.config);
  const configOnly = configKeys.length > 0 || historyChanged;

  let cause: CacheCause;
  let line: number | null = null;
  if (first !== null) {
    cause = layerCause(before, after, first);
    line = cause.kind === 'base-image' && after.mapping
      ? lineOf(after.mapping.from)
      : instructionLine(after, first);
  } else if (!sameLayers) {
    cause = {
      kind: 'instruction',
      summary: `the new build has ${newImage.layers.length} layers where the old one has ${oldImage.layers.length}, all of them shared: layer-making instructions were removed from the end`,
    };
  } else if (configOnly) {
    cause = {
      kind: 'config',
      summary: configKeys.length > 0
        ? `every layer was reused; only the config changed (${configKeys.map((k) => k.key).join(', ')})`
        : 'every layer was reused; only the config\'s history changed',
      configKeys,
    };
    line = configLine(before, after, configKeys);
  } else {
    cause = { kind: 'none', summary: 'the two builds are the same image' };
  }

  const warnings: string[] = [];
  if (after.mapping && after.mapping.matched < after.mapping.expected) {
    warnings.push(`${dockerfile!.path}: only ${after.mapping.matched} of its ${after.mapping.expected} instructions match the new image's history; the lines shown may be wrong`);
  }
  const firstHistory = first === null ? null : after.history.layers[first]!;
  return {
    old: buildSide(oldImage),
    new: buildSide(newImage),
    firstRebuiltLayer: first,
    instruction: firstHistory?.instruction ?? (firstHistory?.createdBy || null),
    configOnly,
    cause,
    changedFiles: first === null ? [] : changedFiles(oldImage.layers[first]?.entries ?? [], newImage.layers[first]!.entries),
    rebuiltBytes: first === null ? 0 : layerBytes(newImage, first),
    reusedLayers: shared,
    dockerfileLine: line,
    dockerfile: dockerfile?.path ?? null,
    layers: newImage.layers.map((layer, index): CacheLayer => {
      const instruction = after.mapping?.layers[index] ?? null;
      return {
        index,
        diffId: layer.diffId,
        chainId: after.chain[index]!,
        sizeBytes: layer.entries.reduce((sum, entry) => sum + entry.size, 0),
        instruction: after.history.layers[index]?.instruction ?? null,
        dockerfileLine: instruction ? lineOf(instruction) : null,
        reused: index < shared,
        base: after.mapping !== null && index < after.mapping.baseLayers,
      };
    }),
    warnings,
  };
}

function buildSide(image: ImageData): CacheReport['old'] {
  return {
    reference: image.reference,
    digest: image.digest,
    configDigest: image.configDigest,
    layers: image.layers.length,
    sizeBytes: layerBytes(image, 0),
  };
}

function instructionLine(s: Side, layer: number): number | null {
  const instruction = s.mapping?.layers[layer];
  return instruction ? lineOf(instruction) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// The cause of a rebuilt layer

/**
 * An instruction as recorded, without what changes between builds of the same text: the classic builder's
 * content hashes (`COPY file:<hash> in .`, `ADD dir:<hash> in /`) and the build args (compared on their own).
 */
export function comparableText(history: Pick<LayerHistory, 'instruction' | 'createdBy'>): string {
  return (history.instruction ?? history.createdBy).replace(/\b(file|dir|multi):[0-9a-f]{64}\b/g, '$1:…').trim();
}

/** The history as the builders wrote it, without creation times (two builds never share those). */
function historyText(config: ImageConfig): string {
  return (config.history ?? []).map((entry) => `${entry.empty_layer === true ? 'empty ' : ''}${entryText(entry)}`).join('\n');
}

function entryText(entry: HistoryEntry): string {
  return (typeof entry.created_by === 'string' ? entry.created_by : '').replace(/\s+# buildkit$/, '').trim();
}

function layerCause(before: Side, after: Side, index: number): CacheCause {
  const newLayer = after.history.layers[index]!;
  const oldLayer: LayerHistory | undefined = before.history.layers[index];
  const mapping = after.mapping;

  if (mapping !== null ? index < mapping.baseLayers : index === 0) {
    return baseCause(before, after, `layer ${index} belongs to the base image, which differs between the builds`);
  }
  if (oldLayer === undefined) {
    return {
      kind: 'instruction',
      summary: 'the new build has more layers: an instruction was added',
      oldInstruction: null,
      newInstruction: newLayer.instruction,
    };
  }

  const buildArgs = diffBuildArgs(oldLayer.buildArgs ?? {}, newLayer.buildArgs ?? {});
  if (buildArgs.length > 0) {
    const names = buildArgs.map((arg) => `${arg.name} (${show(arg.old)} -> ${show(arg.new)})`).join(', ');
    return { kind: 'build-arg', summary: `the build argument${buildArgs.length > 1 ? 's' : ''} ${names} changed`, buildArgs };
  }

  const oldText = comparableText(oldLayer);
  const newText = comparableText(newLayer);
  if (oldText !== newText) {
    return {
      kind: 'instruction',
      summary: 'the instruction\'s text changed',
      oldInstruction: oldLayer.instruction ?? oldLayer.createdBy,
      newInstruction: newLayer.instruction ?? newLayer.createdBy,
    };
  }

  // An ENV, ARG or LABEL just before the layer is part of what the builder keys the layer on.
  const oldEmpty = oldLayer.emptyBefore.map(entryText);
  const newEmpty = newLayer.emptyBefore.map(entryText);
  if (oldEmpty.join('\n') !== newEmpty.join('\n')) {
    const at = firstDifference(oldEmpty, newEmpty);
    return {
      kind: 'instruction',
      summary: 'an instruction that makes no layer, just before this one, changed',
      oldInstruction: oldLayer.emptyBefore[at] ? describe(oldLayer.emptyBefore[at]!) : null,
      newInstruction: newLayer.emptyBefore[at] ? describe(newLayer.emptyBefore[at]!) : null,
    };
  }

  if (newLayer.keyword === 'COPY' || newLayer.keyword === 'ADD') {
    return { kind: 'files', summary: `the files the ${newLayer.keyword} copies changed` };
  }
  if (mapping === null && newLayer.keyword === 'RUN') {
    return baseCause(before, after, `nothing this RUN records changed, so the layers below it came from a different base image (or the builder had no cache for it)`);
  }
  return {
    kind: 'none',
    summary: 'nothing the instruction records changed: the builder had no cache for it (--no-cache, another host, or a pruned cache)',
  };
}

function baseCause(before: Side, after: Side, summary: string): CacheCause {
  return {
    kind: 'base-image',
    summary,
    oldBaseLayers: before.mapping?.baseLayers ?? null,
    newBaseLayers: after.mapping?.baseLayers ?? null,
  };
}

function describe(entry: HistoryEntry): string {
  return parseCreatedBy(typeof entry.created_by === 'string' ? entry.created_by : '').instruction ?? entryText(entry);
}

function show(value: string | null): string {
  return value === null ? 'unset' : JSON.stringify(value);
}

function firstDifference(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function diffBuildArgs(old: Record<string, string>, next: Record<string, string>): ChangedBuildArg[] {
  const names = [...new Set([...Object.keys(old), ...Object.keys(next)])].sort();
  return names
    .filter((name) => old[name] !== next[name])
    .map((name) => ({ name, old: old[name] ?? null, new: next[name] ?? null }));
}

// ---------------------------------------------------------------------------------------------------------------
// Files

function lastByPath(entries: readonly LayerEntry[]): Map<string, LayerEntry> {
  const byPath = new Map<string, LayerEntry>();
  for (const entry of entries) byPath.set(entry.path, entry);
  return byPath;
}

const METADATA = ['type', 'mode', 'uid', 'gid', 'linkTarget'] as const;

/** Entries added, removed, changed in content, or changed in metadata between two versions of one layer. */
export function changedFiles(oldEntries: readonly LayerEntry[], newEntries: readonly LayerEntry[]): ChangedFile[] {
  const old = lastByPath(oldEntries);
  const next = lastByPath(newEntries);
  const changes: ChangedFile[] = [];
  const add = (entry: LayerEntry, change: FileChangeKind, attributes?: string[]): void => {
    changes.push({
      path: `/${entry.path}`, change, sizeBytes: entry.size,
      ...(attributes ? { attributes } : {}),
      ...(entry.type !== 'file' ? { type: entry.type } : {}),
    });
  };
  for (const [path, entry] of next) {
    const was = old.get(path);
    if (was === undefined) {
      add(entry, 'added');
      continue;
    }
    const differs = METADATA.filter((key) => was[key] !== entry[key]);
    if (differs.includes('type')) add(entry, 'modified', differs);
    else if (entry.type === 'file' && (was.size !== entry.size || was.digest !== entry.digest)) add(entry, 'modified');
    else if (differs.length > 0) add(entry, 'metadata', differs);
  }
  for (const [path, entry] of old) if (!next.has(path)) add(entry, 'removed');
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------------------------
// Config

/** The runtime config keys whose values differ, maps compared key by key (`Labels.version`, `Env.PORT`). */
export function diffConfig(old: ImageConfig, next: ImageConfig): ChangedConfigKey[] {
  const a = flattenConfig(old);
  const b = flattenConfig(next);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  return keys
    .filter((key) => JSON.stringify(a.get(key)) !== JSON.stringify(b.get(key)))
    .map((key) => ({ key, old: a.get(key) ?? null, new: b.get(key) ?? null }));
}

/**
 * Keys that do not describe the image: `Image` is the classic builder's pointer to the previous step's image,
 * which changes with any earlier step; the rest are `docker run` settings the engine stores empty.
 */
const NOT_IMAGE_KEYS = new Set(['Image', 'Hostname', 'Domainname', 'AttachStdin', 'AttachStdout', 'AttachStderr', 'Tty', 'OpenStdin', 'StdinOnce', 'ArgsEscaped']);

/** A value that says nothing: engines write `null`, `false`, `""`, `[]` or `{}` where other tools omit the key. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value as object).length === 0;
}

function flattenConfig(config: ImageConfig): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const key of ['architecture', 'os', 'variant'] as const) if (!isEmpty(config[key])) flat.set(key, config[key]);
  const runtime: Record<string, unknown> = config.config ?? {};
  for (const [key, value] of Object.entries(runtime)) {
    if (isEmpty(value) || NOT_IMAGE_KEYS.has(key)) continue;
    if (key === 'Env' && Array.isArray(value)) {
      for (const pair of value) {
        const text = String(pair);
        const eq = text.indexOf('=');
        flat.set(`Env.${eq < 0 ? text : text.slice(0, eq)}`, eq < 0 ? '' : text.slice(eq + 1));
      }
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [name, inner] of Object.entries(value as Record<string, unknown>)) flat.set(`${key}.${name}`, inner);
    } else {
      flat.set(key, value);
    }
  }
  return flat;
}

/** Which instruction sets a config key: the keyword, and the pair key for ENV and LABEL. */
function configSource(key: string): { keyword: string; name?: string } | null {
  const dot = key.indexOf('.');
  const head = dot < 0 ? key : key.slice(0, dot);
  const name = dot < 0 ? undefined : key.slice(dot + 1);
  const keyword: Record<string, string> = {
    Labels: 'LABEL', Env: 'ENV', Cmd: 'CMD', Entrypoint: 'ENTRYPOINT', ExposedPorts: 'EXPOSE', Volumes: 'VOLUME',
    User: 'USER', WorkingDir: 'WORKDIR', Healthcheck: 'HEALTHCHECK', StopSignal: 'STOPSIGNAL', Shell: 'SHELL', OnBuild: 'ONBUILD',
  };
  const found = keyword[head];
  if (!found) return null;
  return head === 'Labels' || head === 'Env' ? { keyword: found, ...(name !== undefined ? { name } : {}) } : { keyword: found };
}

/**
 * The line of the instruction behind a config-only change: the first history entry whose text differs between
 * the builds (both builders record LABEL, ENV, CMD... as empty-layer entries), else the last instruction that
 * sets the first changed key.
 */
function configLine(before: Side, after: Side, keys: readonly ChangedConfigKey[]): number | null {
  const mapping = after.mapping;
  if (mapping === null) return null;
  const oldHistory = before.image.config.history ?? [];
  const newHistory = after.image.config.history ?? [];
  if (oldHistory.length === newHistory.length) {
    for (let i = 0; i < newHistory.length; i++) {
      if (entryText(oldHistory[i]!) !== entryText(newHistory[i]!) && mapping.entries[i]) return lineOf(mapping.entries[i]!);
    }
  }
  for (const key of keys) {
    const source = configSource(key.key);
    if (source === null) continue;
    const setter = lastSetter(mapping, source.keyword, source.name);
    if (setter) return lineOf(setter);
  }
  return null;
}

function lastSetter(mapping: DockerfileMapping, keyword: string, name?: string): Instruction | null {
  for (let i = mapping.entries.length - 1; i >= 0; i--) {
    const inst = mapping.entries[i];
    if (!inst || inst.keyword !== keyword) continue;
    if (name === undefined || inst.pairs.some((pair) => pair.key === name)) return inst;
  }
  return null;
}
