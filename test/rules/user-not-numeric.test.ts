import rule from '../../rules/user-not-numeric';
import { ruleTable } from '../rule-table';

const named = (value: string, line: number, column: number, length: number) => ({
  message: `USER ${value} is not numeric: use a numeric UID (e.g. USER 10001) so that runAsNonRoot can verify it`,
  line, column, endLine: line, endColumn: column + length,
});

ruleTable(rule, {
  accept: [
    { description: 'numeric', code: 'FROM alpine:3.20\nUSER 10001\nUSER 1000:1000\nUSER 1000:app\n' },
    { description: 'from an ARG', code: 'FROM alpine:3.20\nARG UID=app\nUSER $UID\nARG U\nUSER ${U}:${U}\n' },
    { description: 'root', code: 'FROM alpine:3.20\nUSER root\nRUN apk add curl\nUSER 10001\n' },
    { description: 'a Windows image', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\n' },
    { description: 'a Windows base image with the default escape', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\nFROM golang:1.23-nanoserver-ltsc2022\nUSER ContainerAdministrator\n' },
    { description: 'an ENV with a number', code: 'FROM alpine:3.20\nENV UID=1000\nUSER $UID\n' },
  ],
  reject: [
    { description: 'a name', code: 'FROM alpine:3.20\nUSER app\n', findings: [named('app', 2, 6, 3)] },
    { description: 'name and group', code: 'FROM alpine:3.20\nUSER app:app\n', findings: [named('app:app', 2, 6, 7)] },
    { description: 'from an ENV', code: 'FROM alpine:3.20\nENV APP_USER=node\nUSER $APP_USER\n', findings: [named('node', 3, 6, 9)] },
    { description: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD USER app\n', findings: [named('app', 2, 14, 3)] },
  ],
});
