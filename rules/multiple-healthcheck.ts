import { overriddenInstructions } from '../src/lint/queries';
import { defineRule } from '../src/lint/rule';

export default defineRule({
  id: 'multiple-healthcheck',
  // MultipleInstructionsDisallowed is shared with multiple-cmd and multiple-entrypoint (see the notes).
  aliases: ['DL3012', 'MultipleInstructionsDisallowed'],
  severity: 'error',
  category: 'correctness',
  docs: {
    summary: 'More than one HEALTHCHECK in a stage: only the last one takes effect',
    details: `Flags every \`HEALTHCHECK\` of a stage that a later \`HEALTHCHECK\` of the same stage overrides. The finding
is on the ignored instruction and names the one that wins.`,
    why: `Docker keeps only the last HEALTHCHECK of a stage. The earlier ones are dead code that a reader takes for
the container's behaviour, and usually the sign of a copy-paste or a forgotten line.`,
    bad: "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/health || exit 1",
    good: "FROM nginx:1.27\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/health || exit 1",
    notes: `Reported where BuildKit reports it, at the earlier, ignored instruction (hadolint reports the later
one): that is the line to delete. A HEALTHCHECK that overrides one of a parent stage (\`FROM build\`) or of the
base image is fine, and ONBUILD triggers are not counted. \`HEALTHCHECK NONE\` counts as a HEALTHCHECK. Severity
error, as hadolint's DL3012 (BuildKit warns).

BuildKit's MultipleInstructionsDisallowed check covers CMD, ENTRYPOINT and HEALTHCHECK at once, where hadolint
and whale have one rule each: the alias is shared by this rule, \`multiple-cmd\` (DL4003) and
\`multiple-entrypoint\` (DL4004). \`MultipleInstructionsDisallowed\` in a configuration, an ignore comment or
\`# check=skip=\` acts on the three rules; \`DL3012\` or \`multiple-healthcheck\` on this one only, and wins over the
shared name in a configuration.`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const { overridden, winner } of overriddenInstructions(stage, 'HEALTHCHECK')) {
        report({
          message: `HEALTHCHECK is overridden by the HEALTHCHECK on line ${winner.range.start.line + 1}: only the last HEALTHCHECK of a stage takes effect`,
          range: overridden.keywordRange,
        });
      }
    }
  },
});
