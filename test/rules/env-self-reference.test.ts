import rule from '../../rules/env-self-reference';
import { ruleTable } from '../rule-table';

const ref = (name: string, line: number, column: number, length: number) => ({
  message: `${name} is defined in the same ENV statement: the value uses its previous value; set it in an earlier ENV`,
  line, column, endLine: line, endColumn: column + length,
});

ruleTable(rule, {
  accept: [
    { description: 'separate statements', code: 'FROM alpine:3.20\nENV A=1\nENV B=$A\n' },
    { description: 'hadolint: its own key', code: 'FROM alpine:3.20\nENV PATH=/opt/bin:$PATH\nENV A=1 PATH=/x:${PATH}\n' },
    { description: 'a variable defined before', code: 'FROM alpine:3.20\nARG V=1\nENV A=1 B=$V\n' },
    { description: 'escaped and single-quoted dollars', code: 'FROM alpine:3.20\nENV A=1 B=\\$A C=\'$A\'\n' },
    { description: 'a key defined by a later pair', code: 'FROM alpine:3.20\nENV B=$A A=1\n' },
  ],
  reject: [
    { description: 'hadolint example', code: 'FROM alpine:3.20\nENV FOO=bar BAR=$FOO\n', findings: [ref('FOO', 2, 17, 4)] },
    { description: 'braces and quotes', code: 'FROM alpine:3.20\nENV HOME=/opt/app BIN="${HOME}/bin"\n', findings: [ref('HOME', 2, 24, 7)] },
    { description: 'a default expression', code: 'FROM alpine:3.20\nENV A=1 B=${A:-2}\n', findings: [ref('A', 2, 11, 7)] },
    { description: 'a key set twice, the second time from itself (hadolint spec)', code: 'FROM alpine:3.20\nENV PATH=/bla:${PATH} PATH=/blubb:${PATH}\n', findings: [ref('PATH', 2, 35, 7)] },
    { description: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD ENV A=1 B=$A\n', findings: [ref('A', 2, 19, 2)] },
  ],
});
