import { ruleTable } from '../rule-table';
import rule from '../../rules/empty-continuation-line';

const at = (line: number, length = 0) => ({ message: 'Empty continuation line', line, column: 1, endLine: line, endColumn: 1 + length });

ruleTable(rule, {
  accept: [
    { description: "BuildKit's good example", code: 'FROM alpine\nEXPOSE \\\n# Port\n    80\n' },
    { description: 'blank lines between instructions', code: 'FROM alpine\n\nRUN echo hi\n\n\nRUN echo ho\n' },
    { description: 'blank lines in a heredoc', code: 'FROM alpine\nRUN <<EOF\necho a\n\necho b\nEOF\nCOPY <<EOF /x\n\nhi\n\nEOF\n' },
    { description: 'Windows escape', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo a `\n    echo b\n' },
  ],
  reject: [
    { description: "BuildKit's example", code: 'FROM alpine\nEXPOSE \\\n\n    80\n', findings: [at(3)] },
    { description: 'a line of spaces', code: 'FROM alpine\nRUN apk add \\\n  curl \\\n   \n  git\n', findings: [at(4, 3)] },
    { description: 'two blank lines', code: 'FROM alpine\nRUN apk add \\\n\n\n  curl\n', findings: [at(3), at(4)] },
    { description: 'Windows escape', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo a `\n\n    echo b\n', findings: [at(4)] },
  ],
});
