import rule from '../../rules/reserved-stage-name';
import { ruleTable } from '../rule-table';

const reserved = (name: string, line: number, column: number) => ({
  message: `Stage name "${name}" is reserved by Docker: choose another name`, line, column, endLine: line, endColumn: column + name.length,
});

ruleTable(rule, {
  accept: [
    { description: 'ordinary names', code: 'FROM alpine:3.20 AS base\nFROM scratch AS final\nCOPY --from=base / /\n' },
    { description: 'names containing the words', code: 'FROM alpine:3.20 AS scratch-builder\nFROM alpine:3.20 AS build-context\n' },
  ],
  reject: [
    { description: 'scratch', code: 'FROM alpine:3.20 AS scratch\n', findings: [reserved('scratch', 1, 21)] },
    { description: 'context, any case', code: 'FROM alpine:3.20 as Context\n', findings: [reserved('Context', 1, 21)] },
  ],
});
