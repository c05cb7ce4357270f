import type { ShellCommand } from '../src/dockerfile/command';
import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf, mountCovers } from '../src/lint/queries';

const CACHE = '/var/cache/apk';
// `--no-cache`; `--no-network` and `--simulate` fetch no index, so they leave nothing behind either.
const QUIET_FLAGS = new Set(['--no-cache', '--no-network', '-s', '--simulate']);

function adds(command: ShellCommand): boolean {
  return command.name === 'apk' && command.positionals[0]?.value === 'add';
}

export default defineRule({
  id: 'apk-add-without-no-cache',
  aliases: ['DL3019'],
  severity: 'info',
  category: 'size',
  fixable: true,
  docs: {
    summary: '`apk add` without `--no-cache` leaves the package index in the layer',
    details: `Flags an \`apk add\` without \`--no-cache\` (or \`--no-network\` or \`--simulate\`, which fetch no
index), unless a cache or tmpfs mount covers \`/var/cache/apk\`. The fix inserts \` --no-cache\` after \`add\`.`,
    why: `Clean caches in the same layer. \`apk update\` and \`apk add\` store the repository indexes under
\`/var/cache/apk\`; a file left there ships in the layer even if a later RUN deletes it. \`--no-cache\` fetches the
index into a temporary place and keeps nothing, which also makes a separate \`apk update\` unnecessary.`,
    bad: `FROM alpine:3.20
RUN apk update && apk add curl`,
    good: `FROM alpine:3.20
RUN apk add --no-cache curl`,
    notes: `A cache mount on \`/var/cache/apk\` is accepted, as in hadolint. \`rm -rf /var/cache/apk/*\` after the
install is still reported, as hadolint's own example does: it needs a separate \`apk update\`, is easy to
forget in the next change, and \`--no-cache\` says the same in one flag. Beyond hadolint, \`apk add --no-network\`
(used to add run-time dependencies from packages already present) and \`--simulate\` download nothing and are
not reported. Exec-form RUNs and non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      if (mountCovers(run, CACHE)) continue;
      const commands = commandsOf(run);
      for (const command of commands) {
        if (!adds(command) || command.flags.some((flag) => QUIET_FLAGS.has(flag.name))) continue;
        const at = command.positionals[0]!.range.end;
        report({
          message: '`apk add` without `--no-cache` leaves the package index in this layer; add `--no-cache`',
          range: { start: command.range.start, end: at },
          fix: [{ range: { start: at, end: at }, text: ' --no-cache' }],
        });
      }
    }
  },
});
