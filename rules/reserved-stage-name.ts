import { defineRule } from '../src/lint/rule';

const RESERVED = new Set(['scratch', 'context']);

export default defineRule({
  id: 'reserved-stage-name',
  aliases: ['DL3063', 'ReservedStageName'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: 'A stage is named `scratch` or `context`, names Docker reserves',
    details: `Flags \`FROM ... AS scratch\` and \`FROM ... AS context\` (in any case).`,
    why: `\`scratch\` is Docker's empty image and \`context\` the name of the build context in \`COPY --from\` and
\`RUN --mount=from=\`. A stage with one of these names is ambiguous: \`FROM scratch\` further down still means the
empty image, not the stage.`,
    bad: `FROM alpine:3.20 AS scratch
RUN echo hi > /hi`,
    good: `FROM alpine:3.20 AS base
RUN echo hi > /hi`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      if (stage.name === null || stage.nameRange === null || !RESERVED.has(stage.name)) continue;
      report({ message: `Stage name "${stage.nameText ?? stage.name}" is reserved by Docker: choose another name`, range: stage.nameRange });
    }
  },
});
