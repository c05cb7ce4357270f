import type { Instruction, Range } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';

/** The RUN's flags as a comparable key: `--mount`, `--network`, `--security`, in any order. */
function flagKey(run: Instruction): string {
  return run.flags.map((flag) => `${flag.name.toLowerCase()}=${flag.value ?? ''}`).sort().join('\n');
}

/** Commands the RUN runs at the top level (those inside `$(...)` are part of another command); null when unknown. */
function commandCount(run: Instruction): number | null {
  if (!run.script) return null;
  return run.script.commands.filter((command) => command.nesting !== 'substitution').length;
}

/** From the keyword to the end of the first line, continuation character excluded. */
function firstLine(run: Instruction, lines: readonly string[], escapeChar: string): Range {
  const { start, end } = run.range;
  if (start.line === end.line) return run.range;
  let text = (lines[start.line] ?? '').replace(/\s+$/, '');
  if (text.endsWith(escapeChar)) text = text.slice(0, -1).replace(/\s+$/, '');
  return { start, end: { line: start.line, character: Math.max(text.length, run.keywordRange.end.character) } };
}

export default defineRule({
  id: 'consecutive-run',
  aliases: ['DL3059'],
  severity: 'info',
  category: 'size',
  options: {
    longRun: {
      type: 'number',
      default: 3,
      description: 'A RUN with at least this many commands is long on its own and is not asked to merge.',
    },
  },
  docs: {
    summary: 'Consecutive RUN instructions with the same flags that could be one',
    details: `Flags a RUN that directly follows another RUN of the same stage (comments between them do not count,
any other instruction does) when both have the same flags (\`--mount\`, \`--network\`, \`--security\`). The finding
sits on the first line of the second RUN.

It stays quiet when either RUN is long on its own (at least \`longRun\` commands, 3 by default), for heredoc
RUNs (\`RUN <<EOF\`), which are already scripts, and in builder stages that the final stage only copies files
from (\`COPY --from\`): their layers never ship, and separate RUNs there keep the build cache fine-grained.
Stages that the final stage does not use at all are still checked, since they are built with \`--target\`.`,
    why: `Minimize separate RUN steps. Each RUN is a layer: a file created in one and deleted in the next still
ships, every layer adds overhead to pull and to start, and a chain of one-liners is harder to read than one
step that says what it does. Short RUNs in a row are usually one step written as several.`,
    bad: `FROM python:3.12-slim
RUN useradd --create-home app
RUN mkdir /data
RUN chown app /data`,
    good: `FROM python:3.12-slim
RUN useradd --create-home app \\
 && mkdir /data \\
 && chown app /data`,
    notes: `Separate RUNs are sometimes right: to keep an expensive step cached apart from one that changes
often, or to give a failing step its own line in the build log; use an ignore comment with a reason then.
RUNs with different flags (a cache mount, \`--network=none\`) cannot be merged without changing what they do, so
they are not flagged. Exec-form RUNs and RUNs for a non-POSIX shell (Windows images) are not flagged: their
commands cannot be counted or joined with \`&&\`. ONBUILD RUNs are not considered.`,
  },
  check({ file, options, report }) {
    const longRun = typeof options['longRun'] === 'number' ? options['longRun'] : 3;
    const short = (run: Instruction): boolean => {
      if (run.heredocs.length > 0 || run.form !== 'shell') return false;
      const count = commandCount(run);
      return count !== null && count < longRun;
    };
    for (const stage of file.stages) {
      // A builder stage whose files are copied into the final image ships none of its layers.
      if (stage.reachesFinal && !stage.inFinalImage) continue;
      let previous: Instruction | null = null;
      for (const inst of stage.instructions) {
        if (inst.keyword === 'RUN' && previous && short(previous) && short(inst) && flagKey(previous) === flagKey(inst)) {
          report({
            message: `RUN follows the RUN on line ${previous.range.start.line + 1}${inst.flags.length ? ' with the same flags' : ''}; merge them into one RUN with &&`,
            range: firstLine(inst, file.lines, file.escapeChar),
          });
        }
        previous = inst.keyword === 'RUN' ? inst : null;
      }
    }
  },
});
