// `whale lint [paths...]`
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { ConfigResolver, loadConfig, THRESHOLDS, type Threshold } from '../lint/config';
import { discover } from '../lint/discover';
import { lintFiles, parseText, type FileResult } from '../lint/lint-files';
import { lintAgainstImage } from '../lint/image-evidence';
import { resolveSource } from '../image/source';
import { severityRank, type Severity } from '../lint/rule';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './exit-codes';
import { checkPlatform, platformOption, readImage } from './read-image';
import { UsageError } from '../errors';
import { formatJson } from '../report/json';
import { formatTty } from '../report/tty';
import { registry } from '../lint/builtin';

interface LintOptions {
  format: 'tty' | 'json';
  config?: string;
  failureThreshold?: Threshold;
  color: boolean;
  quiet?: boolean;
  stdinFilename?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  buildArg: string[];
  enableAll?: boolean;
  shellcheck?: boolean;
  image?: string;
  platform?: string;
}

/** When no config or flag says otherwise, errors and warnings fail the run; info and style do not. */
const DEFAULT_THRESHOLD: Threshold = 'warning';

export function registerLint(program: Command, setExit: (code: number) => void): void {
  program
    .command('lint')
    .description('lint Dockerfiles (files, directories, globs, or - for stdin)')
    .argument('[paths...]', 'files, directories or globs to lint', ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['tty', 'json']).default('tty'))
    .option('-c, --config <file>', 'use this configuration instead of the nearest .whale.yaml')
    .addOption(new Option('-t, --failure-threshold <severity>', 'exit 1 when a finding is at least this severe').choices([...THRESHOLDS]))
    .option('--no-color', 'never colour the output')
    .option('-q, --quiet', 'report only findings that reach the failure threshold')
    .option('--stdin-filename <name>', 'the name to report for - (stdin), also used to find its config')
    .addOption(new Option('--fix', 'apply the safe fixes to the files, then report what is left').conflicts('fixDryRun'))
    .option('--fix-dry-run', 'compute the fixes without writing them (the JSON format includes the fixed text)')
    .option('--build-arg <name=value>', 'a build argument, as given to docker build (repeatable); BUILDKIT_DOCKERFILE_CHECK is read too', collect, [])
    .option('--enable-all', 'turn on every rule, also those that are off by default')
    .option('--shellcheck', 'also run ShellCheck over shell-form RUNs (needs the shellcheck program)')
    .option('--image <reference>', 'back the findings with what the image built from the Dockerfile holds, and check the image (one Dockerfile)')
    .option('--platform <os/arch[/variant]>', 'with --image: the platform to pick from a multi-platform image')
    .action(async (paths: string[], options: LintOptions) => {
      setExit(await runLint(paths, options));
    });
}

async function runLint(paths: string[], options: LintOptions): Promise<number> {
  if (options.platform !== undefined && options.image === undefined) throw new UsageError('--platform needs --image');
  checkPlatform(options.platform);
  const explicit = options.config ? loadConfig(options.config, registry) : null;
  const configs = new ConfigResolver(registry, explicit);
  const files = discover(paths);
  if (options.image !== undefined && files.length !== 1) {
    throw new UsageError(`--image: name the one Dockerfile the image was built from (${files.length} Dockerfiles found)`);
  }
  if (options.image !== undefined && (options.fix || options.fixDryRun)) {
    throw new UsageError('--image reads the image built from the Dockerfile as it is: lint with --fix first, rebuild, then lint with --image');
  }
  if (options.fix && files.includes('-')) throw new UsageError('--fix cannot rewrite standard input; use --fix-dry-run --format json');
  const fix = options.fix ? 'write' : options.fixDryRun ? 'dry-run' : null;
  const stdin = files.includes('-')
    ? { text: readStdin(), filename: options.stdinFilename ?? '<stdin>' }
    : undefined;
  const buildArgs = new Map<string, string>();
  for (const arg of options.buildArg) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new UsageError(`--build-arg ${arg}: expected NAME=VALUE`);
    buildArgs.set(arg.slice(0, eq), arg.slice(eq + 1));
  }
  const warn = (message: string) => process.stderr.write(`whale: ${message}\n`);
  let results = lintFiles({
    files, registry, configs, fix, buildArgs, warn,
    enableAll: options.enableAll === true,
    enable: options.shellcheck ? ['shellcheck'] : [],
    ...(stdin ? { stdin } : {}),
  });
  if (options.image !== undefined) results = await withImage(results, options.image, options.platform, buildArgs, warn);
  const thresholdOf = (result: FileResult): Threshold =>
    options.failureThreshold ?? result.config?.failureThreshold ?? DEFAULT_THRESHOLD;
  const reaches = (result: FileResult) => {
    const threshold = thresholdOf(result);
    return (severity: Severity) => threshold !== 'none' && severityRank(severity) <= severityRank(threshold);
  };
  if (options.quiet) {
    results = results.map((result) => ({ ...result, findings: result.findings.filter((f) => reaches(result)(f.severity)) }));
  }
  const fixable = (id: string) => registry.find(id)?.fixable === true;
  const color = options.color && !process.env['NO_COLOR'] && process.stdout.isTTY === true;
  process.stdout.write(options.format === 'json' ? formatJson(results, fixable) : formatTty(results, color));

  const unreadable = results.filter((r) => r.error);
  for (const result of unreadable) process.stderr.write(`whale: ${result.file}: ${result.error}\n`);
  if (unreadable.length) return EXIT_USAGE;
  return results.some((result) => result.findings.some((f) => reaches(result)(f.severity))) ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * The Dockerfile's findings with the image's evidence, then the image checks as a result of their own, whose
 * `file` is the image reference (positions 1:1: they are about the image, not a line).
 */
async function withImage(results: FileResult[], reference: string, platform: string | undefined, buildArgs: ReadonlyMap<string, string>, warn: (message: string) => void): Promise<FileResult[]> {
  const source = resolveSource(reference);
  const image = await readImage(source, { ...platformOption(platform), progress: true });
  const linted = results[0];
  if (!linted || linted.text === null) {
    // Unreadable (reported as such) or ignored by the configuration: the image is still checked.
    // `image: checks:` of the Dockerfile's configuration turns image checks off or changes their severity.
    const config = linted?.config ?? null;
    const checked = lintAgainstImage(parseText('', reference), [], image, config?.imageChecks);
    return [...results, { file: image.reference, findings: checked.imageFindings, error: null, text: null, config }];
  }
  const model = parseText(linted.text, linted.file, buildArgs);
  const checked = lintAgainstImage(model, linted.findings, image, linted.config?.imageChecks);
  if (checked.notice) warn(checked.notice);
  return [
    { ...linted, findings: checked.findings },
    { file: image.reference, findings: checked.imageFindings, error: null, text: null, config: linted.config },
  ];
}

function readStdin(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch (error) {
    throw new UsageError(`-: cannot read standard input (${error instanceof Error ? error.message : String(error)})`);
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
