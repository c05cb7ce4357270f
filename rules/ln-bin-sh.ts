import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { allRuns, resolveWord } from '../src/lint/queries';
import { runCommands } from '../src/lint/startup';

export default defineRule({
  id: 'ln-bin-sh',
  aliases: ['DL4005'],
  severity: 'warning',
  category: 'maintainability',
  docs: {
    summary: '`ln` replaces `/bin/sh`: use the SHELL instruction to change the shell',
    details: `Flags an \`ln\` command whose link target is \`/bin/sh\` (\`ln -sf /bin/bash /bin/sh\`), at the command.`,
    why: `Relinking \`/bin/sh\` changes the shell of every program and script in the image, including package
maintainer scripts and the base image's own tooling, which were written for the distribution's \`sh\`. To run
the Dockerfile's RUN instructions with bash, say so with \`SHELL ["/bin/bash", "-c"]\`: it affects the build
steps only, and a reader sees it.`,
    bad: `FROM debian:bookworm-slim
RUN ln -sf /bin/bash /bin/sh
RUN source /etc/profile`,
    good: `FROM debian:bookworm-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN source /etc/profile`,
    notes: `Links made elsewhere (\`ln -s /bin/bash /usr/local/bin/sh\`) are not reported. Shells that are not
POSIX are not checked.`,
  },
  check({ file, report }) {
    const check = (inst: Instruction) => {
      for (const command of runCommands(inst)) {
        if (command.name !== 'ln' || command.positionals.length < 2) continue;
        const last = command.positionals[command.positionals.length - 1]!;
        const target = last.value ?? resolveWord(inst, last.text);
        if (target !== '/bin/sh' && target !== '/usr/bin/sh') continue;
        report({ message: 'Do not relink `/bin/sh`: set the shell for RUN with SHELL', range: command.range });
      }
    };
    if (!file.posixShell) return;
    for (const run of allRuns(file)) check(run);
  },
});
