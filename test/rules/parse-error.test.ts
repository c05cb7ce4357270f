import parseError from '../../rules/parse-error';
import { ruleTable } from '../rule-table';

ruleTable(parseError, {
  accept: [
    { description: 'a valid file', code: 'FROM alpine:3.20\nRUN echo hi\n' },
    { description: 'new flags Docker accepts', code: 'FROM alpine:3.20\nCOPY --chmod=644 --link --exclude=*.md . /app/\nADD --unpack=true --checksum=sha256:abc x.tar /x/\nHEALTHCHECK --start-interval=1s CMD true\n' },
    { description: 'COPY --from with a variable', code: 'ARG BASE=builder\nFROM alpine:3.20\nCOPY --from=$BASE /a /b\n' },
  ],
  reject: [
    {
      description: 'an unknown instruction, and the rest of the file is still read',
      code: 'FROM alpine:3.20\nRUNN echo hi\nCOPY --foo=1 a b\n',
      findings: [
        { message: 'unknown instruction RUNN', line: 2, column: 1, endLine: 2, endColumn: 5 },
        { message: 'unknown flag --foo for COPY', line: 3, column: 6, endLine: 3, endColumn: 13 },
      ],
    },
    { description: 'an empty file', code: '', findings: [{ message: 'the file has no instructions', line: 1, column: 1, endLine: 1, endColumn: 1 }] },
    { description: 'a file of comments only', code: '# nothing\n\n', findings: [{ message: 'the file has no instructions', line: 1, column: 1, endLine: 1, endColumn: 1 }] },
    {
      description: 'an instruction before the first FROM',
      code: 'ARG V=1\nENV X=1\nFROM alpine:3\n',
      findings: [{ message: 'ENV before the first FROM: only ARG may come before FROM', line: 2, column: 1, endLine: 2, endColumn: 4 }],
    },
    {
      description: 'ONBUILD triggers Docker refuses',
      code: 'FROM alpine:3\nONBUILD ONBUILD RUN x\nONBUILD FROM a\nONBUILD MAINTAINER me\nONBUILD RUN ok\n',
      findings: [
        { message: 'ONBUILD is not allowed as an ONBUILD trigger', line: 2, column: 9, endLine: 2, endColumn: 16 },
        { message: 'FROM is not allowed as an ONBUILD trigger', line: 3, column: 9, endLine: 3, endColumn: 13 },
        { message: 'MAINTAINER is not allowed as an ONBUILD trigger', line: 4, column: 9, endLine: 4, endColumn: 19 },
      ],
    },
    { description: 'FROM without an image', code: 'FROM\nRUN x\n', findings: [{ message: 'FROM requires at least one argument', line: 1, column: 1, endLine: 1, endColumn: 5 }] },
  ],
});
