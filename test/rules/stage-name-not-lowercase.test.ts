import { ruleTable } from '../rule-table';
import rule from '../../rules/stage-name-not-lowercase';

const at = (name: string, line: number, column: number) => ({ message: `Stage name '${name}' should be lowercase`, line, column, endLine: line, endColumn: column + name.length });

ruleTable(rule, {
  accept: [
    { description: 'lower-case names', code: 'FROM golang:1.23 AS build-base\nFROM build-base AS app_2\n' },
    { description: 'no name', code: 'FROM alpine:3.20\n' },
    { description: 'upper-case image, lower-case name', code: 'FROM MyRegistry.example.com/app AS app\n' },
  ],
  reject: [
    { description: "BuildKit's example", code: 'FROM alpine AS BuilderBase\nFROM BuilderBase\n', findings: [at('BuilderBase', 1, 16)] },
    { description: 'lower-case AS keyword', code: 'from alpine as Build\n', findings: [at('Build', 1, 16)] },
  ],
});
