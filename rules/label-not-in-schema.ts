import { defineRule } from '../src/lint/rule';
import { LABEL_SCHEMA_OPTION, labelSchema, labelsOf } from '../src/lint/labels';

export default defineRule({
  id: 'label-not-in-schema',
  aliases: ['DL3050'],
  severity: 'info',
  category: 'maintainability',
  enabledByDefault: false,
  options: {
    labelSchema: LABEL_SCHEMA_OPTION,
    strictLabels: { type: 'boolean', default: false, description: "Report labels that are not in `labelSchema` (hadolint's `strict-labels`)." },
  },
  docs: {
    summary: 'A label that is not in the label schema, with strict labels',
    details: `With the \`strictLabels\` option on, flags every \`LABEL\` key (ARG and ENV values substituted) that is
not named in the \`labelSchema\` option.`,
    why: `A team that fixes its label schema wants one name per fact: \`maintainer\` next to
\`org.opencontainers.image.authors\`, or a typo such as \`org.opencontainers.image.licence\`, splits what
tools read into two places.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.source="https://github.com/acme/app" maintainer="team@example.com"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.source="https://github.com/acme/app"`,
    notes: `Off until configured: it needs \`strictLabels: true\` and \`labelSchema\` (hadolint's
\`strict-labels\` and \`label-schema\`). Not reported: keys built from a variable that has no value in the
Dockerfile, and ONBUILD LABEL (it labels a later image).`,
    exampleOptions: { strictLabels: true, labelSchema: { 'org.opencontainers.image.source': 'url' } },
  },
  check({ file, options, report }) {
    if (options['strictLabels'] !== true) return;
    const schema = labelSchema(options);
    for (const label of labelsOf(file)) {
      if (label.key === null || Object.hasOwn(schema, label.key)) continue;
      report({ message: `label "${label.key}" is not in the label schema`, range: label.pair.keyRange });
    }
  },
});
