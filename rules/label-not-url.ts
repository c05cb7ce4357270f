import { defineRule } from '../src/lint/rule';
import { LABEL_SCHEMA_OPTION, invalidSchemaLabels } from '../src/lint/labels';

function isUrl(value: string): boolean {
  // An absolute URI: a scheme, then something; no spaces.
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

export default defineRule({
  id: 'label-not-url',
  aliases: ['DL3052'],
  severity: 'warning',
  category: 'maintainability',
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: 'A label the label schema declares a URL whose value is not a valid URL',
    details: `Flags a \`LABEL\` whose key has the kind \`url\` in the \`labelSchema\` option and whose value, after ARG and ENV values are substituted, is not an absolute URL (a scheme such as \`https:\`, then the rest, without spaces).`,
    why: `Labels such as \`org.opencontainers.image.source\` or \`org.opencontainers.image.url\` are followed by tools (registries link to the source, scanners to the documentation). A value like \`github.com/acme/app\` or \`see README\` is a dead link.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.source="github.com/acme/app"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.source="https://github.com/acme/app"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`) naming labels of the kind \`url\`. Not reported: labels of other kinds or outside the schema, an empty value (\`label-empty\` reports it), and a value taken from a variable that has no value in the Dockerfile (\`LABEL x=$X\` with \`ARG X\`): it is given at build time.`,
    exampleOptions: { labelSchema: { 'org.opencontainers.image.source': 'url' } },
  },
  check({ file, options, report }) {
    for (const label of invalidSchemaLabels(file, options, 'url', isUrl)) {
      report({ message: `label "${label.key}" is not a valid URL: ${JSON.stringify(label.value)}`, range: label.pair.valueRange ?? label.pair.range });
    }
  },
});
