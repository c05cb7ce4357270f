// Applies a rule's text edits to a file's text.
import { realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LineIndex } from '../dockerfile/text';
import type { Finding, TextEdit } from './rule';

/**
 * Applies non-overlapping edits, last first so that earlier offsets hold. Edits that overlap, or two
 * insertions at the same place (whose order would be a guess), throw.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const index = new LineIndex(text);
  const spans = edits
    .map((edit) => ({ start: index.offsetAt(edit.range.start), end: index.offsetAt(edit.range.end), text: edit.text }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1]!;
    const current = spans[i]!;
    if (current.start < previous.end || current.start === previous.start) {
      throw new Error(`overlapping edits at offset ${current.start}`);
    }
  }
  let out = text;
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i]!;
    if (span.end < span.start) throw new Error(`edit ends before it starts at offset ${span.start}`);
    out = out.slice(0, span.start) + span.text + out.slice(span.end);
  }
  return out;
}

/** ESLint's limit: fixes can enable further fixes, but never loop forever. */
const MAX_FIX_PASSES = 10;

/**
 * Applies every fix it can: in each pass the findings' fixes that do not overlap an earlier one, then lints
 * the result again, until nothing is left to fix. Returns the fixed text and the findings that remain.
 */
export function fixText(text: string, lint: (text: string) => Finding[]): { text: string; findings: Finding[]; fixed: number } {
  let current = text;
  let findings = lint(current);
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const chosen: TextEdit[] = [];
    const taken: Array<[number, number]> = [];
    const index = new LineIndex(current);
    for (const finding of findings) {
      if (!finding.fix?.length) continue;
      const spans = finding.fix.map((edit) => [index.offsetAt(edit.range.start), index.offsetAt(edit.range.end)] as [number, number]);
      const overlaps = spans.some(([start, end]) => taken.some(([s, e]) => start < e && s < end || start === s));
      if (overlaps) continue;
      taken.push(...spans);
      chosen.push(...finding.fix);
      fixed++;
    }
    if (chosen.length === 0) break;
    current = applyEdits(current, chosen);
    findings = lint(current);
  }
  return { text: current, findings, fixed };
}

/** Replaces a file's content atomically: a temporary file beside it, then a rename, keeping its mode. */
export function writeFileAtomically(link: string, text: string): void {
  // Through a symlink, the file it points at is the one to fix; the link stays a link.
  const path = realpathSync(link);
  const mode = statSync(path).mode & 0o7777;
  const temporary = join(dirname(path), `.${basename(path)}.whale-${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { mode });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
