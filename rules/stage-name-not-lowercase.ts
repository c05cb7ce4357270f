import { defineRule } from '../src/lint/rule';

export default defineRule({
  id: 'stage-name-not-lowercase',
  aliases: ['StageNameCasing'],
  severity: 'warning',
  category: 'style',
  fixable: true,
  docs: {
    summary: 'Stage name not in lower case',
    details: `Flags the name of a build stage (\`FROM image AS Name\`) that has upper-case letters. The fix writes
the name in lower case; references to the stage (\`FROM\`, \`COPY --from\`, \`RUN --mount=from=\`) need no change
because Docker compares stage names case-insensitively.`,
    why: `Docker lower-cases stage names, so \`AS Builder\` declares a stage called \`builder\`. Writing the name as
Docker stores it keeps references, \`docker build --target\` and the file consistent.`,
    bad: `FROM golang:1.23 AS BuildBase
RUN go version`,
    good: `FROM golang:1.23 AS build-base
RUN go version`,
    notes: 'Same as BuildKit\'s `StageNameCasing` check.',
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      if (!stage.nameText || !stage.nameRange || stage.nameText === stage.nameText.toLowerCase()) continue;
      report({
        message: `Stage name '${stage.nameText}' should be lowercase`,
        range: stage.nameRange,
        fix: [{ range: stage.nameRange, text: stage.nameText.toLowerCase() }],
      });
    }
  },
});
