import { defineRule } from '../src/lint/rule';
import { LABEL_SCHEMA_OPTION, labelSchema, labelsOf } from '../src/lint/labels';

export default defineRule({
  id: 'label-empty',
  aliases: ['DL3051'],
  severity: 'warning',
  category: 'maintainability',
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: 'A label of the label schema with an empty value',
    details: `Flags a \`LABEL\` whose key is in the \`labelSchema\` option (any kind) and whose value is empty (\`LABEL version=""\`, \`LABEL version=\`), also after ARG and ENV values are substituted.`,
    why: `A label the schema requires is there to be read by tools and people (who built the image, from which commit, under which license). An empty value satisfies a presence check while telling nothing: it is usually a build argument that was never passed.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.version=""`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.version="1.4.2"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`). Not reported: labels outside the schema, and a value taken from a variable that has no value in the Dockerfile (\`LABEL version=$VERSION\` with \`ARG VERSION\`): it is given at build time. Values of other kinds are checked by \`label-not-url\`, \`label-not-rfc3339\`, \`label-not-spdx\`, \`label-not-git-hash\`, \`label-not-semver\` and \`label-not-email\`.`,
    exampleOptions: { labelSchema: { 'org.opencontainers.image.version': 'semver' } },
  },
  check({ file, options, report }) {
    const schema = labelSchema(options);
    for (const label of labelsOf(file)) {
      if (label.key === null || !Object.hasOwn(schema, label.key) || label.value === null || label.value.trim() !== '') continue;
      report({ message: `label "${label.key}" is empty`, range: label.pair.range });
    }
  },
});
