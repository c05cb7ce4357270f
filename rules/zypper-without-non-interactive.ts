import type { ShellCommand } from '../src/dockerfile/command';
import type { Position } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf } from '../src/lint/queries';

// zypper commands that ask for confirmation (long and short names).
const PROMPTING = new Set([
  'install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up', 'dist-upgrade', 'dup', 'install-new-recommends', 'inr',
]);

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** `-n` is global (before the subcommand): after `install` it means `--name`. `-y`/`--no-confirm` follow the subcommand. */
function nonInteractive(command: ShellCommand): boolean {
  const sub = command.positionals[0]!.range.start;
  return command.flags.some(
    (flag) =>
      flag.name === '-y' || flag.name === '--no-confirm' || flag.name === '--non-interactive' ||
      (flag.name === '-n' && before(flag.word.range.start, sub)),
  );
}

export default defineRule({
  id: 'zypper-without-non-interactive',
  aliases: ['DL3034'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: '`zypper install` (or another changing zypper command) without a non-interactive flag',
    details: `Flags a \`zypper\` command that asks for confirmation (\`install\`/\`in\`, \`remove\`/\`rm\`,
\`source-install\`/\`si\`, \`patch\`, \`update\`/\`up\`, \`dist-upgrade\`/\`dup\`, \`install-new-recommends\`) run without
the global \`-n\`/\`--non-interactive\` or the command's \`-y\`/\`--no-confirm\`. \`-n\` counts only before the
subcommand: after \`install\` it is \`--name\`, which does not answer prompts.`,
    why: `A build has no one to answer zypper's "Continue? [y/n/v/...? shows all options] (y)" prompt: without a
terminal zypper reads no answer and gives up, failing the build, or waits forever where a terminal is attached.`,
    bad: `FROM opensuse/leap:15.6
RUN zypper install httpd=2.4.58 && zypper clean`,
    good: `FROM opensuse/leap:15.6
RUN zypper --non-interactive install httpd=2.4.58 && zypper clean`,
    notes: `hadolint checks \`install\`, \`in\`, \`remove\`, \`rm\`, \`source-install\`, \`si\` and \`patch\`; \`update\`,
\`dist-upgrade\` and \`install-new-recommends\` prompt the same way and are checked too. Exec-form RUNs and
non-POSIX shells are not read. hadolint takes \`-n\` anywhere for the global option; here
\`zypper install -n curl\` is reported, since zypper reads that \`-n\` as \`--name\`.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        if (command.name !== 'zypper') continue;
        const sub = command.positionals[0]?.value ?? '';
        if (!PROMPTING.has(sub) || nonInteractive(command)) continue;
        report({
          message: `\`zypper ${sub}\` without \`-n\` stops at its confirmation prompt; add \`--non-interactive\` (\`zypper -n ${sub}\`) or \`-y\``,
          range: command.range,
        });
      }
    }
  },
});
