import rule from '../../rules/no-healthcheck';
import { ruleTable } from '../rule-table';

const message = 'the image has no HEALTHCHECK';
const at = (line: number) => ({ message, line, column: 1, endLine: line, endColumn: 5 });

ruleTable(rule, {
  accept: [
    { description: 'a HEALTHCHECK', code: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n' },
    { description: 'HEALTHCHECK NONE', code: 'FROM nginx:1.27\nHEALTHCHECK NONE\n' },
    { description: 'inherited from an earlier stage', code: 'FROM nginx:1.27 AS base\nHEALTHCHECK CMD true\nFROM base\nRUN true\n' },
    { description: 'a builder stage without one', code: 'FROM golang:1.23 AS build\nRUN go build\nFROM alpine:3.20\nHEALTHCHECK CMD ["/app", "health"]\n' },
    { description: 'no stage at all', code: 'ARG X=1\n' },
  ],
  reject: [
    { description: 'none (hadolint)', code: 'FROM scratch\nCOPY app /app\n', findings: [at(1)] },
    { description: 'only in a builder stage', code: 'FROM alpine:3.20 AS build\nHEALTHCHECK CMD true\nFROM alpine:3.20\n', findings: [at(3)] },
    { description: 'only in ONBUILD', code: 'FROM alpine:3.20\nONBUILD HEALTHCHECK CMD true\n', findings: [at(1)] },
  ],
});
