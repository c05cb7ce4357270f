import type { Instruction } from '../src/dockerfile/model';
import { programName } from '../src/dockerfile/command';
import { defineRule } from '../src/lint/rule';
import { allRuns } from '../src/lint/queries';
import { runCommands } from '../src/lint/startup';

export default defineRule({
  id: 'sudo-in-run',
  aliases: ['DL3004'],
  severity: 'error',
  category: 'security',
  docs: {
    summary: '`sudo` in RUN: switch users with USER, or gosu/su-exec at run time',
    details: `Flags a command run through \`sudo\` in a \`RUN\` (ONBUILD triggers included), at the \`sudo\` word.
Installing a package named \`sudo\` (\`apt-get install sudo\`) is not using it and is not reported.`,
    why: `RUN steps run as the current \`USER\`, root unless the Dockerfile changed it; \`sudo\` adds nothing but a
package, a sudoers file and TTY and signal quirks. Where a step needs root after a \`USER app\`, switch with
\`USER root\` and back; to drop privileges when the container starts, use \`gosu\` or \`su-exec\`, which do not
keep a root parent process.`,
    bad: `FROM ubuntu:24.04
USER app
RUN sudo apt-get update`,
    good: `FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
USER app`,
    notes: `Not reported: the word \`sudo\` as an argument (a package name, \`grep sudo\`, \`usermod -aG sudo\`),
heredoc data, shells that are not POSIX.`,
  },
  check({ file, report }) {
    const check = (inst: Instruction) => {
      for (const command of runCommands(inst)) {
        // `sudo` is a wrapper of the command it runs; `sudo` alone or `sudo -v` has no command.
        if (!command.wrappers.includes('sudo') && command.name !== 'sudo') continue;
        const word = command.words.find((w) => w.value !== null && programName(w.value) === 'sudo');
        if (!word) continue;
        const before = command.nameWord ? command.words.indexOf(command.nameWord) : command.words.length;
        if (command.words.indexOf(word) > before) continue;
        report({ message: 'Do not use `sudo` in RUN: it runs as the USER in force; switch with USER', range: word.range });
      }
    };
    if (!file.posixShell) return;
    for (const run of allRuns(file)) check(run);
  },
});
