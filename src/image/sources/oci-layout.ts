// OCI image layouts: `oci:DIR[:TAG]` (a directory) and the selection logic shared with `oci-archive:` (the same
// layout in a tar, read by the archive reader). index.json -> manifest or nested index -> config + layer blobs.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../../errors.js';
import { READ_CHUNK, summarizeLayer } from '../layers.js';
import type { ImageConfig, ImageData, ImageSource, LayerSummary, ReadOptions } from '../types.js';

/** JSON documents (index, manifest, config) are small; anything larger is not one. */
export const MAX_JSON_SIZE = 8 << 20;

export interface Descriptor {
  mediaType?: string;
  digest: string;
  size?: number;
  platform?: { os?: string; architecture?: string; variant?: string };
  annotations?: Record<string, string>;
}

interface ManifestDocument {
  mediaType?: string;
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: Descriptor[];
}

/** Where the blobs of a layout come from: a directory or an archive already read. */
export interface BlobStore {
  /** The bytes of a small JSON blob, verified against its digest; a UsageError when missing. */
  json(digest: string, what: string): Promise<Buffer>;
  /** The summary of a layer blob, verified against its digest and diff_id. */
  layer(descriptor: Descriptor, index: number, diffId: string | undefined): Promise<LayerSummary>;
}

const DIGEST = /^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;

/** Checks a digest before it is used in a path: a hostile index must not read outside blobs/. */
export function checkDigest(digest: unknown, label: string, what: string): string {
  if (typeof digest !== 'string' || !DIGEST.test(digest)) {
    throw new UsageError(`${label}: ${what} has an invalid digest ${JSON.stringify(digest)}`);
  }
  return digest;
}

export function blobPath(digest: string): string {
  const [alg, hex] = digest.split(':') as [string, string];
  return `blobs/${alg}/${hex}`;
}

