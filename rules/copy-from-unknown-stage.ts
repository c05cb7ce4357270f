import type { Flag, Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';

function fromFlag(inst: Instruction): Flag | undefined {
  return inst.flags.find((flag) => flag.name.toLowerCase() === 'from' && flag.value !== null);
}

export default defineRule({
  id: 'copy-from-unknown-stage',
  aliases: ['DL3022'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: '`COPY --from` names neither an earlier stage nor an image reference',
    details: `Flags \`COPY --from=X\` where \`X\` is not the name or index of an earlier stage and does not look like
an image reference (it has no \`:\` for a tag or digest). Also flags \`--from\` naming a stage defined further
down the file.`,
    why: `A mistyped stage name is not an error to Docker: it takes \`X\` for an image and pulls \`X:latest\`
from Docker Hub, so the build copies files from an unrelated image, or fails late with a confusing pull
error. Naming an image with its tag makes the intent clear.`,
    bad: `FROM golang:1.23 AS build
RUN go build -o /app .
FROM alpine:3.20
COPY --from=biuld /app /app`,
    good: `FROM golang:1.23 AS build
RUN go build -o /app .
FROM alpine:3.20
COPY --from=build /app /app
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/`,
    notes: `Not reported: an earlier stage by name (case-insensitive) or index, an image reference with a tag or
digest, a value with variables (\`--from=$BASE\`), \`COPY --from\` in an ONBUILD trigger (it refers to the
downstream build), and the current stage (\`copy-from-own-stage\` reports that). An image named without a tag
(\`--from=alpine\`) is reported, as hadolint does: pin it with a tag.`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== 'COPY') continue;
        const flag = fromFlag(inst);
        if (!flag || flag.value === null) continue;
        const value = flag.value.trim();
        if (value === '' || value.includes('$') || value.includes(':')) continue;
        const name = value.toLowerCase();
        const target = /^\d+$/.test(name)
          ? file.stages[Number(name)]
          : file.stages.find((s) => s.name === name);
        if (target === stage) continue;
        if (target && target.index < stage.index) continue;
        const range = flag.valueRange ?? flag.range;
        if (target) {
          report({ message: `COPY --from=${value} names a later stage: a stage can only copy from stages defined before it`, range });
        } else {
          report({ message: `COPY --from=${value} is not an earlier stage: Docker will pull it as an image; give an image a tag or fix the stage name`, range });
        }
      }
    }
  },
});
