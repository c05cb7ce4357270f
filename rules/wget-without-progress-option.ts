import type { ShellCommand } from '../src/dockerfile/command';
import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf } from '../src/lint/queries';

const QUIET = new Set(['-q', '--quiet', '--no-verbose', '--progress', '-o', '--output-file', '-a', '--append-output']);

/** wget with an option that replaces the progress bar: quiet, not verbose, a progress style, or a log file. */
function hasProgressOption(command: ShellCommand): boolean {
  // `-nv` is one option, though it looks like `-n -v`.
  return command.flags.some((flag) => QUIET.has(flag.name) || flag.word.display.startsWith('-nv'));
}

export default defineRule({
  id: 'wget-without-progress-option',
  aliases: ['DL3047'],
  severity: 'info',
  category: 'style',
  docs: {
    summary: '`wget` without a progress or quiet option',
    details: `Flags \`wget\` without one of \`-q\`/\`--quiet\`, \`-nv\`/\`--no-verbose\` or \`--progress=...\`
(\`--progress=dot:giga\`). Sending the log to a file (\`-o\`/\`--output-file\`, \`-a\`/\`--append-output\`) also
silences it, as in hadolint.`,
    why: `Without a TTY, wget prints a line of dots for every few kilobytes it downloads, so one large download
can write thousands of lines into the build log and bury the output that matters.`,
    bad: `FROM debian:12-slim
RUN wget https://example.com/tool.tar.gz`,
    good: `FROM debian:12-slim
RUN wget --progress=dot:giga https://example.com/tool.tar.gz`,
    notes: `Exec-form RUNs and non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        if (command.name !== 'wget' || hasProgressOption(command)) continue;
        report({
          message: '`wget` without `--progress=dot:giga`, `-q` or `-nv` fills the build log with progress output',
          range: command.range,
        });
      }
    }
  },
});
