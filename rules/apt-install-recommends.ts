import type { ShellCommand } from '../src/dockerfile/command';
import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf } from '../src/lint/queries';
import { installs, variableOptions } from '../src/lint/apt-install';

const OFF = new Set(['false', 'no', '0', 'off']);

function skipsRecommends(command: ShellCommand): boolean {
  for (const flag of command.flags) {
    if (flag.name === '--no-install-recommends') return true;
    if (command.name === 'aptitude' && (flag.name === '-R' || flag.name === '--without-recommends')) return true;
    if ((flag.name === '-o' || flag.name === '--option') && flag.value) {
      const eq = flag.value.indexOf('=');
      if (eq <= 0) continue;
      const key = flag.value.slice(0, eq).toLowerCase();
      const value = flag.value.slice(eq + 1).replace(/^["']|["']$/g, '').toLowerCase();
      if ((key === 'apt::install-recommends' || key === 'aptitude::recommends-important') && OFF.has(value)) return true;
    }
  }
  return false;
}

export default defineRule({
  id: 'apt-install-recommends',
  aliases: ['DL3015'],
  severity: 'info',
  category: 'size',
  fixable: true,
  docs: {
    summary: '`apt-get install` without `--no-install-recommends` pulls in recommended packages',
    details: `Flags an \`apt-get install\` (also \`apt install\` and \`aptitude install\`) without
\`--no-install-recommends\` or \`-o APT::Install-Recommends=false\` (for aptitude also \`-R\`/\`--without-recommends\`).
The fix inserts \` --no-install-recommends\` after \`install\` (\` -R\` for aptitude).`,
    why: `By default APT also installs every package the requested ones recommend: documentation, optional tools,
sometimes whole toolchains. They make the image larger and give it more to patch, for nothing the image uses.
Install only what you name, and name what you need.`,
    bad: `FROM debian:12-slim
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*`,
    good: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    notes: `A simulated install (\`-s\`, \`--simulate\`, \`--dry-run\`...) installs nothing and is not reported.
hadolint checks \`apt-get install\` only; whale also checks \`apt install\` and \`aptitude install\`. A
setting written to \`/etc/apt/apt.conf.d\` (\`APT::Install-Recommends "false";\`) is not seen: pass the option on
the command line, or ignore the rule for that file.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        if (!installs(command) || skipsRecommends(command)) continue;
        if (variableOptions(command, run).some((o) => o === '--no-install-recommends' || o === '--without-recommends')) continue;
        const at = command.positionals[0]!.range.end;
        const option = command.name === 'aptitude' ? '-R' : '--no-install-recommends';
        report({
          message: `\`${command.name} install\` also installs recommended packages; add \`${option}\``,
          range: { start: command.range.start, end: at },
          fix: [{ range: { start: at, end: at }, text: ` ${option}` }],
        });
      }
    }
  },
});
