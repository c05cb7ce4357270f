import rule from '../../rules/inline-ignore-comment';
import { ruleTable } from '../rule-table';

const message = 'inline ignore comment: accept the finding in the configuration instead';
const at = (line: number, length: number, column = 1) => ({ message, line, column, endLine: line, endColumn: column + length });

ruleTable(rule, {
  accept: [
    { description: 'ordinary comments', code: '# linted with hadolint\nFROM alpine:3.20\n# whale-ignores nothing\n# ignore=DL3008 is hadolint syntax\nRUN true\n' },
    { description: 'a parser directive', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n' },
    { description: 'an ignore inside a heredoc', code: 'FROM alpine:3.20\nRUN <<EOF\n# hadolint ignore=DL3008\ntrue\nEOF\n' },
  ],
  reject: [
    { description: 'hadolint ignore (hadolint)', code: 'FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\n', findings: [at(2, 24)] },
    { description: 'hadolint global ignore', code: '# hadolint global ignore=DL3006,DL3008\nFROM debian\n', findings: [at(1, 38)] },
    { description: 'whale-ignore and whale-ignore-file', code: '# whale-ignore-file runs-as-root\nFROM debian:12\n#whale-ignore add-instead-of-copy -- needed\nADD a /a\n', findings: [at(1, 32), at(3, 43)] },
    { description: 'indented, in a continuation', code: 'FROM debian:12\nRUN true \\\n  # hadolint ignore=DL3059\n  && false\n', findings: [at(3, 24, 3)] },
  ],
});
