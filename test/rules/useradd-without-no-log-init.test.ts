import rule from '../../rules/useradd-without-no-log-init';
import { ruleTable } from '../rule-table';

const at = (uid: string, line: number, column: number, endColumn: number) => ({
  message: `\`useradd\` with UID ${uid} and without \`--no-log-init\` writes huge lastlog/faillog files into the image: add \`-l\``, line, column, endLine: line, endColumn,
});

ruleTable(rule, {
  accept: [
    { description: '-l', code: 'FROM debian:12\nRUN useradd -l -u 123456 app\nRUN useradd --no-log-init --uid 1000000 app\nRUN useradd -lmu 123456 x\n' },
    { description: 'a short UID', code: 'FROM debian:12\nRUN useradd -u 1000 app && useradd -u 65534 nobody2\n' },
    { description: 'no UID', code: 'FROM debian:12\nRUN useradd -m app\n' },
    { description: 'an unresolved UID', code: 'FROM debian:12\nARG UID\nRUN useradd -u $UID app\n' },
    { description: 'a UID-like comment value', code: 'FROM debian:12\nRUN useradd -c 1234567 app\n' },
    { description: 'adduser', code: 'FROM alpine:3.20\nRUN adduser -u 1000000 -D app\n' },
  ],
  reject: [
    { description: 'hadolint example', code: 'FROM debian:12\nRUN useradd -u 123456 foobar\n', findings: [at('123456', 2, 5, 29)] },
    { description: 'long option and sudo', code: 'FROM debian:12\nRUN sudo useradd --uid=1000000 app\n', findings: [at('1000000', 2, 5, 35)] },
    { description: 'from an ARG', code: 'FROM debian:12\nARG UID=2000000\nRUN useradd -m -u ${UID} app\n', findings: [at('2000000', 3, 5, 29)] },
    { description: 'combined short flags', code: 'FROM debian:12\nRUN useradd -mu 123456 app\n', findings: [at('123456', 2, 5, 27)] },
  ],
});
