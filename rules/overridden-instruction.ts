import { overriddenInstructions } from '../src/lint/queries';
import { defineRule } from '../src/lint/rule';

// The instructions of which Docker keeps only the last one of a stage.
const SINGLE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'] as const;

export default defineRule({
  id: 'overridden-instruction',
  // hadolint has one code per instruction (DL4003 CMD, DL4004 ENTRYPOINT, DL3012 HEALTHCHECK), BuildKit one
  // check for the three; the ids of the three rules this one replaced keep working in configurations too.
  aliases: ['DL4003', 'DL4004', 'DL3012', 'MultipleInstructionsDisallowed', 'multiple-cmd', 'multiple-entrypoint', 'multiple-healthcheck'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: 'More than one CMD, ENTRYPOINT or HEALTHCHECK in a stage: only the last one takes effect',
    details: `Flags every \`CMD\`, \`ENTRYPOINT\` and \`HEALTHCHECK\` of a stage that a later instruction of the same
kind in the same stage overrides. The finding is on the ignored instruction and names the one that wins.`,
    why: `Docker keeps only the last CMD, the last ENTRYPOINT and the last HEALTHCHECK of a stage. The earlier ones
are dead code that a reader takes for the container's behaviour, and usually the sign of a copy-paste or a
forgotten line.`,
    bad: "FROM python:3.12-slim\nCMD [\"python\", \"worker.py\"]\nCMD [\"python\", \"app.py\"]",
    good: "FROM python:3.12-slim\nCMD [\"python\", \"app.py\"]",
    notes: `One rule for BuildKit's MultipleInstructionsDisallowed check, which covers the three instructions at once,
and for hadolint's DL4003 (CMD), DL4004 (ENTRYPOINT) and DL3012 (HEALTHCHECK): any of these names turns it off
or changes its severity, in a configuration or an ignore comment. Severity is BuildKit's and DL4003's (warning;
hadolint gives DL4004 and DL3012 the level error). Reported where BuildKit reports it, at the earlier, ignored
instruction (hadolint reports the later one): that is the line to delete. An instruction that overrides one of
a parent stage (\`FROM build\`) or of the base image is fine, and ONBUILD triggers are not counted.
\`HEALTHCHECK NONE\` counts as a HEALTHCHECK. A CMD and an ENTRYPOINT in one stage work together and are fine.`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const keyword of SINGLE) {
        for (const { overridden, winner } of overriddenInstructions(stage, keyword)) {
          report({
            message: `${keyword} is overridden by the ${keyword} on line ${winner.range.start.line + 1}: only the last ${keyword} of a stage takes effect`,
            range: overridden.keywordRange,
          });
        }
      }
    }
  },
});
