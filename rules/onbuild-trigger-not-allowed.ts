import { defineRule } from '../src/lint/rule';

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export default defineRule({
  id: 'onbuild-trigger-not-allowed',
  aliases: ['DL3043'],
  severity: 'error',
  category: 'correctness',
  docs: {
    summary: '`ONBUILD ONBUILD`, `ONBUILD FROM` or `ONBUILD MAINTAINER`',
    details: `Flags an ONBUILD whose trigger is \`ONBUILD\`, \`FROM\` or \`MAINTAINER\`, which Docker does not allow
as triggers.`,
    why: `Docker refuses the Dockerfile ("X isn't allowed as an ONBUILD trigger"). Chained triggers and base
images cannot be deferred to a downstream build.`,
    bad: `FROM node:22-slim
ONBUILD ONBUILD COPY . /app`,
    good: `FROM node:22-slim
ONBUILD COPY . /app`,
    notes: `A syntax error to Docker, reported under this rule rather than \`parse-error\` so that hadolint's code
DL3043 keeps working in configuration and ignore comments.`,
  },
  check({ file, report }) {
    for (const inst of file.instructions) {
      if (!inst.trigger || !FORBIDDEN.has(inst.trigger.keyword)) continue;
      report({ message: `${inst.trigger.keyword} is not allowed as an ONBUILD trigger`, range: inst.trigger.keywordRange });
    }
  },
});
