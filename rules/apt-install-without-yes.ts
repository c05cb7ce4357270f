import type { ShellCommand } from '../src/dockerfile/command';
import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf } from '../src/lint/queries';
import { installs, variableOptions } from '../src/lint/apt-install';

const ASSUME_YES_OPTIONS = new Set(['apt::get::assume-yes', 'aptitude::cmdline::assume-yes']);

function assumesYes(command: ShellCommand): boolean {
  let quiet = 0;
  for (const flag of command.flags) {
    if (flag.name === '-y' || flag.name === '--yes' || flag.name === '--assume-yes') return true;
    if (flag.name === '-q' || flag.name === '--quiet') {
      // `-qq`, `-q -q`, `-q=2`, `--quiet=2`: quiet level 2 implies yes.
      if (flag.value !== null && Number(flag.value) >= 2) return true;
      quiet++;
    }
    if ((flag.name === '-o' || flag.name === '--option') && flag.value) {
      const eq = flag.value.indexOf('=');
      const key = flag.value.slice(0, eq).toLowerCase();
      const value = flag.value.slice(eq + 1).replace(/^["']|["']$/g, '').toLowerCase();
      if (eq > 0 && ASSUME_YES_OPTIONS.has(key) && ['true', 'yes', '1'].includes(value)) return true;
    }
  }
  return quiet >= 2 && command.name !== 'aptitude';
}

export default defineRule({
  id: 'apt-install-without-yes',
  aliases: ['DL3014'],
  severity: 'warning',
  category: 'correctness',
  fixable: true,
  docs: {
    summary: '`apt-get install` without `-y`: the build stops at the confirmation prompt',
    details: `Flags an \`apt-get install\` (also \`apt install\` and \`aptitude install\`) that does not answer yes to
its prompt: none of \`-y\`, \`--yes\`, \`--assume-yes\`, quiet level 2 (\`-qq\`, \`-q -q\`, \`-q=2\`, apt-get and apt
only) or \`-o APT::Get::Assume-Yes=true\`, and not fed by \`yes |\`. The fix inserts \` -y\` after \`install\`.`,
    why: `A build has no terminal to answer "Do you want to continue? [Y/n]". apt-get reads end of input, takes it
as no and aborts, so the build fails as soon as the install needs more than the named packages.
\`DEBIAN_FRONTEND=noninteractive\` silences debconf questions, not this prompt.`,
    bad: `FROM debian:12-slim
RUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    good: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    notes: `A simulated install (\`-s\`, \`--simulate\`, \`--dry-run\`...) installs nothing and is not reported.
hadolint checks \`apt-get install\` only; whale also checks \`apt install\` and \`aptitude install\`, which
prompt the same way (aptitude has no quiet level that implies yes). An \`APT::Get::Assume-Yes\` setting written to
\`/etc/apt/apt.conf.d\` is not seen: pass \`-y\` explicitly.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      const commands = commandsOf(run);
      for (const [i, command] of commands.entries()) {
        if (!installs(command) || assumesYes(command)) continue;
        const hidden = variableOptions(command, run);
        if (hidden.some((o) => o === '--yes' || o === '--assume-yes' || o === '-qq' || o === '-q=2' || (/^-[a-z]+$/.test(o) && o.includes('y')))) continue;
        // `yes | apt-get install ...` answers the prompt.
        if (command.connector === '|' && commands[i - 1]?.name === 'yes') continue;
        const at = command.positionals[0]!.range.end;
        report({
          message: `\`${command.name} install\` without \`-y\` stops at the confirmation prompt; add \`-y\``,
          range: { start: command.range.start, end: at },
          fix: [{ range: { start: at, end: at }, text: ' -y' }],
        });
      }
    }
  },
});
