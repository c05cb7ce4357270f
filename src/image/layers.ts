// Streams one layer blob once: detect its compression, decompress, hash the uncompressed bytes (the diff_id), and
// walk the tar headers keeping only entry metadata. File bodies are skipped as they pass, so memory grows with the
// number of entries, never with bytes.
//
// The tar walker is our own rather than tar-stream's: it stops at the end-of-archive marker exactly as Go's
// archive/tar does (what Docker and dive use), so data after the marker (an estargz table of contents) is hashed
// but never read as entries, and it allocates nothing per entry body.
import { createHash, type Hash } from 'node:crypto';
import { createGunzip } from 'node:zlib';
import { Decompress } from 'fzstd';
import { UsageError } from '../errors.js';
import type { EntryType, LayerEntry, LayerSummary } from './types.js';

export type Compression = LayerSummary['compression'];

export interface SummarizeOptions {
  /** Position of the layer in the image, oldest first. */
  index: number;
  /** The config's diff_id for this layer; when given, a mismatch is an error. */
  expectedDiffId?: string;
  /** The blob's digest as stored, when known (OCI manifests); verified when it is a sha256 digest. */
  digest?: string;
  mediaType?: string | null;
  /** The blob's size when known; otherwise counted while streaming. */
  blobSize?: number;
  /** Names the layer in error messages, e.g. `app.tar: layer 2 (blobs/sha256/ab12...)`. */
  label?: string;
  /** Called with the number of blob bytes read, chunk by chunk. */
  onBytes?: (bytes: number) => void;
  /** Also hash every regular file's content into `LayerEntry.digest` (what `whale cache` compares). */
  contentDigests?: boolean;
}

/** A layer's size as dive counts it: the sum of its entries' tar header sizes. */
export function layerSize(layer: Pick<LayerSummary, 'entries'>): number {
  let size = 0;
  for (const entry of layer.entries) size += entry.size;
  return size;
}

/** The bytes of the layers from `from` up: what a rebuild from that layer makes again. */
export function sizeFrom(layers: ReadonlyArray<Pick<LayerSummary, 'entries'>>, from: number): number {
  let size = 0;
  for (let i = from; i < layers.length; i++) size += layerSize(layers[i]!);
  return size;
}

/** Entries larger than this are not real files: the header is corrupt or hostile. */
const MAX_ENTRY_SIZE = 2 ** 40;
/** PAX and GNU long-name records are small; a larger one is corrupt. */
const MAX_META_SIZE = 1 << 20;

/** Reads a layer blob and returns its summary; every problem in the data is a UsageError naming the layer. */
export async function summarizeLayer(
  input: AsyncIterable<Uint8Array>,
  options: SummarizeOptions,
): Promise<LayerSummary> {
  const label = options.label ?? `layer ${options.index}`;
  const blobHash = createHash('sha256');
  const diffHash = createHash('sha256');
  const walker = new TarWalker(label, options.contentDigests === true);
  const sink = (data: Uint8Array): void => {
    if (walker.error) return;
    diffHash.update(data);
    walker.write(data);
  };

  let compression: Compression | null = null;
  let decoder: Decoder | null = null;
  let head: Buffer[] = [];
  let headLength = 0;
  let blobSize = 0;

  const start = (data: Buffer): Decoder => {
    compression = detectCompression(data, label);
    decoder = makeDecoder(compression, sink, label);
    return decoder;
  };

  try {
    for await (const raw of input) {
      const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
      if (chunk.length === 0) continue;
      // An uncompressed blob's digest is its diff_id: hash those bytes once.
      if (compression !== 'none') blobHash.update(chunk);
      blobSize += chunk.length;
      options.onBytes?.(chunk.length);
      if (decoder === null) {
        // Wait for the magic bytes before choosing a decoder.
        head.push(chunk);
        headLength += chunk.length;
        if (headLength < 6) continue;
        const first = Buffer.concat(head);
        head = [];
        await start(first).write(first);
      } else {
        await (decoder as Decoder).write(chunk);
      }
      if (walker.error) throw walker.error;
    }
    let last: Decoder | null = decoder;
    if (last === null) {
      const first = Buffer.concat(head);
      last = start(first);
      if (first.length > 0) await last.write(first);
    }
    await last.end();
    if (walker.error) throw walker.error;
    walker.end();
  } catch (error) {
    (decoder as Decoder | null)?.destroy();
    throw asUsageError(error, label);
  }

  const diffId = `sha256:${diffHash.digest('hex')}`;
  checkDiffId(diffId, options.expectedDiffId, label);
  const storedDigest = compression === 'none' ? diffId : `sha256:${blobHash.digest('hex')}`;
  if (options.digest?.startsWith('sha256:') && options.digest !== storedDigest) {
    throw new UsageError(`${label}: blob digest mismatch: expected ${options.digest}, got ${storedDigest}`);
  }
  const finalCompression: Compression = (compression as Compression | null) ?? 'none';
  return {
    index: options.index,
    digest: options.digest ?? (finalCompression === 'none' ? diffId : storedDigest),
    diffId,
    mediaType: options.mediaType ?? null,
    compression: finalCompression,
    blobSize: options.blobSize ?? blobSize,
    entries: walker.entries,
  };
}

