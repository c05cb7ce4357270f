import type { ShellCommand } from '../src/dockerfile/command';
import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf } from '../src/lint/queries';

/** `-o pipefail` among shell options: `-o pipefail`, `-eo pipefail`, `-euxo pipefail`. */
function setsPipefail(words: readonly string[]): boolean {
  return words.some((w, i) => /^-[a-zA-Z]*o$/.test(w) && words[i + 1] === 'pipefail');
}

/** `set -o pipefail` (or `set -euo pipefail`) run at the top level of the script. */
function isSetPipefail(command: ShellCommand): boolean {
  return command.name === 'set' && command.nesting === null && setsPipefail(command.args.map((w) => w.display));
}

/** Index of the last command of the pipeline that starts at `start`. */
function pipelineEnd(commands: readonly ShellCommand[], start: number): number {
  let end = start;
  while (start >= 0 && commands[end + 1]?.inPipeline && commands[end + 1]!.connector === '|') end++;
  return end;
}

export default defineRule({
  id: 'pipe-without-pipefail',
  aliases: ['DL4006'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: 'A RUN with a pipe while the shell does not set `-o pipefail`',
    details: `Flags a RUN whose script has a pipeline (\`curl ... | tar x\`) when the shell in force does not fail
on a failing pipeline stage: no \`SHELL\` instruction with \`-o pipefail\` (\`SHELL ["/bin/bash", "-o", "pipefail",
"-c"]\`) applies, and the script does not run \`set -o pipefail\` before the pipe. The finding covers the first
pipeline.`,
    why: `Fail fast. A pipeline's exit status is the status of its last command, so
\`RUN wget -O - https://some.site | wc -l > /number\` succeeds even when the download fails, and the build goes on
with a broken layer. With \`-o pipefail\` the build stops at the failure.`,
    bad: `FROM debian:12-slim
RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin`,
    good: `FROM debian:12-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin`,
    notes: `SHELL applies from where it is written to the end of its stage and to stages built on it (hadolint forgets it
at every FROM, a false positive for \`FROM base\` when \`base\` set it: the image config carries it). Non-POSIX shells
(\`SHELL ["pwsh", "-Command"]\`, \`cmd\`) and Windows images are skipped, as in hadolint. hadolint does not
accept a \`set -o pipefail\` at the start of the script; this rule does, since it has the same effect. Exec-form RUNs
are not read. A pipeline fed by \`echo\` or \`printf\` (\`echo "$sha256 *file" | sha256sum -c -\`) is reported
too, as hadolint does: pipefail changes nothing there, but one \`SHELL\` line at the top of the stage covers every
RUN, and a script that sets it is safe when a later edit puts a real command before the pipe. \`/bin/sh\` on
Debian (dash before 0.5.12) has no \`pipefail\`: use bash there.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      if (!run.script?.hasPipe) continue;
      if (setsPipefail(run.shell.slice(1))) continue;
      const commands = commandsOf(run);
      const start = commands.findIndex((c) => c.inPipeline);
      const end = pipelineEnd(commands, start);
      if (commands.slice(0, start < 0 ? 0 : start).some(isSetPipefail)) continue;
      report({
        message: 'this pipeline succeeds when a command before the last one fails; set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before this RUN, or start it with `set -o pipefail`',
        // A pipeline of compound commands (`(a) | (b)`) has no simple command of its own: report the script.
        range: start < 0 ? run.script.range : { start: commands[start]!.range.start, end: commands[end]!.range.end },
      });
    }
  },
});
