import { expand, scopeLookup } from '../src/dockerfile/variables';
import { defineRule } from '../src/lint/rule';

// The distribution reference grammar: [registry[:port]/]path[:tag][@digest], path components in lower case.
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const REFERENCE = new RegExp(
  `^(?:${DOMAIN}/)?${COMPONENT}(?:/${COMPONENT})*(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$`,
);

/** True when `name` is an image reference Docker can pull (or `scratch`). */
function validReference(name: string): boolean {
  return name.length <= 255 && REFERENCE.test(name);
}

export default defineRule({
  id: 'invalid-default-arg-in-from',
  aliases: ['InvalidDefaultArgInFrom'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: 'FROM gives an empty or invalid image name with the default values of its ARGs',
    details: `Flags a \`FROM\` whose image uses global ARGs when substituting their default values (or nothing, for an
\`ARG NAME\` without a default) gives an empty or invalid image reference, such as \`alpine:\` from
\`FROM alpine:\${TAG}\` with \`ARG TAG\`. Such a file builds only when every build passes \`--build-arg\`.`,
    why: `A Dockerfile should build with a plain \`docker build .\`. Giving the ARG a sensible default documents the
expected value and keeps the build working; if the value must be chosen, \`\${TAG:?}\` would at least fail
with a message, but a default is better.`,
    bad: `ARG TAG
FROM alpine:\${TAG}`,
    good: `ARG TAG=3.20
FROM alpine:\${TAG}`,
    notes: `Same as BuildKit's \`InvalidDefaultArgInFrom\` check. Not reported: a FROM using a built-in build
argument (\`TARGETARCH\`...), whose value BuildKit fills in, and a variable that no global ARG declares (that is
\`undefined-arg-in-from\`). The result may name an earlier stage.`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const from = stage.from;
      const word = from.args[0];
      if (!word || !word.value.includes('$')) continue;
      const refs = expand(word.value, () => undefined, file.escapeChar).references;
      if (refs.length === 0) continue;
      if (refs.some((ref) => { const v = from.scope.get(ref.name); return !v || v.kind === 'builtin'; })) continue;
      const resolved = expand(word.value, scopeLookup(from.scope), file.escapeChar).value;
      if (resolved !== '' && file.stages.some((s) => s.index < stage.index && s.name === resolved.toLowerCase())) continue;
      if (resolved !== '' && validReference(resolved)) continue;
      report({
        message: `Default value for ARG ${word.value} results in empty or invalid base image name`,
        range: word.range,
      });
    }
  },
});
