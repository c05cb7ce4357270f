import { defineRule } from '../src/lint/rule';
import { LABEL_SCHEMA_OPTION, invalidSchemaLabels } from '../src/lint/labels';

// Semantic Versioning 2.0.0, https://semver.org (the grammar's regular expression).
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

function isSemver(value: string): boolean {
  return SEMVER.test(value);
}

export default defineRule({
  id: 'label-not-semver',
  aliases: ['DL3056'],
  severity: 'warning',
  category: 'maintainability',
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: 'A label the label schema declares a version whose value is not a semantic version',
    details: `Flags a \`LABEL\` whose key has the kind \`semver\` in the \`labelSchema\` option and whose value, after ARG and ENV values are substituted, is not a semantic version (\`1.4.2\`, \`2.0.0-rc.1\`, \`1.0.0+build.5\`) as defined by Semantic Versioning 2.0.0.`,
    why: `Tools that pick the newest image or check compatibility compare versions. \`v1.4\`, \`1.4\` or \`latest\` sort wrongly or not at all.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.version="v1.4"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.version="1.4.0"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`) naming labels of the kind \`semver\`. Not reported: labels of other kinds or outside the schema, an empty value (\`label-empty\` reports it), and a value taken from a variable that has no value in the Dockerfile (\`LABEL x=$X\` with \`ARG X\`): it is given at build time. A leading \`v\` is reported: it is not part of a semantic version.`,
    exampleOptions: { labelSchema: { 'org.opencontainers.image.version': 'semver' } },
  },
  check({ file, options, report }) {
    for (const label of invalidSchemaLabels(file, options, 'semver', isSemver)) {
      report({ message: `label "${label.key}" is not a semantic version: ${JSON.stringify(label.value)}`, range: label.pair.valueRange ?? label.pair.range });
    }
  },
});
