import rule from '../../rules/workdir-relative-path';
import { ruleTable } from '../rule-table';

const msg = (path: string) => `\`WORKDIR ${path}\` is relative to the base image's working directory: use an absolute path`;

ruleTable(rule, {
  accept: [
    { description: 'absolute', code: 'FROM alpine:3.20\nWORKDIR /app\n' },
    { description: 'a variable', code: 'FROM alpine:3.20\nWORKDIR $HOME/app\nWORKDIR ${APP_DIR}\n' },
    { description: 'quoted absolute', code: 'FROM alpine:3.20\nWORKDIR "/app"\nWORKDIR \'/srv\'\n' },
    { description: 'Windows paths', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\nWORKDIR c:/src\n' },
    { description: 'Windows path, default escape', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n' },
    { description: 'relative after an absolute one', code: 'FROM alpine:3.20\nWORKDIR /app\nWORKDIR static\n' },
    { description: 'relative after an absolute one in a parent stage', code: 'FROM alpine:3.20 AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n' },
    { description: 'ONBUILD', code: 'FROM alpine:3.20\nONBUILD WORKDIR app\n' },
  ],
  reject: [
    { description: 'relative', code: 'FROM alpine:3.20\nWORKDIR app\n', findings: [{ message: msg('app'), line: 2, column: 9, endLine: 2, endColumn: 12 }] },
    { description: 'quoted relative', code: 'FROM alpine:3.20\nWORKDIR "usr/src"\n', findings: [{ message: msg('usr/src'), line: 2, column: 9, endLine: 2, endColumn: 18 }] },
    { description: 'dot paths', code: 'FROM alpine:3.20\nworkdir ./app\n', findings: [{ message: msg('./app'), line: 2, column: 9, endLine: 2, endColumn: 14 }] },
    { description: 'several relative ones before an absolute one, each stage', code: 'FROM alpine:3.20\nWORKDIR a\nWORKDIR b\nWORKDIR /c\nWORKDIR d\nFROM alpine:3.20\nWORKDIR e\n',
      findings: [
        { message: msg('a'), line: 2, column: 9, endLine: 2, endColumn: 10 },
        { message: msg('b'), line: 3, column: 9, endLine: 3, endColumn: 10 },
        { message: msg('e'), line: 7, column: 9, endLine: 7, endColumn: 10 },
      ] },
    { description: 'absolute WORKDIR of an unrelated stage does not count', code: 'FROM alpine:3.20 AS a\nWORKDIR /app\nFROM alpine:3.20\nWORKDIR app\n', findings: [{ message: msg('app'), line: 4, column: 9, endLine: 4, endColumn: 12 }] },
  ],
});
