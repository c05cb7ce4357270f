import rule from '../../rules/required-label-missing';
import { ruleTable } from '../rule-table';

const options = { labelSchema: { 'org.opencontainers.image.source': 'url', 'org.opencontainers.image.revision': 'hash' } };
const at = (name: string, line: number, column = 1, length = 4) => ({ message: `label "${name}" is missing`, line, column, endLine: line, endColumn: column + length });
const SRC = 'org.opencontainers.image.source';
const REV = 'org.opencontainers.image.revision';

ruleTable(rule, {
  accept: [
    { description: 'no schema', code: 'FROM alpine:3.20\n' },
    { description: 'all labels set', options, code: `FROM alpine:3.20\nLABEL ${SRC}=https://x ${REV}=abcdef0\n` },
    { description: 'over several LABELs, one empty', options, code: `FROM alpine:3.20\nLABEL ${SRC}=https://x\nRUN true\nLABEL ${REV}=""\n` },
    { description: 'inherited from an earlier stage', options, code: `FROM alpine:3.20 AS base\nLABEL ${SRC}=https://x ${REV}=abcdef0\nFROM base\nRUN true\n` },
    { description: 'a builder stage without labels', options, code: `FROM golang:1.23 AS build\nRUN go build\nFROM alpine:3.20\nLABEL ${SRC}=https://x ${REV}=abcdef0\n` },
    { description: 'a value from an ARG', options, code: `FROM alpine:3.20\nARG REV\nLABEL ${SRC}=https://x ${REV}=$REV\n` },
  ],
  reject: [
    { description: 'one missing', options, code: `FROM alpine:3.20\nLABEL ${SRC}=https://x\n`, findings: [at(REV, 1)] },
    { description: 'no label at all', options, code: 'FROM alpine:3.20\nRUN true\n', findings: [at(SRC, 1), at(REV, 1)] },
    { description: 'labels only in a builder stage', options, code: `FROM alpine:3.20 AS build\nLABEL ${SRC}=https://x ${REV}=abcdef0\nFROM alpine:3.20\nCOPY --from=build /x /x\n`, findings: [at(SRC, 3), at(REV, 3)] },
    { description: 'ONBUILD LABEL does not count', options: { labelSchema: { [SRC]: 'url' } }, code: `FROM alpine:3.20\nONBUILD LABEL ${SRC}=https://x\n`, findings: [at(SRC, 1)] },
    { description: 'lower-case from', options: { labelSchema: { [SRC]: 'url' } }, code: 'from alpine:3.20\n', findings: [at(SRC, 1)] },
  ],
});
