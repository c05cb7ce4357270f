import rule from '../../rules/copy-from-unknown-stage';
import { ruleTable } from '../rule-table';

const unknown = (name: string, line: number, column: number) => ({
  message: `COPY --from=${name} is not an earlier stage: Docker will pull it as an image; give an image a tag or fix the stage name`,
  line, column, endLine: line, endColumn: column + name.length,
});

ruleTable(rule, {
  accept: [
    { description: 'an earlier stage by name', code: 'FROM golang:1.23 AS build\nRUN go build\nFROM alpine:3.20\nCOPY --from=build /app /app\n' },
    { description: 'case-insensitive stage names', code: 'FROM golang:1.23 AS Build\nFROM alpine:3.20\nCOPY --from=BUILD /app /app\n' },
    { description: 'an earlier stage by index', code: 'FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=0 /app /app\n' },
    { description: 'an image with a tag', code: 'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n' },
    { description: 'an image with a digest', code: 'FROM alpine:3.20\nCOPY --from=nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef /x /x\n' },
    { description: 'a registry image with a port', code: 'FROM alpine:3.20\nCOPY --from=localhost:5000/tools /x /x\n' },
    { description: 'a variable', code: 'ARG BASE=builder\nFROM alpine:3.20\nCOPY --from=$BASE /a /b\nCOPY --from=${BASE} /a /b\n' },
    { description: 'the current stage is copy-from-own-stage\'s', code: 'FROM alpine:3.20 AS a\nCOPY --from=a /x /y\n' },
    { description: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD COPY --from=builder /x /y\n' },
    { description: 'COPY without --from', code: 'FROM alpine:3.20\nCOPY . /app\n' },
  ],
  reject: [
    { description: 'hadolint: a name that is no stage', code: 'FROM debian:jessie\nCOPY --from=foo bar .\n', findings: [unknown('foo', 2, 13)] },
    { description: 'a typo', code: 'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=biuld /app /app\n', findings: [unknown('biuld', 3, 13)] },
    { description: 'an image without a tag', code: 'FROM alpine:3.20\nCOPY --from=nginx /etc/nginx /etc/nginx\n', findings: [unknown('nginx', 2, 13)] },
    { description: 'an index out of range', code: 'FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=5 /x /x\n', findings: [unknown('5', 3, 13)] },
    {
      description: 'a later stage',
      code: 'FROM alpine:3.20 AS a\nCOPY --from=b /x /x\nFROM alpine:3.20 AS b\n',
      findings: [{ message: 'COPY --from=b names a later stage: a stage can only copy from stages defined before it', line: 2, column: 13, endLine: 2, endColumn: 14 }],
    },
  ],
});
