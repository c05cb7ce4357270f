// `whale image <reference>`: read an image layer by layer, report sizes and waste, and gate CI on them.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { analyze } from '../image/analysis';
import { ciRulesFromFlags, evaluateCi, loadDiveCi, mergeCiRules, type CiResult, type CiRules } from '../image/ci';
import { resolveSource } from '../image/source';
import { checkPlatform, platformOption, readImage } from './read-image';
import { formatImageHtml } from '../report/html';
import { formatImageJson } from '../report/image-json';
import { formatImageTty } from '../report/image-tty';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes';
import { ConfigResolver, loadConfig, type ResolvedConfig } from '../lint/config';
import { checkImage } from '../image/checks';
import { registry } from '../lint/builtin';

interface ImageOptions {
  format: 'tty' | 'json' | 'html';
  platform?: string;
  ci?: boolean;
  lowestEfficiency?: string;
  highestWastedBytes?: string;
  highestUserWastedPercent?: string;
  ciConfig?: string;
  config?: string;
  progress: boolean;
}

const DEFAULT_CI_CONFIG = '.dive-ci';

export function registerImage(program: Command, setExit: (code: number) => void): void {
  program
    .command('image')
    .description('show what each layer of an image adds, the space wasted and why; gate CI on it with --ci')
    .argument('<reference>', 'docker-archive:FILE[:NAME:TAG], oci:DIR[:TAG], oci-archive:FILE[:TAG], docker://NAME, a path, or an image name in the engine')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['tty', 'json', 'html']).default('tty'))
    .option('--platform <os/arch[/variant]>', 'the platform to pick from a multi-platform image')
    .option('--ci', `check the CI gates (from flags, else --ci-config, else ./${DEFAULT_CI_CONFIG}, else dive's defaults); exit 1 when one fails`)
    .option('--lowest-efficiency <ratio>', 'fail when the efficiency is below this ratio (0..1, or "disabled"); implies --ci')
    .option('--highest-wasted-bytes <size>', 'fail when more bytes are wasted (e.g. 20MB, 50MiB, or "disabled"); implies --ci')
    .option('--highest-user-wasted-percent <ratio>', 'fail when this ratio of the user size is wasted (0..1, or "disabled"); implies --ci')
    .option('-c, --config <file>', 'read image.ci gates from this whale configuration instead of the nearest .whale.yaml')
    .option('--ci-config <file>', `a .dive-ci file with the gates under rules: (default ./${DEFAULT_CI_CONFIG} when it exists)`)
    .option('--no-progress', 'no progress bar on standard error')
    .action(async (reference: string, options: ImageOptions) => {
      setExit(await runImage(reference, options));
    });
}

async function runImage(reference: string, options: ImageOptions): Promise<number> {
  checkPlatform(options.platform);
  // The configuration and gates are read before the image, so a mistake fails at once, not after a long read.
  const whaleConfig = options.config ? loadConfig(options.config, registry) : new ConfigResolver(registry, null).forFolder(process.cwd());
  const rules = ciRules(options, whaleConfig);
  const source = resolveSource(reference);
  const image = await readImage(source, { ...platformOption(options.platform), progress: options.progress });
  const analysis = analyze(image);
  const ci: CiResult | null = rules === null ? null : evaluateCi(analysis, rules);
  // Without the Dockerfile the base image's extent is unknown: files are checked above layer 0.
  const checks = checkImage(image, { settings: whaleConfig.imageChecks });
  process.stdout.write(options.format === 'json'
    ? formatImageJson(analysis, ci, checks)
    : options.format === 'html'
      ? formatImageHtml(analysis, ci)
      : formatImageTty(analysis, ci, { checks, ...(process.stdout.isTTY ? { columns: process.stdout.columns } : {}) }));
  return ci !== null && !ci.pass ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * The gates, or null when CI mode is off: dive's defaults, then `image: ci:` of the whale configuration, then the
 * .dive-ci file, then flags, gate by gate.
 */
function ciRules(options: ImageOptions, whaleConfig: ResolvedConfig): CiRules | null {
  const flags = ciRulesFromFlags({
    lowestEfficiency: options.lowestEfficiency,
    highestWastedBytes: options.highestWastedBytes,
    highestUserWastedPercent: options.highestUserWastedPercent,
  });
  const anyFlag = [options.lowestEfficiency, options.highestWastedBytes, options.highestUserWastedPercent].some((v) => v !== undefined);
  if (!options.ci && !anyFlag && options.ciConfig === undefined) return null;
  const file = options.ciConfig ?? (existsSync(DEFAULT_CI_CONFIG) ? DEFAULT_CI_CONFIG : null);
  return mergeCiRules(whaleConfig.imageCi, file === null ? {} : loadDiveCi(file), flags);
}
