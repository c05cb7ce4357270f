import parseError from '../../rules/parse-error';
import { ruleTable } from '../rule-table';

ruleTable(parseError, {
  accept: [
    { description: 'a valid file', code: 'FROM alpine:3.20\nRUN echo hi\n' },
    { description: 'new flags Docker accepts', code: 'FROM alpine:3.20\nCOPY --chmod=644 --link --exclude=*.md . /app/\nADD --unpack=true --checksum=sha256:abc x.tar /x/\nHEALTHCHECK --start-interval=1s CMD true\n' },
    { description: 'COPY --from with a variable', code: 'ARG BASE=builder\nFROM alpine:3.20\nCOPY --from=$BASE /a /b\n' },
    { description: 'an instruction before FROM (instruction-before-from reports it)', code: 'ARG V=1\nENV X=1\nFROM alpine:3\n' },
    { description: 'forbidden ONBUILD triggers (onbuild-trigger-not-allowed reports them)', code: 'FROM alpine:3\nONBUILD ONBUILD RUN x\nONBUILD FROM a\nONBUILD MAINTAINER me\n' },
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
    { description: 'FROM without an image', code: 'FROM\nRUN x\n', findings: [{ message: 'FROM requires at least one argument', line: 1, column: 1, endLine: 1, endColumn: 5 }] },
  ],
});
