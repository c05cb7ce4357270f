// Image archives in one streaming pass: `docker save` tars in every variant (legacy v1.2, Docker 25+, skopeo's
// symlinked layer.tar, *.tar.gz layers, a gzipped outer archive, several images) and OCI layouts in a tar
// (`oci-archive:`). The manifest may come after the layers, so every entry that looks like a layer blob is
// summarised as it passes (keyed by entry name) and small JSON entries are kept; the manifest is mapped onto them
// at the end. One pass works the same for a file, a gzipped file and the Engine's export stream, which cannot seek.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { UsageError } from '../../errors.js';
import { checkDiffId, DECODE_CHUNK, READ_CHUNK, summarizeLayer } from '../layers.js';
import type { ImageData, ImageSource, LayerSummary, ReadOptions } from '../types.js';
import { MAX_JSON_SIZE, blobPath, checkConfig, configPlatform, isRecord, parseJson, readOciImage, verifyBlob, type BlobStore } from './oci-layout.js';

export interface ArchiveOptions extends ReadOptions {
  /** Names the archive in errors, e.g. `docker-archive:app.tar`. */
  label: string;
  /** The reference reported in ImageData. */
  reference: string;
  /** 'docker' reads manifest.json (falling back to an OCI index), 'oci' reads index.json, 'auto' either. */
  mode: 'docker' | 'oci' | 'auto';
  /** docker: `NAME:TAG` or `@N` among manifest.json's images; oci: the tag (ref name). */
  selector?: string;
  /** Total bytes of the input when known (for progress). */
  totalBytes?: number;
}

interface DockerManifestEntry {
  Config?: string;
  RepoTags?: string[] | null;
  Layers?: string[];
}

/** Names that are JSON documents even when empty or oddly written. */
const KNOWN_JSON = new Set(['manifest.json', 'index.json', 'oci-layout', 'repositories']);

/** All the JSON documents one archive may hold together: more is not an image archive (and would fill memory). */
export const MAX_TOTAL_JSON_SIZE = 64 << 20;

/** What one pass over the archive keeps. */
interface ArchiveContents {
  json: Map<string, Buffer>;
  /** JSON documents over MAX_JSON_SIZE, not kept: an error only if the chosen image needs them. */
  oversized: Map<string, number>;
  layers: Map<string, LayerSummary>;
  /** Layer-looking entries that failed to read: an error only if the chosen image needs them. */
  failures: Map<string, UsageError>;
  links: Map<string, string>;
}

/** Reads an image archive from any stream (a file, the Engine's `GET /images/{name}/get`). */
export async function readImageArchive(input: Readable, options: ArchiveOptions): Promise<ImageData> {
  const contents = await scanArchive(input, options);
  return buildImage(contents, options);
}

/** `docker-archive:PATH[:NAME:TAG]`, `oci-archive:PATH[:TAG]`, or a bare archive path. */
export class ArchiveSource implements ImageSource {
  constructor(
    private readonly reference: string,
    private readonly path: string,
    private readonly mode: ArchiveOptions['mode'],
    private readonly selector?: string,
  ) {}

