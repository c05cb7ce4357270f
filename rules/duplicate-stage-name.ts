import { defineRule } from '../src/lint/rule';

export default defineRule({
  id: 'duplicate-stage-name',
  aliases: ['DL3024', 'DuplicateStageName'],
  severity: 'error',
  category: 'correctness',
  docs: {
    summary: 'Two stages have the same name',
    details: `Flags a \`FROM ... AS name\` whose name (compared case-insensitively, as Docker does) was already
given to an earlier stage. The finding is on the later name.`,
    why: `\`COPY --from=name\`, \`FROM name\` and \`--target name\` must designate one stage. Docker refuses a
file whose stage names repeat.`,
    bad: `FROM node:22 AS build
RUN npm ci
FROM node:22 AS build
RUN npm run build`,
    good: `FROM node:22 AS deps
RUN npm ci
FROM deps AS build
RUN npm run build`,
  },
  check({ file, report }) {
    const seen = new Set<string>();
    for (const stage of file.stages) {
      if (stage.name === null || stage.nameRange === null) continue;
      if (seen.has(stage.name)) {
        report({ message: `Duplicate stage name "${stage.nameText ?? stage.name}": stage names must be unique`, range: stage.nameRange });
      }
      seen.add(stage.name);
    }
  },
});
