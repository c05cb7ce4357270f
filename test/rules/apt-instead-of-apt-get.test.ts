import rule from '../../rules/apt-instead-of-apt-get';
import { ruleTable } from '../rule-table';

const APT = '`apt` has no stable command-line interface for scripts; use `apt-get` or `apt-cache`';

ruleTable(rule, {
  accept: [
    { description: 'apt-get and apt-cache (hadolint example)', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-cache policy curl\n' },
    { description: 'apt as an argument', code: 'FROM debian:12\nRUN echo apt install curl && ls /etc/apt\n' },
    { description: 'exec form is not read', code: 'FROM debian:12\nRUN ["apt", "install", "-y", "curl"]\n' },
    { description: 'apt-file is another program', code: 'FROM debian:12\nRUN apt-file update\n' },
  ],
  reject: [
    {
      description: 'hadolint example',
      code: 'FROM ubuntu:24.04\nRUN apt install -y curl\n',
      findings: [{ message: APT, line: 2, column: 5, endLine: 2, endColumn: 8 }],
    },
    {
      description: 'every apt command, through sudo and a path',
      code: 'FROM ubuntu:24.04\nRUN sudo /usr/bin/apt update && apt list --installed\n',
      findings: [
        { message: APT, line: 2, column: 10, endLine: 2, endColumn: 22 },
        { message: APT, line: 2, column: 33, endLine: 2, endColumn: 36 },
      ],
    },
    {
      description: 'heredoc',
      code: 'FROM ubuntu:24.04\nRUN <<EOF\nset -e\napt-get update\napt upgrade -y\nEOF\n',
      findings: [{ message: APT, line: 5, column: 1, endLine: 5, endColumn: 4 }],
    },
  ],
});
