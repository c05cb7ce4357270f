import rule from '../../rules/copy-whole-stage-filesystem';
import { ruleTable } from '../rule-table';

const whole = (from: string, line: number, column: number, endColumn: number) => ({
  message: `COPY --from=${from} / / copies a whole filesystem: copy only the paths you need`,
  line, column, endLine: line, endColumn,
});

ruleTable(rule, {
  accept: [
    { description: 'a path', code: 'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /out/app /app\n' },
    { description: 'a subdirectory to the root', code: 'FROM alpine:3.20 AS rootfs\nFROM scratch\nCOPY --from=rootfs /rootfs/ /\n' },
    { description: 'the root to a subdirectory', code: 'FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=b / /b/\n' },
    { description: 'no --from', code: 'FROM alpine:3.20\nCOPY / /\n' },
    { description: 'a scratch stage assembled, flattened into scratch', code: 'FROM alpine:3.20 AS build\nFROM scratch AS rootfs\nCOPY --from=build /out/ /\nFROM scratch\nCOPY --from=rootfs / /\n' },
    { description: 'an unresolved variable', code: 'FROM alpine:3.20 AS b\nFROM alpine:3.20\nARG SRC\nCOPY --from=b $SRC /\n' },
  ],
  reject: [
    { description: 'a stage', code: 'FROM golang:1.23 AS build\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build / /\n', findings: [whole('build', 3, 19, 22)] },
    { description: 'an image, exec form', code: 'FROM alpine:3.20\nCOPY --from=busybox:1.36 ["/", "/"]\n', findings: [whole('busybox:1.36', 2, 26, 36)] },
    { description: 'flattening into scratch', code: 'FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build / /\n', findings: [whole('build', 3, 19, 22)] },
    { description: 'a resolved ARG', code: 'FROM alpine:3.20 AS b\nFROM alpine:3.20\nARG ROOT=/\nCOPY --from=b $ROOT /\n', findings: [whole('b', 4, 15, 22)] },
  ],
});
