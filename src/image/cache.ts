// Why a build did not reuse the layers of an earlier one (`whale cache OLD NEW`).
//
// Two builds share a layer exactly as far as their ChainIDs agree, so the first index where they differ is the
// first layer the builder made again; its history entry is the instruction that missed the cache. The cause is
// the first step, from the bottom of the two histories up to that entry, that the builder keys its cache on and
// that differs between the builds:
//   base-image   the images are for different platforms, or the difference is in the base image's part of the
//                history (below the Dockerfile's first instruction; known with --dockerfile), or the rebuilt
//                layer itself is a base image layer;
//   build-arg    a RUN's `|N K=V` build args differ, its text does not (both builders record the args in scope);
//   instruction  a step's text differs (an ENV, ARG or WORKDIR below the rebuilt layer counts; a LABEL, CMD or
//                EXPOSE counts only for the classic builder, BuildKit does not key later steps on them), a step
//                was added, or layers were removed from the top; `file:<hash>` content hashes are not text;
//   files        nothing recorded differs and the rebuilt layer is a COPY or ADD: the files it copied did, and
//                they are listed from the two versions of the layer;
//   none         nothing recorded differs, and the layer is not a COPY/ADD with changed files: the builder had
//                no cache for it (--no-cache, another host, a pruned cache; the files a RUN then made differently
//                are listed), or only timestamps changed, which whale does not compare.
// When every layer is shared, a different config is a config-only change (LABEL, ENV, CMD...) and the keys that
// differ are named.
import { createHash } from 'node:crypto';
import type { Dockerfile, Instruction, Stage } from '../dockerfile/model';
import type {
  CacheCause, CacheLayer, CacheReport, ChangedBuildArg, ChangedConfigKey, ChangedFile, FileChangeKind,
} from './cache-report';
import { envVariables } from './config';
import { joinedText, lineOf, mapDockerfile, type DockerfileMapping } from './dockerfile-map';
import { BUILDKIT_EXPORTER_COMMENT, createdByOf, mapHistory, parseCreatedBy, type Keyword, type MappedHistory } from './history';
import { layerSize, sizeFrom } from './layers';
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

/** How many leading items two lists share. */
function commonPrefix<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = (x, y) => x === y): number {
  let n = 0;
  while (n < a.length && n < b.length && same(a[n]!, b[n]!)) n++;
  return n;
}

/** One history entry as the cache sees it. */
interface Step {
  /** The instruction without what differs between builds of the same text (content hashes, build args). */
  text: string;
  buildArgs: Record<string, string>;
  keyword: Keyword | null;
  empty: boolean;
  buildkit: boolean;
  entry: HistoryEntry;
}

/**
 * An instruction as recorded, without what changes between builds of the same text: the classic builder's
 * content hashes (`COPY file:<hash> in .`, `ADD dir:<hash> in /`) and the build args (compared on their own).
 */
function comparableText(instruction: string): string {
  return instruction.replace(/\b(file|dir|multi):[0-9a-f]{64}\b/g, '$1:…').trim();
}

function steps(config: ImageConfig): Step[] {
  return (config.history ?? []).map((entry) => {
    const createdBy = createdByOf(entry);
    const parsed = entry.comment === BUILDKIT_EXPORTER_COMMENT ? { instruction: null, keyword: null } : parseCreatedBy(createdBy);
    return {
      text: comparableText(parsed.instruction ?? createdBy),
      buildArgs: 'buildArgs' in parsed && parsed.buildArgs ? parsed.buildArgs : {},
      keyword: parsed.keyword,
      empty: entry.empty_layer === true,
      buildkit: typeof entry.comment === 'string' && entry.comment.startsWith('buildkit.'),
      entry,
    };
  });
}

/** Empty-layer steps BuildKit does not key later steps on (the classic builder keys on every step). */
const METADATA_ONLY = new Set<Keyword>(['LABEL', 'EXPOSE', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'STOPSIGNAL', 'VOLUME', 'MAINTAINER', 'ONBUILD']);

interface Side {
  image: ImageData;
  chain: string[];
  history: MappedHistory;
  steps: Step[];
  mapping: DockerfileMapping | null;
}

function readSide(image: ImageData, dockerfile: Dockerfile | null): Side {
  const layerCount = image.layers.length;
  return {
    image,
    chain: chainIds(image.layers.map((layer) => layer.diffId)),
    history: mapHistory(image.config, layerCount),
    steps: steps(image.config),
    mapping: dockerfile ? mapDockerfile(image.config, layerCount, dockerfile) : null,
  };
}

