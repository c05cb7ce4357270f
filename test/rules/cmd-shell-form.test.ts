import rule from '../../rules/cmd-shell-form';
import { ruleTable } from '../rule-table';

const shell = (keyword: string, line: number, column: number, endColumn: number) => ({
  message: `JSON arguments recommended for ${keyword} to prevent unintended behavior related to OS signals`,
  line, column, endLine: line, endColumn,
});

ruleTable(rule, {
  accept: [
    { description: 'exec form', code: 'FROM node:22\nCMD ["node", "server.js"]\nENTRYPOINT ["/entrypoint.sh"]\n' },
    { description: 'a SHELL in the stage (BuildKit)', code: 'FROM node:22\nSHELL ["/bin/bash", "-c"]\nCMD node server.js\n' },
    { description: 'a SHELL in a parent stage', code: 'FROM node:22 AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nCMD node server.js\n' },
    { description: 'an ONBUILD trigger (BuildKit keeps it as text)', code: 'FROM a:1\nONBUILD CMD run it\n' },
    { description: 'HEALTHCHECK CMD in shell form', code: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n' },
    { description: 'a Windows image with SHELL powershell', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCMD Write-Host hi\n' },
  ],
  reject: [
    { description: 'hadolint: CMD shell form', code: 'FROM node:22\nCMD my-program start\n', findings: [shell('CMD', 2, 5, 21)] },
    { description: 'ENTRYPOINT shell form', code: 'FROM node:22\nENTRYPOINT /entrypoint.sh\n', findings: [shell('ENTRYPOINT', 2, 12, 26)] },
    { description: 'a SHELL in another, unrelated stage', code: 'FROM a:1 AS a\nSHELL ["/bin/bash", "-c"]\nFROM b:1\nCMD run\n', findings: [shell('CMD', 4, 5, 8)] },
    { description: 'a SHELL after the CMD', code: 'FROM a:1\nCMD run\nSHELL ["/bin/bash", "-c"]\n', findings: [shell('CMD', 2, 5, 8)] },
    { description: 'a broken JSON array is shell form', code: 'FROM a:1\nCMD [\'node\', \'app.js\']\n', findings: [shell('CMD', 2, 5, 23)] },
  ],
});