/** Compares a computed diff_id with the one the config declares. */
export function checkDiffId(actual: string, expected: string | undefined, label: string): void {
  if (expected !== undefined && expected !== actual) {
    throw new UsageError(`${label}: diff_id mismatch: the config says ${expected}, the layer's content is ${actual}`);
  }
}

/** Chooses the decoder: magic bytes win over the media type, as in Docker. */
export function detectCompression(head: Uint8Array, label: string): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return 'zstd';
  if (head.length >= 3 && head[0] === 0x42 && head[1] === 0x5a && head[2] === 0x68) {
    throw new UsageError(`${label}: bzip2-compressed layers are not supported`);
  }
  if (head.length >= 6 && head[0] === 0xfd && head[1] === 0x37 && head[2] === 0x7a && head[3] === 0x58) {
    throw new UsageError(`${label}: xz-compressed layers are not supported`);
  }
  return 'none';
}

interface Decoder {
  write(chunk: Buffer): Promise<void>;
  end(): Promise<void>;
  destroy(): void;
}

/** Resolves when a stream can take more input (or is finished); every listener is removed again. */
function drained(stream: NodeJS.EventEmitter): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}

/** Large chunks: per-chunk overhead, not inflating, dominates with zlib's default 16 KiB. */
export const DECODE_CHUNK = 256 * 1024;
/** Read blobs in large pieces for the same reason. */
export const READ_CHUNK = 1024 * 1024;

function makeDecoder(compression: Compression, sink: (data: Uint8Array) => void, label: string): Decoder {
  if (compression === 'gzip') {
    const gunzip = createGunzip({ chunkSize: DECODE_CHUNK });
    let failure: Error | null = null;
    gunzip.on('data', (data: Buffer) => sink(data));
    gunzip.on('error', (error: Error) => {
      failure = error;
    });
    const fail = (): void => {
      if (failure) throw new UsageError(`${label}: corrupt gzip data (${failure.message})`);
    };
    return {
      async write(chunk) {
        fail();
        if (!gunzip.write(chunk)) await drained(gunzip);
        fail();
      },
      async end() {
        fail();
        gunzip.end();
        await new Promise<void>((resolve) => {
          if (gunzip.readableEnded || failure) return resolve();
          gunzip.once('end', resolve);
          gunzip.once('error', () => resolve());
          gunzip.once('close', () => resolve());
        });
        fail();
      },
      destroy() {
        gunzip.destroy();
      },
    };
  }
  if (compression === 'zstd') {
    const zstd = new Decompress((data) => sink(data));
    const push = (chunk: Uint8Array, final: boolean): void => {
      try {
        zstd.push(chunk, final);
      } catch (error) {
        throw new UsageError(`${label}: corrupt zstd data (${zstdReason(error)})`);
      }
    };
    return {
      async write(chunk) {
        push(chunk, false);
      },
      async end() {
        push(new Uint8Array(0), true);
      },
      destroy() {},
    };
  }
  return {
    async write(chunk) {
      sink(chunk);
    },
    async end() {},
    destroy() {},
  };
}

function zstdReason(error: unknown): string {
  const code = (error as { code?: number }).code;
  if (code === 5) return 'unexpected end of data';
  return error instanceof Error ? error.message : String(error);
}

