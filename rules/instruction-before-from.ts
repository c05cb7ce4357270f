import { KNOWN_INSTRUCTIONS } from '../src/dockerfile/instructions';
import { defineRule } from '../src/lint/rule';

export default defineRule({
  id: 'instruction-before-from',
  aliases: ['DL3061'],
  severity: 'error',
  category: 'correctness',
  docs: {
    summary: 'An instruction other than ARG before the first FROM',
    details: `Flags every instruction other than \`ARG\` that comes before the first \`FROM\`. (Parser directives
and comments may come first; unknown instructions are \`parse-error\`'s.)`,
    why: `Docker refuses the Dockerfile: every instruction but the global ARGs belongs to a stage, and stages
start with FROM.`,
    bad: `ENV NODE_ENV=production
FROM node:22-slim`,
    good: `ARG NODE_VERSION=22
FROM node:\${NODE_VERSION}-slim
ENV NODE_ENV=production`,
    notes: `A syntax error to Docker, reported under this rule rather than \`parse-error\` so that hadolint's code
DL3061 keeps working in configuration and ignore comments.`,
  },
  check({ file, report }) {
    for (const inst of file.instructions) {
      if (inst.stage !== null || inst.keyword === 'ARG' || !KNOWN_INSTRUCTIONS.has(inst.keyword)) continue;
      report({ message: `${inst.keyword} before the first FROM: only ARG may come before FROM`, range: inst.keywordRange });
    }
  },
});
