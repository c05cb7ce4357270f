import rule from '../../rules/zypper-cache-not-cleaned';
import { ruleTable } from '../rule-table';

const C = (sub: string) => `\`zypper ${sub}\` leaves its cache in this layer; add \`zypper clean\` to this RUN`;

ruleTable(rule, {
  accept: [
    { description: "zypper clean", code: "FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 && zypper clean\n" },
    { description: "zypper cc -a", code: "FROM opensuse/leap:15.6\nRUN zypper -n in curl=8.6.0 && zypper cc -a\n" },
    { description: "zypper clean --all with a global option", code: "FROM opensuse/leap:15.6\nRUN zypper -n in curl=8.6.0 && zypper -n clean --all\n" },
    { description: "rm -rf of the cache", code: "FROM opensuse/leap:15.6\nRUN zypper -n in curl=8.6.0 && rm -rf /var/cache/zypp/*\n" },
    { description: "cache mount", code: "FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n in curl=8.6.0\n" },
    { description: "heredoc that cleans", code: "FROM opensuse/leap:15.6\nRUN <<EOF\nzypper -n in curl=8.6.0\nzypper clean\nEOF\n" },
    { description: "no install", code: "FROM opensuse/leap:15.6\nRUN zypper -n refresh && zypper -n rm vim\n" },
    { description: "a builder stage that is only copied from", code: "FROM opensuse/leap:15.6 AS build\nRUN zypper -n in gcc=7\nFROM scratch\nCOPY --from=build /etc/os-release /x\n" },
    { description: "exec form is not read", code: "FROM opensuse/leap:15.6\nRUN [\"zypper\", \"-n\", \"in\", \"curl\"]\n" },
  ],
  reject: [
    {
      description: "hadolint's example",
      code: "FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.24\n",
      findings: [{ message: C('install'), line: 2, column: 5, endLine: 2, endColumn: 35 }],
    },
    {
      description: "clean before the install",
      code: "FROM opensuse/leap:15.6\nRUN zypper clean && zypper -n in curl=8.6.0\n",
      findings: [{ message: C('in'), line: 2, column: 21, endLine: 2, endColumn: 44 }],
    },
    {
      description: "clean in a later RUN",
      code: "FROM opensuse/leap:15.6\nRUN zypper -n in curl=8.6.0\nRUN zypper clean\n",
      findings: [{ message: C('in'), line: 2, column: 5, endLine: 2, endColumn: 28 }],
    },
    {
      description: "a cache mount elsewhere",
      code: "FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/apt zypper -n in curl=8.6.0\n",
      findings: [{ message: C('in'), line: 2, column: 46, endLine: 2, endColumn: 69 }],
    },
    {
      description: "update",
      code: "FROM opensuse/leap:15.6\nRUN zypper -n update\n",
      findings: [{ message: C('update'), line: 2, column: 5, endLine: 2, endColumn: 21 }],
    },
    {
      description: "ONBUILD",
      code: "FROM opensuse/leap:15.6\nONBUILD RUN zypper -n in curl=8.6.0\n",
      findings: [{ message: C('in'), line: 2, column: 13, endLine: 2, endColumn: 36 }],
    },
    {
      description: "a stage another stage builds on",
      code: "FROM opensuse/leap:15.6 AS base\nRUN zypper -n in curl=8.6.0\nFROM base\n",
      findings: [{ message: C('in'), line: 2, column: 5, endLine: 2, endColumn: 28 }],
    },
  ],
});
