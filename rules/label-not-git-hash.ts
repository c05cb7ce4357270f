import { defineRule } from '../src/lint/rule';
import { LABEL_SCHEMA_OPTION, invalidSchemaLabels } from '../src/lint/labels';

function isGitHash(value: string): boolean {
  // Full SHA-1 (40) or SHA-256 (64) ids, or abbreviations of at least 7 hex digits.
  return /^[0-9a-f]+$/i.test(value) && ((value.length >= 7 && value.length <= 40) || value.length === 64);
}

export default defineRule({
  id: 'label-not-git-hash',
  aliases: ['DL3055'],
  severity: 'warning',
  category: 'maintainability',
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: 'A label the label schema declares a git hash whose value is not a git commit hash',
    details: `Flags a \`LABEL\` whose key has the kind \`hash\` in the \`labelSchema\` option and whose value, after ARG and ENV values are substituted, is not a git commit id: 7 to 40 hexadecimal digits (an abbreviated or full SHA-1 id) or 64 (SHA-256).`,
    why: `\`org.opencontainers.image.revision\` ties the image to the commit it was built from. A branch name such as \`main\` or a tag moves, so the label stops saying what is in the image.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.revision="main"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.revision="9f1c2e7d4b8a6f3e2d1c0b9a8f7e6d5c4b3a2f1e"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`) naming labels of the kind \`hash\`. Not reported: labels of other kinds or outside the schema, an empty value (\`label-empty\` reports it), and a value taken from a variable that has no value in the Dockerfile (\`LABEL x=$X\` with \`ARG X\`): it is given at build time. hadolint accepts only 7 or 40 digits; git abbreviates to more than 7 digits in large repositories, and SHA-256 repositories use 64, so those are accepted too.`,
    exampleOptions: { labelSchema: { 'org.opencontainers.image.revision': 'hash' } },
  },
  check({ file, options, report }) {
    for (const label of invalidSchemaLabels(file, options, 'hash', isGitHash)) {
      report({ message: `label "${label.key}" is not a git commit hash: ${JSON.stringify(label.value)}`, range: label.pair.valueRange ?? label.pair.range });
    }
  },
});
