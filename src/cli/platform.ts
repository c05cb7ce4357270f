// `--platform os/arch[/variant]`, checked before any image is read.
import { UsageError } from '../errors';

const PLATFORM_RE = /^[a-z0-9_.-]+\/[a-z0-9_.-]+(\/[a-z0-9_.-]+)?$/i;

export function checkPlatform(platform: string | undefined): void {
  if (platform !== undefined && !PLATFORM_RE.test(platform)) {
    throw new UsageError(`--platform: "${platform}" is not os/arch[/variant] (e.g. linux/arm64/v8)`);
  }
}
