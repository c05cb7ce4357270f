import rule from '../../rules/copy-relative-dest-without-workdir';
import { ruleTable } from '../rule-table';

const at = (dest: string, line: number, column: number, length = dest.length) => ({
  message: `\`COPY\` to the relative path \`${dest}\` with no WORKDIR set: set WORKDIR first or use an absolute path`, line, column, endLine: line, endColumn: column + length,
});

ruleTable(rule, {
  accept: [
    { description: 'absolute', code: 'FROM python:3.12\nCOPY app.py /app/\n' },
    { description: 'after WORKDIR', code: 'FROM python:3.12\nWORKDIR /app\nCOPY . .\n' },
    { description: 'WORKDIR of a parent stage', code: 'FROM python:3.12 AS base\nWORKDIR /app\nFROM base\nCOPY . .\n' },
    { description: 'an unresolved variable', code: 'FROM python:3.12\nCOPY . $APP_HOME\n' },
    { description: 'a variable with an absolute value', code: 'FROM python:3.12\nENV APP=/srv/app\nCOPY . $APP\n' },
    { description: 'Windows', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app C:\\app\nCOPY x c:/x\n' },
    { description: 'ONBUILD', code: 'FROM python:3.12\nONBUILD COPY . .\n' },
    { description: 'ADD (hadolint checks COPY)', code: 'FROM python:3.12\nADD app.tgz opt/\n' },
  ],
  reject: [
    { description: 'hadolint example', code: 'FROM python:3.12\nCOPY requirements.txt etc/\n', findings: [at('etc/', 2, 23)] },
    { description: 'COPY . .', code: 'FROM python:3.12\nCOPY . .\nWORKDIR /app\nCOPY . .\n', findings: [at('.', 2, 8)] },
    { description: 'WORKDIR of an unrelated stage', code: 'FROM python:3.12 AS a\nWORKDIR /app\nFROM python:3.12\nCOPY --from=a /app app\n', findings: [at('app', 4, 20)] },
    { description: 'exec form', code: 'FROM python:3.12\nCOPY ["a", "b/"]\n', findings: [at('b/', 2, 12, 4)] },
    { description: 'a resolved relative variable', code: 'FROM python:3.12\nARG DIR=app\nCOPY . ${DIR}/\n', findings: [at('app/', 3, 8, 7)] },
  ],
});
