import type { Instruction } from '../src/dockerfile/model';
import { hasFlag } from '../src/dockerfile/command';
import { defineRule } from '../src/lint/rule';
import { allRuns, resolveWord } from '../src/lint/queries';
import { runCommands } from '../src/lint/startup';

export default defineRule({
  id: 'useradd-without-no-log-init',
  aliases: ['DL3046'],
  severity: 'warning',
  category: 'size',
  docs: {
    summary: '`useradd` with a large UID and without `-l`/`--no-log-init`',
    details: `Flags \`useradd -u <uid>\` (or \`--uid\`) with a UID of more than five digits when neither \`-l\` nor
\`--no-log-init\` is given, at the command. ARG and ENV values are resolved.`,
    why: `useradd records the new user in \`/var/log/lastlog\` and \`/var/log/faillog\`, files indexed by UID. With a
UID like 1000000 they become sparse files of hundreds of megabytes, and image layers do not keep them sparse:
the image grows by that much, and the build may run out of disk. \`-l\` (\`--no-log-init\`) skips those files.`,
    bad: `FROM debian:bookworm-slim
RUN useradd -u 1000000 app`,
    good: `FROM debian:bookworm-slim
RUN useradd --no-log-init -u 1000000 app`,
    notes: `Not reported: UIDs of five digits or fewer (the files stay small), a UID whose variable has no value,
\`adduser\` and BusyBox \`adduser\` (which do not write lastlog). Shells that are not POSIX are not checked.`,
  },
  check({ file, report }) {
    const check = (inst: Instruction) => {
      for (const command of runCommands(inst)) {
        if (command.name !== 'useradd') continue;
        if (hasFlag(command, '-l', '--no-log-init')) continue;
        const flag = command.flags.find((f) => (f.name === '-u' || f.name === '--uid') && f.value !== null);
        if (!flag) continue;
        const uid = resolveWord(inst, flag.value!);
        if (uid === null || !/^[0-9]+$/.test(uid) || uid.replace(/^0+/, '').length <= 5) continue;
        report({ message: `\`useradd\` with UID ${uid} and without \`--no-log-init\` writes huge lastlog/faillog files into the image: add \`-l\``, range: command.range });
      }
    };
    if (!file.posixShell) return;
    for (const run of allRuns(file)) check(run);
  },
});
