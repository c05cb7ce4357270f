// The result of comparing two builds of an image (`whale cache OLD NEW`): what the JSON report carries, and what
// the tty and HTML reports render. Produced by compareBuilds() in cache.ts.
import type { EntryType } from './types';

export type CauseKind = 'files' | 'build-arg' | 'base-image' | 'instruction' | 'config' | 'none';

export type FileChangeKind = 'added' | 'removed' | 'modified' | 'metadata';

export interface ChangedFile {
  /** Absolute path in the image, e.g. `/app/app.py`. */
  path: string;
  change: FileChangeKind;
  /** The file's size in the new layer (in the old one when removed). */
  sizeBytes: number;
  /** Which attributes differ (`mode`, `uid`, `gid`, `linkTarget`, `type`): for `metadata`, and `modified` when the type changed. */
  attributes?: string[];
  /** What the entry is when it is not a regular file: `dir`, `symlink`, `hardlink`, `whiteout` (the layer deletes the path), `opaque`. */
  type?: EntryType;
}

export interface ChangedBuildArg {
  name: string;
  /** null when the argument was not set in that build. */
  old: string | null;
  new: string | null;
}

export interface ChangedConfigKey {
  /** Dotted key, e.g. `Labels.org.example.release`, `Env.PORT`, `Cmd`, `User`. */
  key: string;
  old: unknown;
  new: unknown;
}

export interface CacheCause {
  kind: CauseKind;
  /** One sentence for people: why the builder could not reuse the layer. */
  summary: string;
  /** build-arg: the arguments whose values differ. */
  buildArgs?: ChangedBuildArg[];
  /**
   * instruction: the step as each build recorded it, without content hashes and build args (the changed one
   * may be an empty-layer entry below the rebuilt layer).
   */
  oldInstruction?: string | null;
  newInstruction?: string | null;
  /** config: the config keys that differ. */
  configKeys?: ChangedConfigKey[];
  /** base-image: how many layers each base image has, when known. */
  oldBaseLayers?: number | null;
  newBaseLayers?: number | null;
}

export interface CacheLayer {
  index: number;
  diffId: string;
  chainId: string;
  sizeBytes: number;
  instruction: string | null;
  /** The 1-based Dockerfile line of the instruction that made the layer, with --dockerfile; else null. */
  dockerfileLine: number | null;
  /** That instruction as written in the Dockerfile (continuations joined), with --dockerfile; else null. */
  source: string | null;
  /** True when the same ChainID is in the old build at this index: the layer was reused from the cache. */
  reused: boolean;
  /** True when the layer belongs to the base image (below the Dockerfile's first instruction), when known. */
  base: boolean;
}

export interface BuildSide {
  reference: string;
  digest: string | null;
  configDigest: string;
  layers: number;
  sizeBytes: number;
}

export interface CacheReport {
  old: BuildSide;
  new: BuildSide;
  /** Index of the first layer whose ChainID differs, or null when every layer was reused. */
  firstRebuiltLayer: number | null;
  /** The instruction that missed the cache (the history entry of the first rebuilt layer), or null. */
  instruction: string | null;
  /** The same instruction as written in the Dockerfile, with --dockerfile; else null. */
  source: string | null;
  /** Same layers, different config. */
  configOnly: boolean;
  cause: CacheCause;
  /**
   * Files that differ in the first rebuilt layer (old layer against new layer), when both builds made it with
   * the same instruction; empty otherwise (an `instruction` or `base-image` cause across different layers).
   */
  changedFiles: ChangedFile[];
  /**
   * Bytes (uncompressed, as `whale image` counts layer sizes) of every layer of the new build from the first
   * rebuilt one up: what CI built again and pushes again (compressed).
   */
  rebuiltBytes: number;
  /** Layers of the new build taken from the cache (the bottom layers whose ChainIDs agree). */
  reusedLayers: number;
  /**
   * With --dockerfile, the line of the cause: the FROM for a base image, the ENV or ARG that changed below, the
   * rebuilt instruction (the RUN for a build argument, the COPY for files), the LABEL... for a config change.
   */
  dockerfileLine: number | null;
  /** The Dockerfile given with --dockerfile, or null. */
  dockerfile: string | null;
  /** The new build's layers, oldest first. */
  layers: CacheLayer[];
  /** What makes the answer less certain, e.g. a --dockerfile whose instructions the history does not match. */
  warnings: string[];
}
