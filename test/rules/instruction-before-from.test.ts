import rule from '../../rules/instruction-before-from';
import { ruleTable } from '../rule-table';

const at = (keyword: string, line: number) => ({
  message: `${keyword} before the first FROM: only ARG may come before FROM`, line, column: 1, endLine: line, endColumn: 1 + keyword.length,
});

ruleTable(rule, {
  accept: [
    { description: 'global ARGs', code: 'ARG V=1\nARG BASE\nFROM alpine:3\nENV X=1\n' },
    { description: 'directives and comments first', code: '# syntax=docker/dockerfile:1\n# a comment\nFROM alpine:3\n' },
    { description: 'an unknown instruction is parse-error\'s', code: 'RUNN x\nFROM alpine:3\n' },
  ],
  reject: [
    { description: 'ENV before FROM', code: 'ARG V=1\nENV X=1\nFROM alpine:3\n', findings: [at('ENV', 2)] },
    { description: 'several', code: 'LABEL a=b\nRUN echo\nFROM alpine:3\n', findings: [at('LABEL', 1), at('RUN', 2)] },
    { description: 'no FROM at all', code: 'RUN echo hi\n', findings: [at('RUN', 1)] },
  ],
});
