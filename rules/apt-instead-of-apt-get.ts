import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf } from '../src/lint/queries';

export default defineRule({
  id: 'apt-instead-of-apt-get',
  aliases: ['DL3027'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: '`apt` in a RUN: use `apt-get` or `apt-cache`',
    details: `Flags every \`apt\` command in a RUN (\`apt install\`, \`apt update\`, \`apt list\`...).`,
    why: `\`apt\` is the interactive front end: its output and behaviour may change between releases, and it warns
"apt does not have a stable CLI interface. Use with caution in scripts." \`apt-get\` and \`apt-cache\` are the
stable interfaces meant for scripts and builds.`,
    bad: `FROM debian:12-slim
RUN apt update && apt install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    good: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    notes: `\`apt-get\` replaces \`apt install/remove/update/upgrade\`; \`apt-cache\` replaces \`apt search/show/policy\`.
Exec-form RUNs and non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        if (command.name !== 'apt' || !command.nameWord) continue;
        report({
          message: '`apt` has no stable command-line interface for scripts; use `apt-get` or `apt-cache`',
          range: command.nameWord.range,
        });
      }
    }
  },
});
