import rule from '../../rules/copy-from-own-stage';
import { ruleTable } from '../rule-table';

const own = (name: string, line: number, column: number) => ({
  message: `COPY --from=${name} names the current stage: a stage cannot copy from itself`,
  line, column, endLine: line, endColumn: column + name.length,
});

ruleTable(rule, {
  accept: [
    { description: 'an earlier stage', code: 'FROM golang:1.23 AS build\nFROM alpine:3.20 AS final\nCOPY --from=build /app /app\n' },
    { description: 'an earlier index', code: 'FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=0 /app /app\n' },
    { description: 'an image', code: 'FROM alpine:3.20 AS nginx\nCOPY --from=nginx:1.27 /x /x\n' },
    { description: 'an ONBUILD trigger', code: 'FROM alpine:3.20 AS base\nONBUILD COPY --from=base /x /y\n' },
    { description: 'a variable', code: 'FROM alpine:3.20 AS base\nARG S=base\nCOPY --from=$S /x /y\n' },
  ],
  reject: [
    { description: 'hadolint: the stage\'s own name', code: 'FROM debian:jessie AS build\nCOPY --from=build some stuff ./\n', findings: [own('build', 2, 13)] },
    { description: 'in another case', code: 'FROM debian:jessie AS Build\nCOPY --from=BUILD /a /b\n', findings: [own('BUILD', 2, 13)] },
    { description: 'the stage\'s own index', code: 'FROM golang:1.23\nFROM alpine:3.20\nCOPY --from=1 /a /b\n', findings: [own('1', 3, 13)] },
  ],
});
