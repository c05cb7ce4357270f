import type { ShellCommand } from '../src/dockerfile/command';
import { defineRule } from '../src/lint/rule';
import { commandsOf } from '../src/lint/queries';

/** A command that runs only when another failed or a test chose it: a fallback (`curl ... || wget ...`, `if ...`). */
function fallback(command: ShellCommand): boolean {
  return command.connector === '||' || command.nesting === 'if' || command.nesting === 'case';
}

export default defineRule({
  id: 'wget-and-curl-in-stage',
  aliases: ['DL4001'],
  severity: 'warning',
  category: 'maintainability',
  docs: {
    summary: 'Both `wget` and `curl` used in one stage',
    details: `Flags a stage whose RUN instructions use both \`wget\` and \`curl\`. The finding is reported once, at the
first use of the tool that appears second, and names the line where the other one is used. A command that only
runs as a fallback (after \`||\`, or inside \`if\`/\`case\`, as in \`curl -fsSL $URL || wget -qO- $URL\`) does not
count.`,
    why: `Use one download tool. Each of them is a package to install, patch and scan, and using both means two
sets of options, defaults and failure modes (\`curl\` without \`-f\` succeeds on HTTP errors, \`wget\` does not).`,
    bad: `FROM debian:12-slim
RUN curl -fsSLo /tmp/a.tar.gz https://example.com/a.tar.gz
RUN wget -q -O /tmp/b.tar.gz https://example.com/b.tar.gz`,
    good: `FROM debian:12-slim
RUN curl -fsSLo /tmp/a.tar.gz https://example.com/a.tar.gz
RUN curl -fsSLo /tmp/b.tar.gz https://example.com/b.tar.gz`,
    notes: `Each stage is checked on its own, ONBUILD triggers excluded. Exec-form RUNs and non-POSIX shells are not
read.`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const first = new Map<string, ShellCommand>();
      let second: ShellCommand | null = null;
      for (const inst of stage.instructions) {
        if (inst.keyword !== 'RUN') continue;
        for (const command of commandsOf(inst)) {
          if ((command.name !== 'wget' && command.name !== 'curl') || fallback(command) || first.has(command.name)) continue;
          first.set(command.name, command);
          if (first.size === 2) second = command;
        }
        if (second) break;
      }
      if (!second) continue;
      const other = first.get(second.name === 'wget' ? 'curl' : 'wget')!;
      report({
        message: `\`${second.name}\` is used here and \`${other.name}\` on line ${other.range.start.line + 1} of the same stage; use one download tool`,
        range: second.range,
      });
    }
  },
});