export function compareBuilds(oldImage: ImageData, newImage: ImageData, options: CompareOptions = {}): CacheReport {
  const dockerfile = options.dockerfile ?? null;
  const before = readSide(oldImage, dockerfile);
  const after = readSide(newImage, dockerfile);
  const shared = commonPrefix(before.chain, after.chain);
  const first = shared < newImage.layers.length ? shared : null;
  const sameLayers = first === null && oldImage.layers.length === newImage.layers.length;
  // Config digests also differ between encodings of one image (skopeo drops Docker's empty fields), so the
  // configs are compared by what they say, not by their bytes.
  const configKeys = sameLayers ? diffConfig(oldImage.config, newImage.config) : [];
  const historyChanged = sameLayers && historyText(before) !== historyText(after);
  const configOnly = configKeys.length > 0 || historyChanged;

  let found: Found;
  if (first !== null) {
    found = layerCause(before, after, first, dockerfile);
  } else if (!sameLayers) {
    const removed = oldImage.layers.length - newImage.layers.length;
    found = {
      cause: {
        kind: 'instruction',
        summary: `the new build has ${removed} layer${removed === 1 ? '' : 's'} fewer than the old one, and shares all of its own: layer-making instructions were removed from the end`,
      },
      line: null,
    };
  } else if (configOnly) {
    found = {
      cause: {
        kind: 'config',
        summary: configKeys.length > 0
          ? `every layer was reused; only the config changed (${configKeys.map((k) => k.key).join(', ')})`
          : 'every layer was reused; only the config\'s history changed',
        configKeys,
      },
      line: configLine(before, after, configKeys),
    };
  } else {
    found = { cause: { kind: 'none', summary: 'the two builds are the same image' }, line: null };
  }

  const warnings: string[] = [];
  if (dockerfile && after.mapping && after.mapping.matched < after.mapping.expected) {
    warnings.push(`${dockerfile.path}: only ${after.mapping.matched} of the ${after.mapping.expected} instructions of its stage match the new image's history; the lines shown may be wrong`);
  }
  const firstHistory = first === null ? null : after.history.layers[first]!;
  return {
    old: buildSide(oldImage),
    new: buildSide(newImage),
    firstRebuiltLayer: first,
    instruction: firstHistory?.instruction ?? (firstHistory?.createdBy || null),
    source: first === null || !dockerfile ? null : sourceOf(dockerfile, after.mapping?.layers[first] ?? null),
    configOnly,
    cause: found.cause,
    changedFiles: found.changedFiles ?? [],
    rebuiltBytes: first === null ? 0 : sizeFrom(newImage.layers, first),
    reusedLayers: shared,
    dockerfileLine: found.line,
    dockerfile: dockerfile?.path ?? null,
    layers: newImage.layers.map((layer, index): CacheLayer => {
      const instruction = after.mapping?.layers[index] ?? null;
      return {
        index,
        diffId: layer.diffId,
        chainId: after.chain[index]!,
        sizeBytes: layerSize(layer),
        instruction: after.history.layers[index]?.instruction ?? null,
        dockerfileLine: instruction ? lineOf(instruction) : null,
        source: dockerfile ? sourceOf(dockerfile, instruction) : null,
        reused: index < shared,
        base: after.mapping !== null && index < after.mapping.baseLayers,
      };
    }),
    warnings,
  };
}

/** An instruction as written, its continued lines joined into one (`COPY requirements.txt .`). */
function sourceOf(file: Dockerfile, instruction: Instruction | null): string | null {
  return instruction ? joinedText(file, instruction.range) : null;
}

