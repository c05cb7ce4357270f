// Reading an image for a command: `--platform os/arch[/variant]` checked before the image is read and against
// the image read, and the progress bar.
import { UsageError } from '../errors';
import type { ImageData, ImageSource } from '../image/types';
import { progressBar } from '../report/progress';

const PLATFORM_RE = /^[a-z0-9_.-]+\/[a-z0-9_.-]+(\/[a-z0-9_.-]+)?$/i;

export function checkPlatform(platform: string | undefined): void {
  if (platform !== undefined && !PLATFORM_RE.test(platform)) {
    throw new UsageError(`--platform: "${platform}" is not os/arch[/variant] (e.g. linux/arm64/v8)`);
  }
}

/**
 * A single-platform image read with --platform must be that platform (a multi-platform index was already
 * narrowed to it): reading another one silently would answer a question nobody asked.
 */
function checkImagePlatform(platform: string | undefined, image: ImageData): void {
  if (platform === undefined || image.platform === null) return;
  const wanted = platform.toLowerCase().split('/');
  const actual = image.platform.toLowerCase().split('/');
  // `linux/arm64` matches `linux/arm64/v8`: a variant not asked for is not a mismatch.
  if (wanted.every((part, i) => actual[i] === part)) return;
  throw new UsageError(`${image.reference}: the image is for ${image.platform}, not ${platform}`);
}

/** `{ platform }` when one was given: optional properties stay absent rather than undefined. */
export function platformOption(platform: string | undefined): { platform?: string } {
  return platform === undefined ? {} : { platform };
}

export interface ReadImageOptions {
  platform?: string;
  /** Draw a progress bar on standard error (only on a terminal). */
  progress: boolean;
  contentDigests?: boolean;
}

/** Reads an image for a command: progress on standard error, and the platform asked for checked. */
export async function readImage(source: ImageSource, options: ReadImageOptions): Promise<ImageData> {
  const progress = progressBar(process.stderr, options.progress);
  let image: ImageData;
  try {
    image = await source.read({
      ...(options.platform ? { platform: options.platform } : {}),
      ...(options.contentDigests ? { contentDigests: true } : {}),
      onProgress: (p) => progress.update(p),
    });
  } finally {
    progress.done();
  }
  checkImagePlatform(options.platform, image);
  return image;
}
