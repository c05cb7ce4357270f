import { defineRule } from '../src/lint/rule';
import { finalStage, stageChain } from '../src/lint/queries';
import { LABEL_SCHEMA_OPTION, labelSchema, labelsOf } from '../src/lint/labels';

export default defineRule({
  id: 'required-label-missing',
  aliases: ['DL3049'],
  severity: 'info',
  category: 'maintainability',
  enabledByDefault: false,
  options: { labelSchema: LABEL_SCHEMA_OPTION },
  docs: {
    summary: 'A label of the label schema is missing from the image',
    details: `Reports, at the \`FROM\` of the final stage, every label named in the \`labelSchema\` option that
no \`LABEL\` sets in the final stage or in the earlier stages it is built on (\`FROM builder\`).`,
    why: `A label schema is a team's promise about its images: every image says where its source is, which
commit it was built from, who owns it. An image without one of them is found out only when someone
needs the answer.`,
    bad: `FROM alpine:3.20
LABEL org.opencontainers.image.source="https://github.com/acme/app"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.source="https://github.com/acme/app" \\
      org.opencontainers.image.revision="9f1c2e7"`,
    notes: `Off until configured: it needs \`labelSchema\` (hadolint's \`label-schema\`); every label in the
schema is required. Only the final stage is checked: labels of builder stages do not end up in the image,
so a builder stage without them is fine (hadolint checks every stage; this rule follows what the image
gets). Labels inherited from the base image cannot be seen and are reported as missing: set them again,
or turn the rule off for that file. ONBUILD LABEL does not count: it labels a later image.`,
    exampleOptions: { labelSchema: { 'org.opencontainers.image.source': 'url', 'org.opencontainers.image.revision': 'hash' } },
  },
  check({ file, options, report }) {
    const schema = labelSchema(options);
    const stage = finalStage(file);
    if (!stage) return;
    const chain = new Set(stageChain(stage));
    const present = new Set(labelsOf(file).filter((label) => label.inst.stage && chain.has(label.inst.stage)).map((label) => label.key));
    for (const name of Object.keys(schema)) {
      if (present.has(name)) continue;
      report({ message: `label "${name}" is missing`, range: stage.from.keywordRange });
    }
  },
});