function buildSide(image: ImageData): CacheReport['old'] {
  return {
    reference: image.reference,
    digest: image.digest,
    configDigest: image.configDigest,
    layers: image.layers.length,
    sizeBytes: sizeFrom(image.layers, 0),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The cause of a rebuilt layer

interface Found {
  cause: CacheCause;
  /** The Dockerfile line to point at, when known. */
  line: number | null;
  changedFiles?: ChangedFile[];
}

const sameStep = (a: Step, b: Step): boolean =>
  a.text === b.text && a.empty === b.empty && JSON.stringify(a.buildArgs) === JSON.stringify(b.buildArgs);

/**
 * The base image's history entries and layers, the larger count of the two builds (a base may grow or shrink),
 * and each build's own base layer count; null without a Dockerfile.
 */
function baseOf(before: Side, after: Side): { entries: number; layers: number; oldLayers: number; newLayers: number } | null {
  if (!after.mapping) return null;
  const oldLayers = before.mapping?.baseLayers ?? 0;
  return {
    entries: Math.max(after.mapping.baseEntries, before.mapping?.baseEntries ?? 0),
    layers: Math.max(after.mapping.baseLayers, oldLayers),
    oldLayers,
    newLayers: after.mapping.baseLayers,
  };
}

function layerCause(before: Side, after: Side, index: number, dockerfile: Dockerfile | null): Found {
  const mapping = after.mapping;
  const fromLine = mapping ? lineOf(mapping.from) : null;
  const layerLine = (): number | null => {
    const instruction = mapping?.layers[index];
    return instruction ? lineOf(instruction) : null;
  };
  // The files of a rebuilt base layer are worth listing when the layer is a base layer in both builds.
  const baseCause = (summary: string, files = false): Found => ({
    cause: { kind: 'base-image', summary, oldBaseLayers: before.mapping?.baseLayers ?? null, newBaseLayers: mapping?.baseLayers ?? null },
    line: fromLine,
    ...(files ? { changedFiles: layerChanges(before, after, index) } : {}),
  });

  const oldPlatform = before.image.platform;
  const newPlatform = after.image.platform;
  if (oldPlatform !== null && newPlatform !== null && oldPlatform !== newPlatform) {
    return baseCause(`the builds are for different platforms (${oldPlatform}, then ${newPlatform}): no layer can be shared`);
  }

  // The rebuilt layer's own history entry, and the first step below or at it that the builder keys on and that
  // differs between the builds.
  const rebuilt = after.history.layers[index]!;
  const stepAt = rebuilt.entry ? after.steps.findIndex((step) => step.entry === rebuilt.entry) : -1;
  const last = stepAt >= 0 ? stepAt : after.steps.length - 1;
  let at: number | undefined;
  for (let k = 0; k <= last && at === undefined; k++) {
    const old = before.steps[k];
    const step = after.steps[k]!;
    if (old && sameStep(old, step)) continue;
    const keyedOn = k === stepAt || !step.empty || !step.buildkit || step.keyword === null || !METADATA_ONLY.has(step.keyword);
    if (keyedOn) at = k;
  }
  const base = baseOf(before, after);

  if (at !== undefined) {
    if (base !== null && at < base.entries) {
      const inBothBases = index < base.newLayers && index < base.oldLayers;
      return baseCause(`the base image's history differs from entry ${at} on, so its layers differ`, inBothBases);
    }
    const next = after.steps[at]!;
    const old = before.steps[at];
    const line = mapping?.entries[at] ? lineOf(mapping.entries[at]!) : layerLine();
    if (!old) {
      return { cause: { kind: 'instruction', summary: 'the new build has an instruction the old one does not', oldInstruction: null, newInstruction: next.text }, line };
    }
    if (old.text === next.text && old.empty === next.empty) {
      const buildArgs = diffBuildArgs(old.buildArgs, next.buildArgs);
      const names = buildArgs.map((arg) => `${arg.name} (${show(arg.old)} -> ${show(arg.new)})`).join(', ');
      return {
        cause: { kind: 'build-arg', summary: `the build argument${buildArgs.length > 1 ? 's' : ''} ${names} changed`, buildArgs },
        line,
        ...(at === stepAt ? { changedFiles: filesOf(before, after, index) } : {}),
      };
    }
    return {
      cause: {
        kind: 'instruction',
        summary: at === stepAt ? 'the instruction\'s text changed' : `the ${next.keyword ?? 'instruction'} below it changed, and the builder keys the later steps on it`,
        oldInstruction: old.text,
        newInstruction: next.text,
      },
      line,
    };
  }

  // Nothing recorded differs up to the rebuilt layer.
  if (base !== null ? index < base.layers : index === 0 && isBaseRootfs(rebuilt.keyword, rebuilt.createdBy)) {
    return baseCause(`layer ${index} belongs to the base image, which differs between the builds`, true);
  }
  const changedFiles = filesOf(before, after, index);
  if ((rebuilt.keyword === 'COPY' || rebuilt.keyword === 'ADD') && changedFiles.length > 0) {
    const from = copiedFrom(mapping?.layers[index] ?? null, dockerfile);
    const source = from ? ` from stage ${from.name} (line ${lineOf(from.from)}): something that stage built changed` : '';
    return { cause: { kind: 'files', summary: `the files the ${rebuilt.keyword} copies changed${source}` }, line: layerLine(), changedFiles };
  }
  const why = changedFiles.length === 0 && (rebuilt.keyword === 'COPY' || rebuilt.keyword === 'ADD')
    ? 'the copied files have the same content and attributes (only their timestamps may differ, which whale does not compare), so the builder had no cache for the layer'
    : 'nothing the instruction records changed: the builder had no cache for it (--no-cache, another host, a pruned cache)';
  const hint = mapping === null ? '; or the base image was rebuilt from the same instructions (--dockerfile tells which layers are the base image\'s)' : '';
  return { cause: { kind: 'none', summary: why + hint }, line: layerLine(), changedFiles };
}

/** The classic form of a base image's root filesystem: `ADD file:<hash> in /`, or an imported layer. */
function isBaseRootfs(keyword: Keyword | null, createdBy: string): boolean {
  return keyword === null || (keyword === 'ADD' && / in \/\s*$/.test(createdBy));
}

/** The earlier stage a `COPY --from=<stage>` copies from (by name or index), or null. */
function copiedFrom(instruction: Instruction | null, dockerfile: Dockerfile | null): Stage | null {
  const from = instruction?.flags.find((flag) => flag.name === 'from')?.value;
  if (!from || !dockerfile) return null;
  return dockerfile.stages.find((stage) => stage.name === from.toLowerCase() || String(stage.index) === from) ?? null;
}

/** The files of the rebuilt layer that differ, when both builds made that layer with the same instruction. */
function filesOf(before: Side, after: Side, index: number): ChangedFile[] {
  const oldHistory = before.history.layers[index];
  const newHistory = after.history.layers[index]!;
  if (!oldHistory) return [];
  const same = comparableText(oldHistory.instruction ?? oldHistory.createdBy) === comparableText(newHistory.instruction ?? newHistory.createdBy);
  return same ? layerChanges(before, after, index) : [];
}

function layerChanges(before: Side, after: Side, index: number): ChangedFile[] {
  const oldLayer = before.image.layers[index];
  return oldLayer ? changedFiles(oldLayer.entries, after.image.layers[index]!.entries) : [];
}

/** The history as the builders wrote it, without creation times (two builds never share those). */
function historyText(side: Side): string {
  return side.steps.map((step) => `${step.empty ? 'empty ' : ''}${step.text} ${JSON.stringify(step.buildArgs)}`).join('\n');
}

function show(value: string | null): string {
  return value === null ? 'unset' : JSON.stringify(value);
}

function diffBuildArgs(old: Record<string, string>, next: Record<string, string>): ChangedBuildArg[] {
  const names = [...new Set([...Object.keys(old), ...Object.keys(next)])].sort();
  return names
    .filter((name) => old[name] !== next[name])
    .map((name) => ({ name, old: old[name] ?? null, new: next[name] ?? null }));
}

// ---------------------------------------------------------------------------------------------------------------
// Files

/** The last entry for each path; an opaque marker is keyed apart from its directory's own entry. */
function lastByPath(entries: readonly LayerEntry[]): Map<string, LayerEntry> {
  const byPath = new Map<string, LayerEntry>();
  for (const entry of entries) byPath.set(entry.type === 'opaque' ? `${entry.path}/.wh..wh..opq` : entry.path, entry);
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
  for (const [key, entry] of next) {
    const was = old.get(key);
    if (was === undefined) {
      add(entry, 'added');
      continue;
    }
    const differs = METADATA.filter((key) => was[key] !== entry[key]);
    if (differs.includes('type')) add(entry, 'modified', differs);
    else if (entry.type === 'file' && (was.size !== entry.size || was.digest !== entry.digest)) add(entry, 'modified');
    else if (differs.length > 0) add(entry, 'metadata', differs);
  }
  for (const [key, entry] of old) if (!next.has(key)) add(entry, 'removed');
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
    if (key === 'Env') {
      for (const [name, variable] of envVariables(config)) flat.set(`Env.${name}`, variable);
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
  if (before.steps.length === after.steps.length) {
    for (let i = 0; i < after.steps.length; i++) {
      if (!sameStep(before.steps[i]!, after.steps[i]!) && mapping.entries[i]) return lineOf(mapping.entries[i]!);
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
