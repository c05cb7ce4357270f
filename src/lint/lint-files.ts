// Files -> read -> parse -> rules -> findings, one result per file. A file that cannot be read becomes a
// result with an error; the other files are still linted.
import { readFileSync, statSync } from 'node:fs';
import { parseDockerfile } from '../dockerfile/parse';
import type { Dockerfile } from '../dockerfile/model';
import { ConfigResolver, type ResolvedConfig } from './config';
import { describeIoError } from '../errors';
import { lintModel } from './engine';
import { fixText, writeFileAtomically } from './fix';
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
}

export function lintFiles(request: LintRequest): FileResult[] {
  const results: FileResult[] = [];
  for (const file of request.files) {
    const name = file === '-' ? request.stdin?.filename ?? '<stdin>' : file;
    const config = request.configs.forFile(file === '-' ? name : file);
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
    const lint = (source: string) => lintText(source, name, request.registry, config);
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
  return results;
}

export function lintText(text: string, name: string, registry: RuleRegistry, config: ResolvedConfig): Finding[] {
  return lintModel(parseText(text, name), registry, config);
}

export function parseText(text: string, name: string): Dockerfile {
  return parseDockerfile(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, name);
}
