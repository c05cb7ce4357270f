import { defineRule } from '../src/lint/rule';
import { LABEL_SCHEMA_OPTION, invalidSchemaLabels } from '../src/lint/labels';

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

function isRfc3339(value: string): boolean {
  const match = RFC3339.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk = match[9] === undefined || (Number(match[9]) <= 23 && Number(match[10]) <= 59);
  return month >= 1 && month <= 12 && day >= 1 && day <= days && hour <= 23 && minute <= 59 && second <= 60 && offsetOk;
}

export default defineRule({
  id: 'label-not-rfc3339',
  aliases: ['DL3053'],
  severity: 'warning',
  category: 'maintainability',
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: 'A label the label schema declares a time whose value is not an RFC 3339 date and time',
    details: `Flags a \`LABEL\` whose key has the kind \`rfc3339\` in the \`labelSchema\` option and whose value, after ARG and ENV values are substituted, is not an RFC 3339 date and time (\`2024-05-01T12:30:00Z\`, \`2024-05-01T12:30:00.5+02:00\`): a full date, a time with seconds and a time zone (\`Z\` or an offset).`,
    why: `\`org.opencontainers.image.created\` is read by programs that sort and compare images by build time. \`May 1st\`, \`2024-05-01\` or a Unix timestamp cannot be compared with the other images' values, and a time without a zone is off by hours.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.created="2024-05-01 12:30"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.created="2024-05-01T12:30:00Z"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`) naming labels of the kind \`rfc3339\`. Not reported: labels of other kinds or outside the schema, an empty value (\`label-empty\` reports it), and a value taken from a variable that has no value in the Dockerfile (\`LABEL x=$X\` with \`ARG X\`): it is given at build time. RFC 3339 allows a space instead of \`T\` between date and time, and so does this rule; dates that do not exist (\`2024-02-30\`) are reported.`,
    exampleOptions: { labelSchema: { 'org.opencontainers.image.created': 'rfc3339' } },
  },
  check({ file, options, report }) {
    for (const label of invalidSchemaLabels(file, options, 'rfc3339', isRfc3339)) {
      report({ message: `label "${label.key}" is not an RFC 3339 date and time: ${JSON.stringify(label.value)}`, range: label.pair.valueRange ?? label.pair.range });
    }
  },
});