  async read(options: ReadOptions): Promise<ImageData> {
    const stream = createReadStream(this.path, { highWaterMark: READ_CHUNK });
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (error: NodeJS.ErrnoException) =>
        reject(new UsageError(`${this.reference}: cannot read ${this.path} (${error.code ?? error.message})`)),
      );
    });
    return readImageArchive(stream, {
      ...options,
      label: this.reference,
      reference: this.reference,
      mode: this.mode,
      ...(this.selector !== undefined ? { selector: this.selector } : {}),
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The pass

async function scanArchive(input: Readable, options: ArchiveOptions): Promise<ArchiveContents> {
  const { label } = options;
  const contents: ArchiveContents = { json: new Map(), oversized: new Map(), layers: new Map(), failures: new Map(), links: new Map() };
  let jsonBytes = 0;
  const source = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head = await readHead(source, 4).catch((error: unknown) => {
    throw new UsageError(`${label}: cannot read the archive (${errorText(error)})`);
  });
  const first = Buffer.concat(head);
  if (first.length === 0) throw new UsageError(`${label}: the archive is empty`);
  let bytes = 0;
  const counted = async function* (): AsyncGenerator<Buffer> {
    for (const chunk of head) yield chunk;
    for (;;) {
      const next = await source.next();
      if (next.done) return;
      bytes += next.value.length;
      options.onProgress?.({ layer: 0, layers: 0, bytes, totalBytes: options.totalBytes ?? null });
      yield next.value;
    }
  };
  const gzipped = first[0] === 0x1f && first[1] === 0x8b;
  const extract = tar.extract();
  const outer = Readable.from(counted());
  const piping = gzipped ? pipeline(outer, createGunzip({ chunkSize: DECODE_CHUNK }), extract) : pipeline(outer, extract);
  let pipeError: unknown = null;
  piping.catch((error: unknown) => {
    pipeError = error;
  });
  const outerError = (error: unknown): UsageError => archiveError(pipeError ?? error, label, gzipped);

  try {
    for await (const entry of extract) {
      const header = entry.header;
      const name = archivePath(header.name);
      const body = entry[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
      const rest = async function* (chunks: Buffer[]): AsyncGenerator<Buffer> {
        for (const chunk of chunks) yield chunk;
        for (;;) {
          let next: IteratorResult<Buffer>;
          try {
            next = await body.next();
          } catch (error) {
            throw outerError(error);
          }
          if (next.done) return;
          yield next.value;
        }
      };
      if (header.type === 'symlink' && header.linkname) {
        contents.links.set(name, archivePath(joinLink(name, header.linkname)));
      } else if (header.type === 'link' && header.linkname) {
        contents.links.set(name, archivePath(header.linkname));
      } else if (header.type === 'file' || header.type === 'contiguous-file') {
        const peek = await readHead(body, 512).catch((error: unknown) => {
          throw outerError(error);
        });
        const start = Buffer.concat(peek);
        const size = header.size ?? 0;
        if ((KNOWN_JSON.has(name) || (looksLikeJson(start) && !looksLikeLayer(start))) && size > MAX_JSON_SIZE) {
          contents.oversized.set(name, size);
          await drain(body, outerError);
        } else if (KNOWN_JSON.has(name) || looksLikeJson(start)) {
          const chunks: Buffer[] = [];
          let length = 0;
          for await (const chunk of rest(peek)) {
            length += chunk.length;
            jsonBytes += chunk.length;
            if (length > MAX_JSON_SIZE) throw new UsageError(`${label}: ${name} is too large for a JSON document`);
            if (jsonBytes > MAX_TOTAL_JSON_SIZE) {
              throw new UsageError(`${label}: the archive holds more than ${MAX_TOTAL_JSON_SIZE >> 20} MiB of JSON documents`);
            }
            chunks.push(chunk);
          }
          contents.json.set(name, Buffer.concat(chunks));
        } else if (looksLikeLayer(start)) {
          const layerLabel = `${label}: layer ${name}`;
          const stream = rest(peek);
          try {
            contents.layers.set(name, await summarizeLayer(stream, { index: 0, label: layerLabel, contentDigests: options.contentDigests === true }));
          } catch (error) {
            if (error instanceof ArchiveReadError) throw error;
            contents.failures.set(name, error instanceof UsageError ? error : new UsageError(`${layerLabel}: ${errorText(error)}`));
          }
          // summarizeLayer may have closed `stream` (a `for await` that threw or stopped early) without reading the
          // entry to its end: drain the entry itself, or tar-stream waits forever and the process exits silently.
          await drain(body, outerError);
        } else {
          for await (const _ of rest(peek)) void _;
        }
        continue;
      }
      for await (const _ of rest([])) void _;
    }
    await piping;
  } catch (error) {
    extract.destroy();
    input.destroy();
    if (pipeError) throw archiveError(pipeError, label, gzipped);
    if (error instanceof UsageError) throw error;
    throw archiveError(error, label, gzipped);
  }
  return contents;
}

/** A failure of the outer archive itself (truncated, not a tar), as opposed to one layer inside it. */
class ArchiveReadError extends UsageError {}

function archiveError(error: unknown, label: string, gzipped: boolean): UsageError {
  if (error instanceof UsageError) return error;
  const text = errorText(error);
  if (/unexpected end/i.test(text)) return new ArchiveReadError(`${label}: the archive is truncated`);
  if (/invalid tar header|unknown format/i.test(text)) {
    return new ArchiveReadError(`${label}: not a tar archive${gzipped ? ' inside the gzip data' : ''} (${text.replace(/\. Maybe.*$/, '')})`);
  }
  if (gzipped && /header|check|invalid|distance|stored block|code/i.test(text)) {
    return new ArchiveReadError(`${label}: the archive's gzip data is corrupt (${text})`);
  }
  return new ArchiveReadError(`${label}: cannot read the archive (${text})`);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads an entry's body to its end; a failure of the outer stream is reported as such. */
async function drain(body: AsyncIterator<Buffer>, outerError: (error: unknown) => UsageError): Promise<void> {
  try {
    for (let next = await body.next(); !next.done; next = await body.next());
  } catch (error) {
    throw outerError(error);
  }
}

/** Reads chunks until at least `size` bytes or the end. */
async function readHead(source: AsyncIterator<Buffer>, size: number): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < size) {
    const next = await source.next();
    if (next.done) break;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    chunks.push(chunk);
    length += chunk.length;
  }
  return chunks;
}

function looksLikeJson(start: Buffer): boolean {
  for (const byte of start) {
    if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) continue;
    return byte === 0x7b || byte === 0x5b;
  }
  return false;
}

/** gzip, zstd, bzip2, xz, or a tar header block (the first block of any tar, even an empty one). */
function looksLikeLayer(start: Buffer): boolean {
  if (start.length >= 2 && start[0] === 0x1f && start[1] === 0x8b) return true;
  if (start.length >= 4 && start.readUInt32BE(0) === 0x28b52ffd) return true;
  if (start.length >= 3 && start.subarray(0, 3).toString('latin1') === 'BZh') return true;
  if (start.length >= 4 && start.readUInt32BE(0) === 0xfd377a58) return true;
  if (start.length < 512) return false;
  let sum = 0;
  let zero = true;
  for (let i = 0; i < 512; i += 1) {
    const byte = start[i]!;
    if (byte !== 0) zero = false;
    sum += i >= 148 && i < 156 ? 0x20 : byte;
  }
  if (zero) return true;
  const field = start.subarray(148, 156).toString('latin1').replace(/[\0 ]+/g, ' ').trim();
  return /^[0-7]+$/.test(field) && parseInt(field, 8) === sum;
}

/** Entry names inside the outer archive: no `./`, no leading or trailing `/`, `..` resolved where possible. */
function archivePath(name: string): string {
  const parts: string[] = [];
  for (const segment of name.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') parts.pop();
    else parts.push(segment);
  }
  return parts.join('/');
}

function joinLink(name: string, target: string): string {
  if (target.startsWith('/')) return target;
  const slash = name.lastIndexOf('/');
  return slash < 0 ? target : `${name.slice(0, slash)}/${target}`;
}

/** Follows symlinks and hardlinks between archive entries (skopeo's `<id>/layer.tar` -> `<diffid>.tar`). */
function resolveLink(contents: ArchiveContents, name: string, label: string): string {
  let current = archivePath(name);
  const seen = new Set<string>();
  while (contents.links.has(current)) {
    if (seen.has(current) || seen.size > 40) throw new UsageError(`${label}: symlink loop at ${name} in the archive`);
    seen.add(current);
    current = contents.links.get(current)!;
  }
  return current;
}

// ---------------------------------------------------------------------------------------------------------------
// Mapping manifests onto what the pass kept

function buildImage(contents: ArchiveContents, options: ArchiveOptions): Promise<ImageData> | ImageData {
  const { label } = options;
  const has = (name: string): boolean => contents.json.has(name) || contents.oversized.has(name);
  const hasManifest = has('manifest.json');
  const hasIndex = has('index.json');
  if (options.mode !== 'oci' && hasManifest) return dockerImage(contents, options);
  if (hasIndex) return ociImage(contents, options);
  if (options.mode === 'oci') throw new UsageError(`${label}: not an OCI archive (no index.json)`);
  throw new UsageError(`${label}: not an image archive: it has no manifest.json or index.json (a root filesystem tar needs \`docker import\` first)`);
}

function normalTag(tag: string): string {
  let t = tag.replace(/^docker\.io\//, '').replace(/^library\//, '');
  const lastSlash = t.lastIndexOf('/');
  if (!t.slice(lastSlash + 1).includes(':') && !t.includes('@')) t += ':latest';
  return t;
}

function dockerImage(contents: ArchiveContents, options: ArchiveOptions): ImageData {
  const { label } = options;
  const list = parseJson<unknown>(jsonOf(contents, 'manifest.json', label, 'manifest.json')!, label, 'manifest.json');
  if (Array.isArray(list) && list.length === 0) throw new UsageError(`${label}: manifest.json lists no image`);
  if (!Array.isArray(list) || !list.every(isManifestEntry)) throw new UsageError(`${label}: manifest.json is not a valid image manifest list`);
  const manifests = list;
  const tagsOf = (m: DockerManifestEntry): string[] => m.RepoTags ?? [];
  const allTags = (): string => manifests.map((m, i) => (tagsOf(m).length ? tagsOf(m).join(', ') : `@${i}`)).join('; ');
  let chosen: DockerManifestEntry;
  const selector = options.selector;
  if (selector !== undefined && /^@\d+$/.test(selector)) {
    const n = Number(selector.slice(1));
    if (n >= manifests.length) throw new UsageError(`${label}: no image ${selector} (the archive holds ${manifests.length})`);
    chosen = manifests[n]!;
  } else if (selector !== undefined) {
    const wanted = normalTag(selector);
    const match = manifests.find((m) => tagsOf(m).some((t) => normalTag(t) === wanted));
    if (!match) throw new UsageError(`${label}: no image tagged ${selector} in the archive (images: ${allTags()})`);
    chosen = match;
  } else if (manifests.length > 1) {
    throw new UsageError(`${label}: the archive holds ${manifests.length} images; choose one with :NAME:TAG (${allTags()})`);
  } else {
    chosen = manifests[0]!;
  }
  if (typeof chosen?.Config !== 'string') throw new UsageError(`${label}: manifest.json has no Config`);
  const configName = resolveLink(contents, chosen.Config, label);
  const configData = jsonOf(contents, configName, label, `config ${chosen.Config}`);
  if (!configData) throw new UsageError(`${label}: the config ${chosen.Config} named in manifest.json is not in the archive`);
  const config = checkConfig(parseJson<unknown>(configData, label, `config ${chosen.Config}`), label, `config ${chosen.Config}`);
  const diffIds = config?.rootfs?.diff_ids;
  if (!Array.isArray(diffIds)) throw new UsageError(`${label}: config ${chosen.Config} has no rootfs.diff_ids`);
  const layerNames = Array.isArray(chosen.Layers) ? chosen.Layers : [];
  if (layerNames.length !== diffIds.length) {
    throw new UsageError(`${label}: manifest.json lists ${layerNames.length} layers but the config has ${diffIds.length} diff_ids`);
  }
  const layers = layerNames.map((layerName, index) => {
    const layerLabel = `${label}: layer ${index} (${layerName})`;
    const name = resolveLink(contents, layerName, label);
    const failure = contents.failures.get(name);
    if (failure) throw failure;
    const summary = contents.layers.get(name);
    if (!summary) throw new UsageError(`${layerLabel} is not in the archive`);
    checkDiffId(summary.diffId, diffIds[index], layerLabel);
    const named = /^blobs\/(sha256)\/([0-9a-f]{64})$/.exec(name);
    if (named && `${named[1]}:${named[2]}` !== summary.digest) {
      throw new UsageError(`${layerLabel}: blob digest mismatch: its content is ${summary.digest}`);
    }
    return { ...summary, index };
  });
  const configDigest = `sha256:${createHash('sha256').update(configData).digest('hex')}`;
  return {
    reference: options.reference,
    digest: manifestDigestFor(contents, configDigest) ?? configDigest,
    platform: configPlatform(config),
    config,
    configDigest,
    layers,
  };
}

/** A kept JSON entry; one that was too large to keep is an error now that it is needed. */
function jsonOf(contents: ArchiveContents, name: string, label: string, what: string): Buffer | undefined {
  const size = contents.oversized.get(name);
  if (size !== undefined) throw new UsageError(`${label}: ${what} is too large for a JSON document (${size} bytes)`);
  return contents.json.get(name);
}

/** One image of manifest.json: `Config` a string, `RepoTags` and `Layers` lists of strings when present. */
function isManifestEntry(value: unknown): value is DockerManifestEntry {
  if (!isRecord(value)) return false;
  const strings = (list: unknown): boolean => Array.isArray(list) && list.every((item) => typeof item === 'string');
  return (
    (value['Config'] === undefined || typeof value['Config'] === 'string') &&
    (value['RepoTags'] === undefined || value['RepoTags'] === null || strings(value['RepoTags'])) &&
    (value['Layers'] === undefined || value['Layers'] === null || strings(value['Layers']))
  );
}

/** Docker 25+ archives also carry the OCI manifest: its digest is the image's digest. */
function manifestDigestFor(contents: ArchiveContents, configDigest: string): string | null {
  const index = contents.json.get('index.json');
  if (!index) return null;
  try {
    const parsed = JSON.parse(index.toString('utf8')) as { manifests?: Array<{ digest?: string }> };
    for (const d of parsed.manifests ?? []) {
      if (typeof d.digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(d.digest)) continue;
      const blob = contents.json.get(blobPath(d.digest));
      if (!blob) continue;
      const manifest = JSON.parse(blob.toString('utf8')) as { config?: { digest?: string } };
      if (manifest.config?.digest === configDigest) return d.digest;
    }
  } catch {
    return null;
  }
  return null;
}

function ociImage(contents: ArchiveContents, options: ArchiveOptions): Promise<ImageData> {
  const { label } = options;
  const store: BlobStore = {
    async json(digest, what) {
      const data = jsonOf(contents, resolveLink(contents, blobPath(digest), label), label, `blob ${digest} (${what})`);
      if (!data) throw new UsageError(`${label}: blob ${digest} (${what}) is not in the archive`);
      return verifyBlob(data, digest, label, what);
    },
    async layer(d, index, diffId) {
      const name = resolveLink(contents, blobPath(d.digest), label);
      const layerLabel = `${label}: layer ${index} (${d.digest})`;
      const failure = contents.failures.get(name);
      if (failure) throw failure;
      const summary = contents.layers.get(name);
      if (!summary) throw new UsageError(`${layerLabel}: the blob is not in the archive`);
      if (summary.digest !== d.digest) throw new UsageError(`${layerLabel}: blob digest mismatch: its content is ${summary.digest}`);
      checkDiffId(summary.diffId, diffId, layerLabel);
      return { ...summary, index, mediaType: d.mediaType ?? null, digest: d.digest };
    },
  };
  return readOciImage(store, jsonOf(contents, 'index.json', label, 'index.json')!, {
    label,
    reference: options.reference,
    ...(options.selector !== undefined ? { tag: options.selector } : {}),
    ...(options.platform !== undefined ? { platform: options.platform } : {}),
  });
}
