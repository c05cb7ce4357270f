import { defineRule } from '../src/lint/rule';
import { LABEL_SCHEMA_OPTION, invalidSchemaLabels } from '../src/lint/labels';
import { SPDX_EXCEPTION_IDS, SPDX_LICENSE_IDS } from '../src/lint/spdx-ids';

// SPDX license expressions: license ids of the SPDX License List (`MIT`, `Apache-2.0`), optionally with `+`,
// or `LicenseRef-...`, combined with AND, OR, WITH (an exception id) and parentheses.
function isLicense(token: string): boolean {
  if (/^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(token)) return true;
  return SPDX_LICENSE_IDS.has(token.replace(/\+$/, '').toLowerCase());
}

function isException(token: string): boolean {
  return SPDX_EXCEPTION_IDS.has(token.toLowerCase()) || /^(?:DocumentRef-[A-Za-z0-9.-]+:)?AdditionRef-[A-Za-z0-9.-]+$/.test(token);
}

function isSpdxExpression(value: string): boolean {
  const tokens = value.replace(/[()]/g, ' $& ').trim().split(/\s+/);
  let depth = 0;
  let expectId = true;
  let afterWith = false;
  for (const token of tokens) {
    if (token === '(' && expectId && !afterWith) {
      depth++;
    } else if (token === ')' && !expectId && depth > 0) {
      depth--;
    } else if ((token === 'AND' || token === 'OR' || token === 'WITH') && !expectId) {
      expectId = true;
      afterWith = token === 'WITH';
    } else if (expectId && (afterWith ? isException(token) : isLicense(token))) {
      expectId = false;
      afterWith = false;
    } else {
      return false;
    }
  }
  return !expectId && depth === 0;
}

export default defineRule({
  id: 'label-not-spdx',
  aliases: ['DL3054'],
  severity: 'warning',
  category: 'maintainability',
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: 'A label the label schema declares a license whose value is not an SPDX license expression',
    details: `Flags a \`LABEL\` whose key has the kind \`spdx\` in the \`labelSchema\` option and whose value, after ARG and ENV values are substituted, is not an SPDX license expression: license ids (\`MIT\`, \`Apache-2.0\`, \`GPL-3.0-or-later\`, \`LicenseRef-acme\`) joined with \`AND\`, \`OR\`, \`WITH\` and parentheses.`,
    why: `\`org.opencontainers.image.licenses\` is read by license scanners and compliance tools, which understand SPDX ids. \`Apache License 2.0\`, \`GPL v2\` or \`see LICENSE\` have to be resolved by a person, every time.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.licenses="Apache License 2.0"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.licenses="Apache-2.0 OR MIT"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`) naming labels of the kind \`spdx\`. Not reported: labels of other kinds or outside the schema, an empty value (\`label-empty\` reports it), and a value taken from a variable that has no value in the Dockerfile (\`LABEL x=$X\` with \`ARG X\`): it is given at build time. Ids are those of the SPDX License List (deprecated ids included), compared without regard to case; \`LicenseRef-...\` ids are accepted. hadolint accepts a single id only; this rule also accepts expressions (\`Apache-2.0 OR MIT\`), which the OCI annotation \`org.opencontainers.image.licenses\` allows.`,
    exampleOptions: { labelSchema: { 'org.opencontainers.image.licenses': 'spdx' } },
  },
  check({ file, options, report }) {
    for (const label of invalidSchemaLabels(file, options, 'spdx', isSpdxExpression)) {
      report({ message: `label "${label.key}" is not an SPDX license expression: ${JSON.stringify(label.value)}`, range: label.pair.valueRange ?? label.pair.range });
    }
  },
});
