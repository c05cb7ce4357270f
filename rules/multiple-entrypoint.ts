import { overriddenInstructions } from '../src/lint/queries';
import { defineRule } from '../src/lint/rule';

export default defineRule({
  id: 'multiple-entrypoint',
  aliases: ['DL4004'],
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
one): that is the line to delete. A ENTRYPOINT that overrides one of a parent stage (\`FROM build\`) or of the base
image is fine, and ONBUILD triggers are not counted. BuildKit reports the same under MultipleInstructionsDisallowed, an alias of \`multiple-cmd\`.`,
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
