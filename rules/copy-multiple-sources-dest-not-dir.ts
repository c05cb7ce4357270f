import type { Word } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { resolveWord } from '../src/lint/queries';

export default defineRule({
  id: 'copy-multiple-sources-dest-not-dir',
  aliases: ['DL3021'],
  severity: 'error',
  category: 'correctness',
  fixable: true,
  docs: {
    summary: 'COPY/ADD with several sources to a destination that does not end in `/`',
    details: `Flags a \`COPY\` or \`ADD\` with more than one source (heredocs included) whose destination does not end
in \`/\` (or \`\\\` on Windows), at the destination. ARG and ENV values are resolved first. The fix appends \`/\`.`,
    why: `With several sources the destination must be a directory, and Docker's rule is that it says so with a
trailing slash. Without it the build fails ("When using COPY with more than one source file, the destination
must be a directory and end with a /"), or, where a builder accepts it, a reader cannot tell whether
\`COPY a b /app\` copies into \`/app/\` or means something else.`,
    bad: `FROM node:22-slim
COPY package.json package-lock.json /app
WORKDIR /app`,
    good: `FROM node:22-slim
COPY package.json package-lock.json /app/
WORKDIR /app`,
    notes: `Not reported: a single source (also a pattern: how many files it matches is unknown here), a
destination of \`.\` (BuildKit takes it as the working directory), a destination whose variables have no
value. hadolint checks COPY only; whale checks ADD too, which follows the same rule.`,
  },
  check({ file, report }) {
    for (const top of file.instructions) {
      const inst = top.trigger ?? top;
      if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD') continue;
      const words: Word[] = inst.execArgs ?? inst.args;
      if (words.length < 3) continue;
      const destWord = words[words.length - 1]!;
      if (inst.onbuild !== null && destWord.value.includes('$')) continue;
      const dest = resolveWord(inst, destWord.value, file.escapeChar);
      if (dest === null || dest === '.' || dest.endsWith('/') || dest.endsWith('\\')) continue;
      const literal = inst.execArgs === null && !destWord.value.includes('"') && !destWord.value.includes("'");
      report({
        message: `\`${inst.keyword}\` with ${words.length - 1} sources needs a directory destination ending in \`/\`: \`${dest}/\``,
        range: destWord.range,
        ...(literal ? { fix: [{ range: { start: destWord.range.end, end: destWord.range.end }, text: '/' }] } : {}),
      });
    }
  },
});
