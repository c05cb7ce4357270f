import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { allRuns } from '../src/lint/queries';
import { runCommands } from '../src/lint/startup';

// Programs that inspect or control a running system: during a build they act on a throwaway build container.
const POINTLESS: Readonly<Record<string, string>> = {
  free: 'shows the memory of the build container',
  kill: 'signals processes of the build container',
  mount: 'mounts inside the build container only; use `RUN --mount` or a volume',
  ps: 'lists the processes of the build container',
  service: 'starts a service that stops when the RUN ends',
  shutdown: 'cannot shut anything down in a build',
  ssh: 'needs an interactive session; use `RUN --mount=type=ssh` with git or scp if you must fetch over SSH',
  top: 'is interactive and shows the build container',
  vim: 'is an interactive editor; edit files with COPY or sed',
};

export default defineRule({
  id: 'pointless-command-in-container',
  aliases: ['DL3001'],
  severity: 'info',
  category: 'maintainability',
  docs: {
    summary: 'RUN uses a command that makes no sense in an image build (ps, top, kill, vim, service, ssh...)',
    details: `Flags, in a \`RUN\` (ONBUILD triggers included), commands that inspect or drive a running machine:
\`free\`, \`kill\`, \`mount\`, \`ps\`, \`service\`, \`shutdown\`, \`ssh\`, \`top\` and \`vim\`. Each command is one
finding at the command. The program name is found behind wrappers (\`sudo\`, \`env\`) and paths (\`/bin/ps\`).`,
    why: `A RUN step runs in a temporary container whose processes all end with the step. Listing its processes,
killing them, starting a service, mounting a file system or opening an editor leaves nothing in the image: the
command either does nothing useful or hangs the build waiting for input. It is usually a leftover from an
interactive session that was turned into a Dockerfile.`,
    bad: `FROM ubuntu:24.04
RUN service nginx start && ps aux`,
    good: `FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends nginx && rm -rf /var/lib/apt/lists/*
CMD ["nginx", "-g", "daemon off;"]`,
    notes: `Installing a package of the same name (\`apt-get install procps vim\`) is not reported: only running
the command is. \`RUN --mount\` is a flag of RUN, not the \`mount\` command. \`CMD\`/\`ENTRYPOINT\` are not
checked: they run in the real container. \`kill\` in a RUN that starts a process in the background (\`&\`), or of a
process id held in a variable or a job (\`kill $pid\`, \`kill %1\`), is fine: it stops a process the step started. Shells that are not POSIX (PowerShell, cmd) are not checked.`,
  },
  check({ file, report }) {
    const check = (inst: Instruction) => {
      const commands = runCommands(inst);
      // `server & pid=$!; ...; kill $pid` stops a process this RUN started in the background.
      const backgrounded = commands.some((command) => command.connector === '&');
      for (const command of commands) {
        const killsOwnProcess = backgrounded || command.positionals.some((word) => word.value === null || word.display.startsWith('%'));
        if (command.name === 'kill' && killsOwnProcess) continue;
        const why = Object.hasOwn(POINTLESS, command.name) ? POINTLESS[command.name] : undefined;
        if (!why || !command.nameWord) continue;
        report({ message: `\`${command.name}\` in RUN ${why}`, range: command.nameWord.range });
      }
    };
    if (!file.posixShell) return;
    for (const run of allRuns(file)) check(run);
  },
});
