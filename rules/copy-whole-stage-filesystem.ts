import { resolveWord } from '../src/lint/queries';
import { defineRule } from '../src/lint/rule';

export default defineRule({
  id: 'copy-whole-stage-filesystem',
  aliases: ['DL3067'],
  severity: 'warning',
  category: 'size',
  docs: {
    summary: '`COPY --from=<stage> / /` copies a whole filesystem',
    details: `Flags \`COPY --from=...\` whose only source is \`/\` and whose destination is \`/\`: the entire
filesystem of another stage or image copied over the current one. ARG/ENV values are resolved.`,
    why: `Copying the root of a builder brings its compilers, caches, package databases and secrets into the
final image, undoing the point of a multi-stage build, and overwrites the base image's files with the
builder's. Copy the artefacts you need, by path.`,
    bad: `FROM golang:1.23 AS build
RUN go build -o /out/app .
FROM gcr.io/distroless/static-debian12
COPY --from=build / /`,
    good: `FROM golang:1.23 AS build
RUN go build -o /out/app .
FROM gcr.io/distroless/static-debian12
COPY --from=build /out/app /app`,
    notes: `Not reported: \`COPY --from=export / /\` into \`FROM scratch\` when the source stage is itself the
result of a \`FROM scratch\` stage (an assembled root filesystem, a common flattening pattern), and a copy of a
subdirectory (\`COPY --from=rootfs /rootfs/ /\`).`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== 'COPY') continue;
        const from = inst.flags.find((flag) => flag.name.toLowerCase() === 'from' && flag.value !== null);
        if (!from) continue;
        const words = inst.execArgs ?? inst.args;
        if (words.length !== 2) continue;
        const [source, dest] = words.map((word) => resolveWord(inst, word.value, file.escapeChar));
        const root = (path: string | null | undefined) => path !== null && path !== undefined && /^\/+(\.\/?)?$/.test(path);
        if (!root(source) || !root(dest)) continue;
        const name = from.value!.trim().toLowerCase();
        const origin = /^\d+$/.test(name) ? file.stages[Number(name)] : file.stages.find((s) => s.name === name);
        if (stage.scratch && origin?.scratch) continue;
        report({
          message: `COPY --from=${from.value!.trim()} / / copies a whole filesystem: copy only the paths you need`,
          range: inst.argsRange ?? inst.keywordRange,
        });
      }
    }
  },
});
