// `docker://NAME`: an image in a Docker Engine (or Podman's compatible service), through dockerode. The export
// (`GET /images/{name}/get`, the `docker save` tar) is streamed straight into the archive reader: nothing is
// written to disk.
import type { Readable } from 'node:stream';
import { UsageError } from '../../errors.js';
import type { ImageData, ImageSource, ReadOptions } from '../types.js';
import { readImageArchive } from './docker-archive.js';
import { platformString } from './oci-layout.js';
import { lazy } from '../../lazy.js';

// Loaded on first use: linting never needs an engine client, and it is the largest dependency.
const dockerode = lazy<typeof import('dockerode')>('dockerode');

/** An engine that does not answer an inspect in this time is treated as down. */
const INSPECT_TIMEOUT_MS = 10_000;
/** The export may pause while the engine prepares it; a longer silence is a hang. */
const EXPORT_IDLE_TIMEOUT_MS = 120_000;

/** Where dockerode will connect, for messages. */
export function engineAddress(): string {
  const host = process.env.DOCKER_HOST;
  return host && host !== '' ? host : 'unix:///var/run/docker.sock';
}

interface InspectInfo {
  Id: string;
  RepoDigests?: string[];
  Os?: string;
  Architecture?: string;
  Variant?: string;
}

export class EngineSource implements ImageSource {
  constructor(
    private readonly reference: string,
    private readonly name: string,
  ) {}

  async read(options: ReadOptions): Promise<ImageData> {
    const label = this.reference;
    const Docker = dockerode();
    let docker: InstanceType<typeof Docker>;
    let exporter: InstanceType<typeof Docker>;
    try {
      docker = new Docker({ timeout: INSPECT_TIMEOUT_MS + 1000 });
      exporter = new Docker({ timeout: EXPORT_IDLE_TIMEOUT_MS });
    } catch (error) {
      throw new UsageError(`${label}: bad DOCKER_HOST (${(error as Error).message})`);
    }
    let info: InspectInfo;
    try {
      let timer: NodeJS.Timeout | undefined;
      const silence = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { timedOut: true })), INSPECT_TIMEOUT_MS);
      });
      try {
        info = (await Promise.race([docker.getImage(this.name).inspect(), silence])) as InspectInfo;
      } finally {
        clearTimeout(timer);
      }
    } catch (error) {
      throw this.engineError(error);
    }
    let stream: Readable;
    try {
      stream = (await exporter.getImage(this.name).get()) as unknown as Readable;
    } catch (error) {
      throw this.engineError(error);
    }
    const data = await readImageArchive(stream, { ...options, label, reference: this.reference, mode: 'docker' });
    const repoDigest = info.RepoDigests?.find((d) => d.includes('@'));
    return {
      ...data,
      digest: repoDigest ? repoDigest.slice(repoDigest.indexOf('@') + 1) : info.Id,
      platform: info.Os && info.Architecture ? platformString(info.Os, info.Architecture, info.Variant) : data.platform,
    };
  }

  private engineError(error: unknown): UsageError {
    const e = error as { statusCode?: number; code?: string; message?: string; json?: { message?: string } | null; timedOut?: boolean };
    const label = this.reference;
    if (e.timedOut) {
      return new UsageError(`${label}: cannot reach the Docker Engine at ${engineAddress()} (no answer within ${INSPECT_TIMEOUT_MS / 1000} s)`);
    }
    if (e.statusCode === 404) return new UsageError(`${label}: no such image ${this.name} in the Docker Engine at ${engineAddress()}`);
    if (e.code === 'EACCES' || e.code === 'EPERM') {
      return new UsageError(`${label}: no permission to use the Docker Engine socket at ${engineAddress()} (${e.code})`);
    }
    if (e.code || /timeout|socket hang up/i.test(e.message ?? '')) {
      return new UsageError(`${label}: cannot reach the Docker Engine at ${engineAddress()} (${e.code ? `connect ${e.code}` : 'no answer'})`);
    }
    const detail = e.json?.message ?? e.message ?? String(error);
    return new UsageError(`${label}: the Docker Engine at ${engineAddress()} refused the request (${e.statusCode ?? ''} ${detail})`.replace('( ', '('));
  }
}
