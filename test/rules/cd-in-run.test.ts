import rule from '../../rules/cd-in-run';
import { ruleTable } from '../rule-table';

const message = 'Use WORKDIR to switch to a directory instead of `cd` in RUN';
const at = (line: number, column: number) => ({ message, line, column, endLine: line, endColumn: column + 2 });

ruleTable(rule, {
  accept: [
    { description: 'WORKDIR', code: 'FROM node:22\nWORKDIR /usr/src/app\nRUN npm ci\n' },
    { description: 'a subshell', code: 'FROM debian:12\nRUN (cd /src && make) && make install\n' },
    { description: 'a command substitution', code: 'FROM debian:12\nRUN DIR="$(cd /opt && pwd)" && echo $DIR\n' },
    { description: 'cd as an argument', code: 'FROM debian:12\nRUN echo cd /tmp\n' },
    { description: 'heredoc data', code: 'FROM debian:12\nRUN cat <<EOF > /run.sh\ncd /app\nEOF\n' },
    { description: 'PowerShell', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN cd C:\\app\n' },
  ],
  reject: [
    { description: 'hadolint example', code: 'FROM node:22\nRUN cd /usr/src/app && git pull\n', findings: [at(2, 5)] },
    { description: 'several', code: 'FROM debian:12\nRUN cd /a; make; cd /b && make\n', findings: [at(2, 5), at(2, 18)] },
    { description: 'inside if', code: 'FROM debian:12\nRUN if [ -d /a ]; then cd /a; fi\n', findings: [at(2, 24)] },
    { description: 'heredoc script', code: 'FROM debian:12\nRUN <<EOF\ncd /app\nmake\nEOF\n', findings: [at(3, 1)] },
    { description: 'ONBUILD', code: 'FROM debian:12\nONBUILD RUN cd /app && make\n', findings: [at(2, 13)] },
  ],
});
