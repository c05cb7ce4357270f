import { overriddenInstructions } from '../src/lint/queries';
import { defineRule } from '../src/lint/rule';

export default defineRule({
  id: 'multiple-cmd',
  // MultipleInstructionsDisallowed is shared with multiple-entrypoint and multiple-healthcheck (see the notes).
  aliases: ['DL4003', 'MultipleInstructionsDisallowed'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: 'More than one CMD in a stage: only the last one takes effect',
    details: `Flags every \`CMD\` of a stage that a later \`CMD\` of the same stage overrides. The finding
is on the ignored instruction and names the one that wins.`,
    why: `Docker keeps only the last CMD of a stage. The earlier ones are dead code that a reader takes for
the container's behaviour, and usually the sign of a copy-paste or a forgotten line.`,
    bad: "FROM python:3.12-slim\nCMD [\"python\", \"worker.py\"]\nCMD [\"python\", \"app.py\"]",
    good: "FROM python:3.12-slim\nCMD [\"python\", \"app.py\"]",
    notes: `Reported where BuildKit reports it, at the earlier, ignored instruction (hadolint reports the later
one): that is the line to delete. A CMD that overrides one of a parent stage (\`FROM build\`) or of the base
image is fine, and ONBUILD triggers are not counted. A CMD and an ENTRYPOINT in one stage work together and are
fine. Severity warning, as hadolint's DL4003.

BuildKit's MultipleInstructionsDisallowed check covers CMD, ENTRYPOINT and HEALTHCHECK at once, where hadolint
and whale have one rule each: the alias is shared by this rule, \`multiple-entrypoint\` (DL4004) and
\`multiple-healthcheck\` (DL3012). \`MultipleInstructionsDisallowed\` in a configuration, an ignore comment or
\`# check=skip=\` acts on the three rules; \`DL4003\` or \`multiple-cmd\` on this one only, and wins over the shared
name in a configuration.`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const { overridden, winner } of overriddenInstructions(stage, 'CMD')) {
        report({
          message: `CMD is overridden by the CMD on line ${winner.range.start.line + 1}: only the last CMD of a stage takes effect`,
          range: overridden.keywordRange,
        });
      }
    }
  },
});
