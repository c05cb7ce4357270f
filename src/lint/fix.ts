// Applies a rule's text edits to a file's text.
import { LineIndex } from '../dockerfile/text';
import type { TextEdit } from './rule';

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
