import { defineRule } from '../src/lint/rule';

export default defineRule({
  id: 'copy-from-own-stage',
  aliases: ['DL3023'],
  severity: 'error',
  category: 'correctness',
  docs: {
    summary: '`COPY --from` names the stage it is in',
    details: `Flags \`COPY --from=X\` inside the stage \`X\` itself, by name (case-insensitive) or by index.`,
    why: `A stage cannot copy from itself: it does not exist yet while it is being built. Docker refuses the
build with a circular dependency error; usually another stage was meant.`,
    bad: `FROM golang:1.23 AS build
COPY --from=build /src/app /app`,
    good: `FROM golang:1.23 AS build
RUN go build -o /src/app .
FROM alpine:3.20
COPY --from=build /src/app /app`,
    notes: `Not reported: ONBUILD triggers (they run in a downstream build), values with variables.`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== 'COPY') continue;
        for (const flag of inst.flags) {
          if (flag.name.toLowerCase() !== 'from' || flag.value === null) continue;
          const value = flag.value.trim().toLowerCase();
          const own = /^\d+$/.test(value) ? Number(value) === stage.index : stage.name !== null && value === stage.name;
          if (!own) continue;
          report({ message: `COPY --from=${flag.value.trim()} names the current stage: a stage cannot copy from itself`, range: flag.valueRange ?? flag.range });
        }
      }
    }
  },
});
