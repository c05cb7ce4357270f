import { overriddenInstructions } from '../src/lint/queries';
import { defineRule } from '../src/lint/rule';

export default defineRule({
  id: 'multiple-entrypoint',
  // MultipleInstructionsDisallowed is shared with multiple-cmd and multiple-healthcheck (see the notes).
  aliases: ['DL4004', 'MultipleInstructionsDisallowed'],
  severity: 'error',
  category: 'correctness',
  docs: {
    summary: 'More than one ENTRYPOINT in a stage: only the last one takes effect',
    details: `Flags every \`ENTRYPOINT\` of a stage that a later \`ENTRYPOINT\` of the same stage overrides. The finding
is on the ignored instruction and names the one that wins.`,
    why: `Docker keeps only the last ENTRYPOINT of a stage. The earlier ones are dead code that a reader takes for
the container's behaviour, and usually the sign of a copy-paste or a forgotten line.`,
    bad: "FROM alpine:3.20\nENTRYPOINT [\"/docker-entrypoint.sh\"]\nENTRYPOINT [\"/app\"]",
    good: "FROM alpine:3.20\nENTRYPOINT [\"/docker-entrypoint.sh\"]\nCMD [\"/app\"]",
    notes: `Reported where BuildKit reports it, at the earlier, ignored instruction (hadolint reports the later
one): that is the line to delete. An ENTRYPOINT that overrides one of a parent stage (\`FROM build\`) or of the
base image is fine, and ONBUILD triggers are not counted. An ENTRYPOINT and a CMD in one stage work together and
are fine. Severity error, as hadolint's DL4004 (BuildKit warns).

BuildKit's MultipleInstructionsDisallowed check covers CMD, ENTRYPOINT and HEALTHCHECK at once, where hadolint
and whale have one rule each: the alias is shared by this rule, \`multiple-cmd\` (DL4003) and
\`multiple-healthcheck\` (DL3012). \`MultipleInstructionsDisallowed\` in a configuration, an ignore comment or
\`# check=skip=\` acts on the three rules; \`DL4004\` or \`multiple-entrypoint\` on this one only, and wins over the
shared name in a configuration.`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const { overridden, winner } of overriddenInstructions(stage, 'ENTRYPOINT')) {
        report({
          message: `ENTRYPOINT is overridden by the ENTRYPOINT on line ${winner.range.start.line + 1}: only the last ENTRYPOINT of a stage takes effect`,
          range: overridden.keywordRange,
        });
      }
    }
  },
});
