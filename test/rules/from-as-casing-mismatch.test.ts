import { ruleTable } from '../rule-table';
import rule from '../../rules/from-as-casing-mismatch';

const at = (as: string, from: string, line: number, column: number) => ({ message: `'${as}' and '${from}' keywords' casing do not match`, line, column, endLine: line, endColumn: column + 2 });

ruleTable(rule, {
  accept: [
    { description: 'both upper case', code: 'FROM debian:latest AS builder\n' },
    { description: 'both lower case', code: 'from debian:latest as builder\n' },
    { description: 'no stage name', code: 'FROM debian:latest\n' },
    { description: 'mixed-case FROM (another rule)', code: 'From debian:latest as builder\n' },
  ],
  reject: [
    { description: "BuildKit's example", code: 'FROM debian:latest as builder\n', findings: [at('as', 'FROM', 1, 20)] },
    { description: 'lower-case from, upper-case AS', code: 'from debian:latest AS builder\n', findings: [at('AS', 'from', 1, 20)] },
    { description: 'mixed-case As', code: 'FROM debian:latest As builder\n', findings: [at('As', 'FROM', 1, 20)] },
  ],
});