function asUsageError(error: unknown, label: string): UsageError {
  if (error instanceof UsageError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new UsageError(`${label}: cannot read the layer (${message})`);
}

// ---------------------------------------------------------------------------------------------------------------
// Tar walking

type State = 'header' | 'body' | 'meta' | 'sparse' | 'done';

interface RawHeader {
  name: string;
  linkname: string;
  typeflag: string;
  size: number;
  mode: number;
  uid: number;
  gid: number;
}

/** A push parser over tar bytes that keeps entry metadata and skips bodies. */
class TarWalker {
  readonly entries: LayerEntry[] = [];
  error: UsageError | null = null;
  private state: State = 'header';
  private readonly block = Buffer.alloc(512);
  private blockFill = 0;
  /** Bytes of body (plus padding) still to skip. */
  private skip = 0;
  /** A PAX or GNU long-name record being collected. */
  private meta: Buffer[] = [];
  private metaLeft = 0;
  private metaPadding = 0;
  private metaKind = '';
  private offset = 0;
  private zeroBlocks = 0;
  private pax: Record<string, string> = {};
  private longName: string | null = null;
  private longLink: string | null = null;

  /** With content digests on: the file whose body is passing, its hash, and its body bytes still to hash. */
  private bodyEntry: LayerEntry | null = null;
  private bodyHash: Hash | null = null;
  private bodyLeft = 0;

  constructor(private readonly label: string, private readonly contentDigests: boolean) {}

  write(data: Uint8Array): void {
    let at = 0;
    try {
      while (at < data.length && this.state !== 'done') {
        if (this.state === 'body') {
          const n = Math.min(this.skip, data.length - at);
          if (this.bodyHash !== null) this.hashBody(data.subarray(at, at + Math.min(n, this.bodyLeft)));
          this.skip -= n;
          at += n;
          this.offset += n;
          if (this.skip === 0) this.state = 'header';
          continue;
        }
        if (this.state === 'meta') {
          const n = Math.min(this.metaLeft, data.length - at);
          this.meta.push(Buffer.from(data.subarray(at, at + n)));
          this.metaLeft -= n;
          at += n;
          this.offset += n;
          if (this.metaLeft === 0) {
            this.finishMeta();
            this.skip = this.metaPadding;
            this.state = this.skip > 0 ? 'body' : 'header';
          }
          continue;
        }
        // 'header' and 'sparse' read whole 512-byte blocks.
        const n = Math.min(512 - this.blockFill, data.length - at);
        this.block.set(data.subarray(at, at + n), this.blockFill);
        this.blockFill += n;
        at += n;
        this.offset += n;
        if (this.blockFill < 512) continue;
        this.blockFill = 0;
        if (this.state === 'sparse') {
          // Old GNU sparse extension blocks: the last one has its "is extended" flag cleared.
          if (this.block[504] === 0) this.enterBody();
          continue;
        }
        this.onHeaderBlock();
      }
    } catch (error) {
      this.error = error instanceof UsageError ? error : new UsageError(`${this.label}: ${String(error)}`);
      this.state = 'done';
    }
  }

  /** Called at the end of the uncompressed stream. */
  end(): void {
    if (this.error) throw this.error;
    if (this.state === 'done') return;
    // Like Go's archive/tar, a stream may end right after an entry without the end marker.
    if (this.state === 'header' && this.blockFill === 0 && this.skip === 0) return;
    throw new UsageError(`${this.label}: the layer's tar data is truncated (it ends at byte ${this.offset})`);
  }

  private pendingSize = 0;
  private pendingPadding = 0;

  private enterBody(): void {
    this.skip = this.pendingSize + this.pendingPadding;
    this.state = this.skip > 0 ? 'body' : 'header';
  }

  /** Starts hashing the body of the entry just added (a regular file that is not sparse). */
  private startBodyHash(entry: LayerEntry): void {
    this.bodyEntry = entry;
    this.bodyHash = createHash('sha256');
    this.bodyLeft = entry.size;
    if (entry.size === 0) this.hashBody(new Uint8Array(0));
  }

  private hashBody(data: Uint8Array): void {
    this.bodyHash!.update(data);
    this.bodyLeft -= data.length;
    if (this.bodyLeft > 0) return;
    this.bodyEntry!.digest = `sha256:${this.bodyHash!.digest('hex')}`;
    this.bodyEntry = null;
    this.bodyHash = null;
  }

  private onHeaderBlock(): void {
    const block = this.block;
    if (isZero(block)) {
      this.zeroBlocks += 1;
      // Two zero blocks end the archive; whatever follows (an estargz TOC) is not entries.
      if (this.zeroBlocks >= 2) this.state = 'done';
      return;
    }
    if (this.zeroBlocks > 0) {
      throw new UsageError(`${this.label}: corrupt tar data (a header follows a single zero block at byte ${this.offset - 512})`);
    }
    const header = this.parseHeader(block);
    const padding = (512 - (header.size % 512)) % 512;
    switch (header.typeflag) {
      case 'x':
      case 'g':
      case 'L':
      case 'K': {
        if (header.size > MAX_META_SIZE) {
          throw new UsageError(`${this.label}: corrupt tar data (a ${header.size}-byte metadata record at byte ${this.offset - 512})`);
        }
        this.metaKind = header.typeflag;
        this.meta = [];
        this.metaLeft = header.size;
        this.metaPadding = padding;
        if (header.size === 0) this.finishMeta();
        this.state = header.size > 0 ? 'meta' : 'header';
        return;
      }
      default:
        break;
    }
    const added = this.addEntry(header);
    // Hard links, symlinks, character and block devices, directories and fifos carry no body whatever size their
    // header declares: Go's archive/tar (which Docker uses) reads no body for these types, and neither do we.
    const bodyless = ['1', '2', '3', '4', '5', '6'].includes(header.typeflag);
    this.pendingSize = bodyless ? 0 : header.size;
    this.pendingPadding = bodyless ? 0 : padding;
    if (header.typeflag === 'S' && block[482] !== 0) {
      this.state = 'sparse';
      return;
    }
    // Sparse files are stored as their data fragments, not their content: they get no digest.
    if (this.contentDigests && header.typeflag !== 'S' && added?.type === 'file' && !bodyless) this.startBodyHash(added);
    this.enterBody();
  }

  private finishMeta(): void {
    const data = Buffer.concat(this.meta);
    this.meta = [];
    if (this.metaKind === 'x') this.pax = parsePax(data, this.label);
    else if (this.metaKind === 'L') this.longName = cString(data);
    else if (this.metaKind === 'K') this.longLink = cString(data);
    // 'g': a PAX global header is legal; like Docker (Go's archive/tar) its records do not change later entries.
  }

  private parseHeader(block: Buffer): RawHeader {
    const checksum = parseNumber(block, 148, 8);
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < 512; i++) {
      const byte = i >= 148 && i < 156 ? 0x20 : block[i]!;
      unsigned += byte;
      signed += byte > 127 ? byte - 256 : byte;
    }
    if (checksum !== unsigned && checksum !== signed) {
      throw new UsageError(
        `${this.label}: not a valid tar stream (bad header checksum at byte ${this.offset - 512})`,
      );
    }
    const typeflag = block[156] === 0 ? '0' : String.fromCharCode(block[156]!);
    let name = cString(block.subarray(0, 100));
    const magic = block.subarray(257, 263).toString('latin1');
    if (magic === 'ustar\0') {
      const prefix = cString(block.subarray(345, 500));
      if (prefix) name = `${prefix}/${name}`;
    }
    let size = parseNumber(block, 124, 12);
    let linkname = cString(block.subarray(157, 257));
    let uid = parseNumber(block, 108, 8);
    let gid = parseNumber(block, 116, 8);
    const mode = parseNumber(block, 100, 8);
    if (typeflag !== 'x' && typeflag !== 'g' && typeflag !== 'L' && typeflag !== 'K') {
      if (this.longName !== null) name = this.longName;
      if (this.longLink !== null) linkname = this.longLink;
      const pax = this.pax;
      if (pax.path !== undefined) name = pax.path;
      if (pax.linkpath !== undefined) linkname = pax.linkpath;
      if (pax.size !== undefined) size = Number(pax.size);
      if (pax.uid !== undefined) uid = Number(pax.uid);
      if (pax.gid !== undefined) gid = Number(pax.gid);
      this.pax = {};
      this.longName = null;
      this.longLink = null;
    }
    if (!Number.isSafeInteger(size) || size < 0 || size > MAX_ENTRY_SIZE) {
      throw new UsageError(`${this.label}: entry ${JSON.stringify(name)} declares an absurd size (${size} bytes)`);
    }
    return { name, linkname, typeflag, size, mode, uid: Number.isFinite(uid) ? uid : 0, gid: Number.isFinite(gid) ? gid : 0 };
  }

  private addEntry(header: RawHeader): LayerEntry | null {
    const path = normalizePath(header.name, this.label);
    if (path === '') return null; // the root directory itself is not an entry
    let type: EntryType = entryType(header.typeflag);
    let entryPath = path;
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    const dir = slash < 0 ? '' : path.slice(0, slash);
    if (base === '.wh..wh..opq') {
      type = 'opaque';
      entryPath = dir;
    } else if (base.startsWith('.wh..wh.')) {
      type = 'other'; // aufs bookkeeping (.wh..wh.plnk, .wh..wh.aufs): not part of the filesystem
    } else if (base.startsWith('.wh.')) {
      type = 'whiteout';
      entryPath = dir === '' ? base.slice(4) : `${dir}/${base.slice(4)}`;
    }
    const entry: LayerEntry = {
      path: entryPath,
      type,
      size: type === 'file' ? header.size : 0,
      mode: header.mode & 0o7777,
      uid: header.uid,
      gid: header.gid,
    };
    if (type === 'symlink' || type === 'hardlink') entry.linkTarget = header.linkname;
    this.entries.push(entry);
    return entry;
  }
}

