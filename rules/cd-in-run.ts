import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf } from '../src/lint/queries';

export default defineRule({
  id: 'cd-in-run',
  aliases: ['DL3003'],
  severity: 'warning',
  category: 'maintainability',
  docs: {
    summary: '`cd` inside RUN: use WORKDIR to change directory',
    details: `Flags a \`cd\` command in a \`RUN\` (ONBUILD triggers included). The finding is at the \`cd\`.`,
    why: `\`cd\` lasts until the end of its RUN only, so the next instruction silently runs somewhere else, and a
reader has to follow every \`cd\` to know where files land. \`WORKDIR\` sets the directory for every later
\`RUN\`, \`COPY\`, \`CMD\` and \`ENTRYPOINT\`, creates it if needed, and shows in the image history.`,
    bad: `FROM node:22-slim
COPY . /usr/src/app
RUN cd /usr/src/app && npm ci`,
    good: `FROM node:22-slim
WORKDIR /usr/src/app
COPY . .
RUN npm ci`,
    notes: `Not reported: \`cd\` in a subshell (\`(cd sub && make)\`) or a command substitution
(\`$(cd "$(dirname "$0")" && pwd)\`), where it cannot leak past its parentheses and there is no WORKDIR
equivalent; \`cd\` in heredoc data that is not a script; shells that are not POSIX. hadolint reports these too.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        if (command.name !== 'cd' || !command.nameWord) continue;
        if (command.nesting === 'subshell' || command.nesting === 'substitution') continue;
        report({ message: 'Use WORKDIR to switch to a directory instead of `cd` in RUN', range: command.nameWord.range });
      }
    }
  },
});
