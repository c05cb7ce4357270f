// Turns what the user typed into an ImageSource: by prefix (`docker-archive:`, `oci:`, `oci-archive:`,
// `docker://`), else a bare existing path (a directory is an OCI layout, a file an archive whose kind is found
// while reading it), else an image name in the Docker Engine.
import { existsSync, statSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { ImageSource } from './types.js';
import { ArchiveSource } from './sources/docker-archive.js';
import { EngineSource } from './sources/engine.js';
import { OciLayoutSource } from './sources/oci-layout.js';

/**
 * Splits `PATH[:REST]` where PATH itself may contain `:`: the longest prefix that exists on disk is the path. When
 * none exists, the path is everything before the first `:` after the prefix (and the error says it is missing).
 */
function splitPath(rest: string): { path: string; extra?: string } {
  for (let i = rest.length; i > 0; i = rest.lastIndexOf(':', i - 1)) {
    const candidate = rest.slice(0, i);
    if (candidate !== '' && existsSync(candidate)) {
      return i < rest.length ? { path: candidate, extra: rest.slice(i + 1) } : { path: candidate };
    }
    if (i <= 0) break;
  }
  const colon = rest.indexOf(':');
  return colon < 0 ? { path: rest } : { path: rest.slice(0, colon), extra: rest.slice(colon + 1) };
}

function requireExisting(reference: string, path: string, kind: 'file' | 'dir'): void {
  if (path === '') throw new UsageError(`${reference}: no path given`);
  if (!existsSync(path)) throw new UsageError(`${reference}: ${path} does not exist`);
  const isDir = statSync(path).isDirectory();
  if (kind === 'dir' && !isDir) throw new UsageError(`${reference}: ${path} is not a directory (an OCI layout is a directory; use oci-archive: for a tar)`);
  if (kind === 'file' && isDir) throw new UsageError(`${reference}: ${path} is a directory (use oci: for an OCI layout directory)`);
}

export function resolveSource(reference: string): ImageSource {
  if (reference.startsWith('docker-archive:')) {
    const { path, extra } = splitPath(reference.slice('docker-archive:'.length));
    requireExisting(reference, path, 'file');
    return new ArchiveSource(reference, path, 'docker', extra || undefined);
  }
  if (reference.startsWith('oci-archive:')) {
    const { path, extra } = splitPath(reference.slice('oci-archive:'.length));
    requireExisting(reference, path, 'file');
    return new ArchiveSource(reference, path, 'oci', extra || undefined);
  }
  if (reference.startsWith('oci:')) {
    const { path, extra } = splitPath(reference.slice('oci:'.length));
    requireExisting(reference, path, 'dir');
    return new OciLayoutSource(reference, path, extra || undefined);
  }
  if (reference.startsWith('docker://')) {
    const name = reference.slice('docker://'.length);
    if (name === '') throw new UsageError(`${reference}: no image name given`);
    return new EngineSource(reference, name);
  }
  // `http://x`, `registry://x`... are not transports whale reads; as an engine name they would make the engine's
  // API answer with a redirect.
  const transport = /^([a-z][a-z0-9+.-]*):\/\//i.exec(reference);
  if (transport && !existsSync(reference)) {
    throw new UsageError(`${reference}: unsupported transport "${transport[1]}://"; use docker://, docker-archive:, oci: or oci-archive:`);
  }
  if (reference !== '' && existsSync(reference)) {
    if (statSync(reference).isDirectory()) return new OciLayoutSource(reference, reference);
    return new ArchiveSource(reference, reference, 'auto');
  }
  if (reference === '') throw new UsageError('no image given');
  return new EngineSource(reference, reference);
}