function entryType(typeflag: string): EntryType {
  switch (typeflag) {
    case '0':
    case '7':
      return 'file';
    case '1':
      return 'hardlink';
    case '2':
      return 'symlink';
    case '5':
      return 'dir';
    default:
      return 'other';
  }
}

/**
 * Normalises a tar entry name: no leading `/` or `./`, no trailing `/`, no `.` segments, `..` resolved. A `..`
 * that climbs above the root is an error: no runtime would extract it where it says.
 */
export function normalizePath(name: string, label: string): string {
  const parts: string[] = [];
  for (const segment of name.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) throw new UsageError(`${label}: entry ${JSON.stringify(name)} escapes the root with ".."`);
      parts.pop();
      continue;
    }
    parts.push(segment);
  }
  return parts.join('/');
}

function isZero(block: Buffer): boolean {
  for (let i = 0; i < 512; i += 1) if (block[i] !== 0) return false;
  return true;
}

function cString(data: Buffer): string {
  const end = data.indexOf(0);
  return data.subarray(0, end < 0 ? data.length : end).toString('utf8');
}

/** Tar numbers: octal text, or base-256 when the high bit of the first byte is set (GNU, for big values). */
function parseNumber(block: Buffer, start: number, length: number): number {
  const first = block[start]!;
  if (first & 0x80) {
    const negative = (first & 0x40) !== 0;
    let value = negative ? -1 : first & 0x7f;
    if (negative) value = (first & 0x7f) - 0x80;
    for (let i = start + 1; i < start + length; i += 1) value = value * 256 + block[i]!;
    return value;
  }
  const text = block
    .subarray(start, start + length)
    .toString('latin1')
    .replace(/[\0 ]+$/g, '')
    .replace(/\0.*$/s, '')
    .trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) return Number.NaN;
  return parseInt(text, 8);
}

/** PAX records: `LEN key=value\n`, LEN counting the whole record. */
function parsePax(data: Buffer, label: string): Record<string, string> {
  const records: Record<string, string> = {};
  let at = 0;
  while (at < data.length) {
    if (data[at] === 0) break;
    const space = data.indexOf(0x20, at);
    const length = space < 0 ? Number.NaN : Number(data.subarray(at, space).toString('latin1'));
    if (!Number.isSafeInteger(length) || length <= space - at || at + length > data.length) {
      throw new UsageError(`${label}: corrupt tar data (bad PAX record)`);
    }
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const equals = record.indexOf('=');
    if (equals > 0) records[record.slice(0, equals)] = record.slice(equals + 1);
    at += length;
  }
  return records;
}
