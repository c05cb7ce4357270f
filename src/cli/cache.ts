// `whale cache OLD NEW`: which instruction missed the build cache between two builds of an image, why, and what
// the rebuild cost.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { parseText } from '../lint/lint-files';
import { compareBuilds } from '../image/cache';
import { resolveSource } from '../image/source';
import type { ImageData } from '../image/types';
import { describeIoError, UsageError } from '../errors';
import { formatCacheJson } from '../report/cache-json';
import { formatCacheTty } from '../report/cache-tty';
import { formatCacheHtml } from '../report/html';
import { EXIT_OK } from './exit-codes';
import { checkPlatform, platformOption, readImage } from './read-image';

interface CacheOptions {
  format: 'tty' | 'json' | 'html';
  dockerfile?: string;
  platform?: string;
  progress: boolean;
}

export function registerCache(program: Command, setExit: (code: number) => void): void {
  program
    .command('cache')
    .description('explain why a build missed the layer cache: the first rebuilt layer, its instruction, the cause and the cost')
    .argument('<old>', 'the earlier build (any reference `whale image` accepts)')
    .argument('<new>', 'the later build')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['tty', 'json', 'html']).default('tty'))
    .option('--dockerfile <path>', 'the Dockerfile the new build came from: point at its lines and find the base image exactly')
    .option('--platform <os/arch[/variant]>', 'the platform to pick from multi-platform images')
    .option('--no-progress', 'no progress bar on standard error')
    .action(async (oldReference: string, newReference: string, options: CacheOptions) => {
      setExit(await runCache(oldReference, newReference, options));
    });
}

async function runCache(oldReference: string, newReference: string, options: CacheOptions): Promise<number> {
  checkPlatform(options.platform);
  // Everything that can be refused quickly is, before the images are read.
  const dockerfile = options.dockerfile === undefined ? null : readDockerfile(options.dockerfile);
  const sources = [resolveSource(oldReference), resolveSource(newReference)];
  const images: ImageData[] = [];
  // File digests tell which files of a rebuilt COPY changed.
  for (const source of sources) images.push(await readImage(source, { ...platformOption(options.platform), progress: options.progress, contentDigests: true }));
  const report = compareBuilds(images[0]!, images[1]!, { dockerfile });
  process.stdout.write(options.format === 'json'
    ? formatCacheJson(report)
    : options.format === 'html'
      ? formatCacheHtml(report)
      : formatCacheTty(report, process.stdout.isTTY ? { columns: process.stdout.columns } : {}));
  return EXIT_OK;
}

function readDockerfile(path: string) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--dockerfile ${path}: ${describeIoError(error)}`);
  }
  const file = parseText(text, path);
  if (file.stages.length === 0) throw new UsageError(`--dockerfile ${path}: no FROM instruction, so no image was built from it`);
  return file;
}
