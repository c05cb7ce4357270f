import { defineRule } from '../src/lint/rule';
import { LABEL_SCHEMA_OPTION, invalidSchemaLabels } from '../src/lint/labels';

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

function isEmail(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  if (/^\[[0-9A-Fa-f:.]+\]$/.test(domain)) return true;
  return domain.split('.').every((part) => DOMAIN_LABEL.test(part));
}

export default defineRule({
  id: 'label-not-email',
  aliases: ['DL3058'],
  severity: 'warning',
  category: 'maintainability',
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: 'A label the label schema declares an email address whose value is not an email address',
    details: `Flags a \`LABEL\` whose key has the kind \`email\` in the \`labelSchema\` option and whose value, after ARG and ENV values are substituted, is not a plain email address (\`team@example.com\`).`,
    why: `A contact label is read by programs that send mail or open tickets. \`Jane Doe <jane@example.com>\`, \`jane at example.com\` or a team name has to be fixed by hand before anyone can be reached.`,
    bad: `FROM alpine:3.20
LABEL com.example.contact="Jane Doe <jane@example.com>"`,
    good: `FROM alpine:3.20
LABEL com.example.contact="jane@example.com"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`) naming labels of the kind \`email\`. Not reported: labels of other kinds or outside the schema, an empty value (\`label-empty\` reports it), and a value taken from a variable that has no value in the Dockerfile (\`LABEL x=$X\` with \`ARG X\`): it is given at build time. Only the address itself is accepted, as hadolint does: a display name with the address in angle brackets is reported. Quoted local parts (\`"a b"@example.com\`) are reported too.`,
    exampleOptions: { labelSchema: { 'com.example.contact': 'email' } },
  },
  check({ file, options, report }) {
    for (const label of invalidSchemaLabels(file, options, 'email', isEmail)) {
      report({ message: `label "${label.key}" is not an email address: ${JSON.stringify(label.value)}`, range: label.pair.valueRange ?? label.pair.range });
    }
  },
});