export function parseJson<T>(data: Buffer, label: string, what: string): T {
  if (data.length === 0) throw new UsageError(`${label}: ${what} is empty`);
  try {
    return JSON.parse(data.toString('utf8')) as T;
  } catch {
    throw new UsageError(`${label}: ${what} is not valid JSON`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An array whose every item is an object (descriptors, history entries). */
function isRecordArray(value: unknown): value is Array<Record<string, unknown>> {
  return Array.isArray(value) && value.every(isRecord);
}

/**
 * Checks the parts of an image config that are read as structures: the config is an object, and `history`, when
 * present, is a list of objects whose `created_by` and `comment` are strings.
 */
export function checkConfig(config: unknown, label: string, what: string): ImageConfig {
  const invalid = (): UsageError => new UsageError(`${label}: ${what} is not a valid image config`);
  if (!isRecord(config)) throw invalid();
  const history = config['history'];
  if (history !== undefined && history !== null) {
    if (!isRecordArray(history)) throw invalid();
    for (const entry of history) {
      for (const key of ['created_by', 'comment'] as const) {
        if (entry[key] !== undefined && entry[key] !== null && typeof entry[key] !== 'string') throw invalid();
      }
    }
  }
  return config as unknown as ImageConfig;
}

/** The platform of this machine, as image indexes name it. */
export function machinePlatform(): string {
  const arch: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64' };
  return `linux/${arch[process.arch] ?? process.arch}`;
}

/** `os/arch[/variant]`, the way `--platform` is written. */
export function platformString(os: string, architecture: string, variant?: string | null): string {
  return [os, architecture, ...(variant ? [variant] : [])].join('/');
}

function platformName(p: Descriptor['platform']): string {
  return p ? platformString(p.os ?? 'unknown', p.architecture ?? 'unknown', p.variant) : 'unknown';
}

/** A JSON blob read by its digest must hash to that digest. */
export function verifyBlob(data: Buffer, digest: string, label: string, what: string): Buffer {
  const [alg = '', hex] = digest.split(':');
  if (createHash(alg).update(data).digest('hex') !== hex) {
    throw new UsageError(`${label}: blob ${digest} (${what}) does not match its digest`);
  }
  return data;
}

function platformMatches(p: Descriptor['platform'], wanted: string): boolean {
  if (!p) return false;
  const [os, arch, variant] = wanted.split('/');
  if (p.os !== os || p.architecture !== arch) return false;
  if (!variant) return true;
  const have = p.variant ?? (arch === 'arm64' ? 'v8' : undefined);
  return have === variant;
}

function isAttestation(d: Descriptor): boolean {
  return d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest' || platformName(d.platform) === 'unknown/unknown';
}

function isIndex(d: Descriptor): boolean {
  return d.mediaType === 'application/vnd.oci.image.index.v1+json' || d.mediaType === 'application/vnd.docker.distribution.manifest.list.v2+json';
}

function refName(d: Descriptor): string | undefined {
  return d.annotations?.['org.opencontainers.image.ref.name'];
}

/**
 * Picks one image manifest from index.json: by tag (`org.opencontainers.image.ref.name`), through nested indexes,
 * by platform (the requested one, else this machine's if present, else the only one), skipping attestations.
 */
export async function selectManifest(
  store: BlobStore,
  indexJson: Buffer,
  options: { label: string; tag?: string; platform?: string },
): Promise<{ descriptor: Descriptor; manifest: ManifestDocument }> {
  const { label } = options;
  const index = parseJson<unknown>(indexJson, label, 'index.json');
  if (!isRecord(index) || (index['manifests'] !== undefined && index['manifests'] !== null && !isRecordArray(index['manifests']))) {
    throw new UsageError(`${label}: index.json is not a valid image index`);
  }
  let top = Array.isArray(index['manifests']) ? (index['manifests'] as unknown as Descriptor[]) : [];
  if (top.length === 0) throw new UsageError(`${label}: index.json lists no image`);
  if (options.tag !== undefined) {
    const tag = options.tag;
    const tagged = top.filter((d) => refName(d) === tag || d.annotations?.['io.containerd.image.name']?.endsWith(`:${tag}`));
    if (tagged.length === 0) {
      const tags = top.map(refName).filter((t): t is string => t !== undefined);
      throw new UsageError(`${label}: no image tagged ${JSON.stringify(tag)} (tags: ${tags.length ? tags.join(', ') : 'none'})`);
    }
    top = tagged;
  }
  top = top.filter((d) => !isAttestation(d));
  if (top.length > 1 && !top.every((d) => d.platform)) {
    const tags = top.map((d) => refName(d) ?? d.digest);
    throw new UsageError(`${label}: the layout holds several images; choose one with :TAG (${tags.join(', ')})`);
  }

  // Flatten nested indexes into image manifests with their platforms.
  const found: Array<{ descriptor: Descriptor; manifest: ManifestDocument }> = [];
  const visit = async (descriptors: Descriptor[], depth: number): Promise<void> => {
    if (depth > 8) throw new UsageError(`${label}: indexes are nested too deeply`);
    for (const d of descriptors) {
      if (isAttestation(d)) continue;
      const digest = checkDigest(d?.digest, label, 'a manifest descriptor');
      const doc = parseJson<unknown>(await store.json(digest, `manifest ${digest}`), label, `manifest ${digest}`);
      if (!isRecord(doc)) throw new UsageError(`${label}: manifest ${digest} is not a valid image manifest`);
      const nested = doc['manifests'];
      if (isIndex(d) || Array.isArray(nested)) {
        if (nested !== undefined && nested !== null && !isRecordArray(nested)) {
          throw new UsageError(`${label}: manifest ${digest} is not a valid image index`);
        }
        await visit(Array.isArray(nested) ? (nested as unknown as Descriptor[]) : [], depth + 1);
      } else {
        const manifest = doc as ManifestDocument;
        if (manifest.layers !== undefined && manifest.layers !== null && !isRecordArray(manifest.layers)) {
          throw new UsageError(`${label}: manifest ${digest} is not a valid image manifest`);
        }
        found.push({ descriptor: d, manifest });
      }
    }
  };
  await visit(top, 0);
  if (found.length === 0) throw new UsageError(`${label}: the index holds no image manifest`);
  if (options.platform !== undefined) {
    const wanted = options.platform;
    // A manifest the index gives no platform for is a single-platform image: the option does not apply to it.
    const match = found.filter((f) => !f.descriptor.platform || platformMatches(f.descriptor.platform, wanted));
    if (match.length === 0) {
      throw new UsageError(`${label}: no image for platform ${wanted} (platforms: ${found.map((f) => platformName(f.descriptor.platform)).join(', ')})`);
    }
    return match[0]!;
  }
  if (found.length === 1) return found[0]!;
  const mine = found.filter((f) => platformMatches(f.descriptor.platform, machinePlatform()));
  if (mine.length > 0) return mine[0]!;
  throw new UsageError(
    `${label}: the index holds several platforms; choose one with --platform (${found.map((f) => platformName(f.descriptor.platform)).join(', ')})`,
  );
}

/** Reads the selected image's config and layers from a store. */
export async function readOciImage(
  store: BlobStore,
  indexJson: Buffer,
  options: { label: string; reference: string; tag?: string; platform?: string; onProgress?: ReadOptions['onProgress'] },
): Promise<ImageData> {
  const { label } = options;
  const { descriptor, manifest } = await selectManifest(store, indexJson, options);
  const configDigest = checkDigest(manifest.config?.digest, label, 'the manifest config');
  const config = checkConfig(parseJson<unknown>(await store.json(configDigest, 'the config'), label, `config ${configDigest}`), label, `config ${configDigest}`);
  const diffIds = config?.rootfs?.diff_ids;
  if (!Array.isArray(diffIds)) throw new UsageError(`${label}: config ${configDigest} has no rootfs.diff_ids`);
  const layerDescriptors = Array.isArray(manifest.layers) ? manifest.layers : [];
  if (layerDescriptors.length !== diffIds.length) {
    throw new UsageError(`${label}: the manifest lists ${layerDescriptors.length} layers but the config has ${diffIds.length} diff_ids`);
  }
  const layers: LayerSummary[] = [];
  for (let i = 0; i < layerDescriptors.length; i += 1) {
    const d = layerDescriptors[i]!;
    checkDigest(d?.digest, label, `layer ${i}`);
    layers.push(await store.layer(d, i, diffIds[i]));
  }
  return {
    reference: options.reference,
    digest: descriptor.digest,
    platform: configPlatform(config),
    config,
    configDigest,
    layers,
  };
}

export function configPlatform(config: ImageConfig): string | null {
  if (!config.os || !config.architecture) return null;
  return platformString(config.os, config.architecture, config.variant);
}

/** `oci:DIR[:TAG]`: an OCI image layout directory. */
export class OciLayoutSource implements ImageSource {
  constructor(
    private readonly reference: string,
    private readonly dir: string,
    private readonly tag?: string,
  ) {}

  async read(options: ReadOptions): Promise<ImageData> {
    const label = this.reference;
    const dir = this.dir;
    let indexJson: Buffer;
    try {
      indexJson = await readFile(join(dir, 'index.json'));
    } catch (error) {
      throw new UsageError(`${label}: not an OCI image layout (cannot read ${join(dir, 'index.json')}: ${(error as NodeJS.ErrnoException).code ?? error})`);
    }
    let done = 0;
    const store: BlobStore = {
      async json(digest, what) {
        const path = join(dir, blobPath(digest));
        let data: Buffer;
        try {
          const info = await stat(path);
          if (info.size > MAX_JSON_SIZE) throw new UsageError(`${label}: ${what} (${digest}) is too large for a JSON document`);
          data = await readFile(path);
        } catch (error) {
          if (error instanceof UsageError) throw error;
          throw new UsageError(`${label}: blob ${digest} (${what}) is missing from ${dir}`);
        }
        return verifyBlob(data, digest, label, what);
      },
      async layer(d, index, diffId) {
        const path = join(dir, blobPath(d.digest));
        const info = await stat(path).catch(() => null);
        if (!info) throw new UsageError(`${label}: layer ${index} blob ${d.digest} is missing from ${dir}`);
        return summarizeLayer(createReadStream(path, { highWaterMark: READ_CHUNK }), {
          index,
          expectedDiffId: diffId,
          digest: d.digest,
          mediaType: d.mediaType ?? null,
          blobSize: info.size,
          label: `${label}: layer ${index} (${d.digest})`,
          contentDigests: options.contentDigests === true,
          onBytes: (n) => {
            done += n;
            options.onProgress?.({ layer: index, layers: 0, bytes: done, totalBytes: null });
          },
        });
      },
    };
    return readOciImage(store, indexJson, {
      label,
      reference: this.reference,
      ...(this.tag !== undefined ? { tag: this.tag } : {}),
      ...(options.platform !== undefined ? { platform: options.platform } : {}),
    });
  }
}
