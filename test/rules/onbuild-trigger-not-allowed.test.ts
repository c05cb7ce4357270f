import rule from '../../rules/onbuild-trigger-not-allowed';
import { ruleTable } from '../rule-table';

ruleTable(rule, {
  accept: [
    { description: 'allowed triggers', code: 'FROM alpine:3\nONBUILD RUN ok\nONBUILD COPY . /app\nONBUILD ENV A=1\n' },
    { description: 'no ONBUILD', code: 'FROM alpine:3\nRUN x\n' },
  ],
  reject: [
    {
      description: 'ONBUILD ONBUILD, ONBUILD FROM, ONBUILD MAINTAINER',
      code: 'FROM alpine:3\nONBUILD ONBUILD RUN x\nONBUILD FROM a\nONBUILD MAINTAINER me\nONBUILD RUN ok\n',
      findings: [
        { message: 'ONBUILD is not allowed as an ONBUILD trigger', line: 2, column: 9, endLine: 2, endColumn: 16 },
        { message: 'FROM is not allowed as an ONBUILD trigger', line: 3, column: 9, endLine: 3, endColumn: 13 },
        { message: 'MAINTAINER is not allowed as an ONBUILD trigger', line: 4, column: 9, endLine: 4, endColumn: 19 },
      ],
    },
    {
      description: 'lower-case',
      code: 'FROM alpine:3\nonbuild from a\n',
      findings: [{ message: 'FROM is not allowed as an ONBUILD trigger', line: 2, column: 9, endLine: 2, endColumn: 13 }],
    },
  ],
});
