// ShellCheck over the shell-form RUNs of many Dockerfiles in a few batched runs of the `shellcheck` program:
// each RUN becomes one script, with the dialect of the SHELL in force and the ARG/ENV names in scope declared
// (so that SC2154 "referenced but not assigned" speaks only of variables nothing defines), and every ShellCheck
// finding is mapped back to its line and column in the Dockerfile.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { programName } from '../dockerfile/command';
import type { Dockerfile, Instruction } from '../dockerfile/model';
import type { ShellSource } from '../dockerfile/shell';
import { LineIndex } from '../dockerfile/text';
import type { Finding, Severity } from './rule';

export const SHELLCHECK_RULE = 'shellcheck';

/** Files per shellcheck process: command lines have a length limit. */
const BATCH = 400;
/** Distributions whose /bin/sh is bash; elsewhere it is dash (Debian, Ubuntu) or BusyBox ash (Alpine), which
 * ShellCheck's `dash` dialect describes best (both have `local`, neither has arrays). */
const BASH_AS_SH = /(^|\/)(centos|fedora|rhel[^/]*|ubi[0-9]*|rockylinux|almalinux|amazonlinux|oraclelinux)(:|$)/;

interface Script {
  file: number;
  source: ShellSource;
  headerLines: number;
}

interface ShellCheckComment {
  file: string;
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: string;
  code: number;
  message: string;
}

export class ShellCheckMissing extends Error {}

/** ShellCheck's findings for each file (same order as `files`). Throws ShellCheckMissing when it is not installed. */
export function shellCheckFindings(files: readonly Dockerfile[]): Finding[][] {
  const found: Finding[][] = files.map(() => []);
  const scripts: Script[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'whale-shellcheck-'));
  try {
    const paths: string[] = [];
    files.forEach((file, index) => {
      for (const inst of runs(file)) {
        const source = inst.script?.source;
        if (!source) continue;
        const names = [...inst.scope.keys()].filter((name) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
        const header = [`# shellcheck shell=${dialect(inst)}`, ...(names.length ? [`export ${names.join(' ')}`] : [])];
        const path = join(dir, `${scripts.length}.sh`);
        writeFileSync(path, header.join('\n') + '\n' + source.text + '\n');
        scripts.push({ file: index, source, headerLines: header.length });
        paths.push(path);
      }
    });
    for (let start = 0; start < paths.length; start += BATCH) {
      const run = spawnSync('shellcheck', ['--format=json1', '--norc', ...paths.slice(start, start + BATCH)], { encoding: 'utf8', maxBuffer: 1 << 28 });
      if (run.error) throw new ShellCheckMissing(`shellcheck could not run (${(run.error as NodeJS.ErrnoException).code ?? run.error.message})`);
      // Exit 1 means findings; anything else is ShellCheck failing.
      if (run.status !== 0 && run.status !== 1) throw new ShellCheckMissing(`shellcheck failed: ${run.stderr.trim().split('\n')[0]}`);
      const { comments } = JSON.parse(run.stdout || '{"comments":[]}') as { comments: ShellCheckComment[] };
      for (const comment of comments) {
        const number = Number(/(\d+)\.sh$/.exec(comment.file)?.[1]);
        const script = scripts[number];
        if (!script || comment.line <= script.headerLines) continue;
        const file = files[script.file]!;
        const finding = toFinding(comment, script, lineIndexOf(file));
        if (finding) found[script.file]!.push(finding);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return found;
}

const lineIndexes = new WeakMap<Dockerfile, LineIndex>();
function lineIndexOf(file: Dockerfile): LineIndex {
  let index = lineIndexes.get(file);
  if (!index) lineIndexes.set(file, (index = new LineIndex(file.text)));
  return index;
}

function runs(file: Dockerfile): Instruction[] {
  const found: Instruction[] = [];
  for (const inst of file.instructions) {
    const run = inst.keyword === 'RUN' ? inst : inst.trigger?.keyword === 'RUN' ? inst.trigger : null;
    if (run && run.form === 'shell') found.push(run);
  }
  return found;
}

function dialect(inst: Instruction): string {
  const shell = programName(inst.shell[0] ?? 'sh');
  if (shell === 'bash' || shell === 'dash' || shell === 'ksh') return shell;
  if (shell === 'mksh') return 'ksh';
  const image = inst.stage?.image?.resolved ?? '';
  return shell === 'sh' && BASH_AS_SH.test(image) ? 'bash' : 'dash';
}

function toFinding(comment: ShellCheckComment, script: Script, index: LineIndex): Finding | null {
  const text = script.source.text;
  const offsetOf = (line: number, column: number): number => {
    let start = 0;
    for (let n = script.headerLines + 1; n < line; n++) {
      const next = text.indexOf('\n', start);
      if (next < 0) return text.length;
      start = next + 1;
    }
    return Math.min(start + column - 1, text.length);
  };
  const startOffset = offsetOf(comment.line, comment.column);
  const endOffset = Math.max(startOffset, offsetOf(comment.endLine, comment.endColumn));
  const docStart = script.source.offsets[startOffset];
  const docEnd = endOffset > startOffset ? (script.source.offsets[endOffset - 1] ?? docStart!) + 1 : docStart;
  if (docStart === undefined || docEnd === undefined) return null;
  const code = `SC${comment.code}`;
  return {
    rule: SHELLCHECK_RULE,
    aliases: [code],
    severity: SEVERITY[comment.level] ?? 'warning',
    message: `${code}: ${comment.message}`,
    range: index.range(docStart, docEnd),
  };
}

const SEVERITY: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'style' };
