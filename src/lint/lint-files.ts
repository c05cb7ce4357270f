// Files -> read -> parse -> rules -> findings, one result per file. A file that cannot be read becomes a
// result with an error; the other files are still linted.
import { readFileSync, statSync } from 'node:fs';
import { parseDockerfile } from '../dockerfile/parse';
import type { Dockerfile } from '../dockerfile/model';
import { ConfigResolver, type ResolvedConfig } from './config';
import { describeIoError } from '../errors';
import { lintModel } from './engine';
import { fixText, writeFileAtomically } from './fix';
import { collectPragmas, nonPosixShellComment } from './pragmas';
import { SHELLCHECK_RULE, ShellCheckMissing, shellCheckFindings } from './shellcheck';
import { severityRank } from './rule';
import { comparePositions } from '../dockerfile/text';
import type { RuleRegistry } from './registry';
import type { Finding } from './rule';

export interface FileResult {
  file: string;
  findings: Finding[];
  /** Why the file could not be linted, or null. */
  error: string | null;
  /** The file's text (for showing the offending line), when it was read. */
  text: string | null;
  config: ResolvedConfig | null;
  /** With --fix or --fix-dry-run: the fixed text when it differs, and how many findings were fixed. */
  output?: string;
  fixed?: number;
}

/** `write`: --fix (files are rewritten); `dry-run`: --fix-dry-run (the fixed text is only reported). */
export type FixMode = 'write' | 'dry-run' | null;

export interface LintRequest {
  files: readonly string[];
  registry: RuleRegistry;
  configs: ConfigResolver;
  /** Text of `-` (stdin) and the name to report it under. */
  stdin?: { text: string; filename: string };
  fix?: FixMode;
  /** `--build-arg NAME=VALUE` */
  buildArgs?: ReadonlyMap<string, string>;
  /** `--enable-all`: every rule on, also those off by default. */
  enableAll?: boolean;
  /** Rules turned on from the command line (`--shellcheck`). */
  enable?: readonly string[];
  /** Told about something that did not stop the lint (ShellCheck missing). */
  warn?: (message: string) => void;
}

export function lintFiles(request: LintRequest): FileResult[] {
  const results: FileResult[] = [];
  for (const file of request.files) {
    const name = file === '-' ? request.stdin?.filename ?? '<stdin>' : file;
    const found = request.configs.forFile(file === '-' ? name : file);
    const config = request.enableAll || request.enable?.length ? enableRules(found, request.enableAll ? null : request.enable!) : found;
    if (file !== '-' && config.isIgnored(file)) continue;
    let text: string;
    try {
      // A FIFO or device would block or never end: only regular files are read.
      if (file !== '-' && !statSync(file).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
      text = file === '-' ? request.stdin?.text ?? '' : readFileSync(file, 'utf8');
    } catch (error) {
      results.push({ file: name, findings: [], error: `cannot read the file (${describeIoError(error)})`, text: null, config });
      continue;
    }
    // Docker ignores a UTF-8 byte order mark, and so do editors when they count columns; --fix keeps it.
    const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    text = text.slice(bom.length);
    const lint = (source: string) => lintText(source, name, request.registry, config, request.buildArgs);
    if (!request.fix) {
      results.push({ file: name, findings: lint(text), error: null, text, config });
      continue;
    }
    const fixed = fixText(text, lint);
    const changed = fixed.text !== text;
    if (changed && request.fix === 'write' && file !== '-') {
      try {
        writeFileAtomically(file, bom + fixed.text);
      } catch (error) {
        results.push({ file: name, findings: lint(text), error: `cannot write the fixes (${describeIoError(error)})`, text, config });
        continue;
      }
    }
    results.push({ file: name, findings: fixed.findings, error: null, text: fixed.text, config, fixed: fixed.fixed, ...(changed ? { output: fixed.text } : {}) });
  }
  addShellCheck(results, request);
  return results;
}

/** ShellCheck's findings for the files whose configuration turns the `shellcheck` rule on, in one batch. */
function addShellCheck(results: FileResult[], request: LintRequest): void {
  const chosen = results.filter((r) => r.text !== null && r.config?.rules.get(SHELLCHECK_RULE)?.enabled);
  const rule = request.registry.find(SHELLCHECK_RULE);
  if (chosen.length === 0 || !rule) return;
  const models = chosen.map((r) => parseText(r.text!, r.file, request.buildArgs));
  let found: Finding[][];
  try {
    found = shellCheckFindings(models);
  } catch (error) {
    if (!(error instanceof ShellCheckMissing)) throw error;
    request.warn?.(`${error.message}; the ShellCheck findings are missing (Debian: apt-get install shellcheck)`);
    return;
  }
  chosen.forEach((result, i) => {
    const config = result.config!;
    const pragmas = collectPragmas(models[i]!, request.registry, { inlineIgnores: !config.disableIgnorePragma, buildArgs: models[i]!.buildArgs });
    const setting = config.rules.get(SHELLCHECK_RULE)!;
    for (const finding of found[i]!) {
      if (pragmas.suppresses(rule, finding.range, finding.aliases)) continue;
      // The configured severity of the rule caps nothing: ShellCheck's own level is kept unless configured lower.
      const severity = severityRank(finding.severity) < severityRank(setting.severity) ? setting.severity : finding.severity;
      result.findings.push({ ...finding, severity });
    }
    result.findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
  });
}

export function lintText(text: string, name: string, registry: RuleRegistry, config: ResolvedConfig, buildArgs: ReadonlyMap<string, string> = new Map()): Finding[] {
  return lintModel(parseText(text, name, buildArgs), registry, config);
}

export function parseText(text: string, name: string, buildArgs: ReadonlyMap<string, string> = new Map()): Dockerfile {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const file = parseDockerfile(source, name, { buildArgs });
  // `# hadolint shell=powershell`: the comment is only known after a first parse; parse again without POSIX shell.
  return file.posixShell && nonPosixShellComment(file.comments) ? parseDockerfile(source, name, { buildArgs, nonPosixShell: true }) : file;
}

/** The configuration with these rules turned on (all of them for null). */
function enableRules(config: ResolvedConfig, ids: readonly string[] | null): ResolvedConfig {
  return {
    ...config,
    rules: new Map([...config.rules].map(([id, setting]) => [id, ids === null || ids.includes(id) ? { ...setting, enabled: true } : setting])),
  };
}
