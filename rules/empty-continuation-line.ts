import { defineRule } from '../src/lint/rule';

export default defineRule({
  id: 'empty-continuation-line',
  aliases: ['NoEmptyContinuation'],
  severity: 'warning',
  category: 'maintainability',
  fixable: true,
  docs: {
    summary: 'Empty line inside an instruction continued with `\\`',
    details: `Flags a blank line (empty or only spaces and tabs) between the first and the last line of an
instruction continued with the escape character. Lines of heredoc bodies are not concerned, and comment
lines inside a continued instruction are allowed. The fix removes the line.`,
    why: `Docker skips such lines today but deprecated them: a future release will end the instruction there. The
blank line also hides where the instruction really ends, and a reader may take the next lines for a new
instruction.`,
    bad: `FROM alpine:3.20
RUN apk add --no-cache \\

    curl`,
    good: `FROM alpine:3.20
RUN apk add --no-cache \\
    curl`,
    notes: 'Same as BuildKit\'s `NoEmptyContinuation` check.',
  },
  check({ file, report }) {
    for (const inst of file.instructions) {
      const first = inst.range.start.line;
      const last = inst.range.end.line;
      for (let line = first + 1; line < last; line++) {
        const text = file.lines[line] ?? '';
        if (text.trim() !== '') continue;
        if (inst.heredocs.some((h) => line > h.range.start.line && line <= h.range.end.line)) continue;
        if (inst.trigger?.heredocs.some((h) => line > h.range.start.line && line <= h.range.end.line)) continue;
        report({
          message: 'Empty continuation line',
          range: { start: { line, character: 0 }, end: { line, character: text.length } },
          fix: [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' }],
        });
      }
    }
  },
});
