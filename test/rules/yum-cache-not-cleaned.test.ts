import rule from '../../rules/yum-cache-not-cleaned';
import { ruleTable } from '../rule-table';

const M = (name: string, sub = 'install') => `\`${name} ${sub}\` leaves its cache in this layer; add \`yum clean all\` to this RUN`;

ruleTable(rule, {
  accept: [
    { description: "clean all after the install", code: "FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n" },
    { description: "rm -rf of the cache", code: "FROM centos:7\nRUN yum install -y httpd-2.4.6 && rm -rf /var/cache/yum\n" },
    { description: "rm -rf of everything in the cache", code: "FROM centos:7\nRUN yum install -y httpd-2.4.6 && rm -rf /var/cache/yum/*\n" },
    { description: "clean all with sudo and continuation lines", code: "FROM centos:7\nRUN sudo yum install -y httpd-2.4.6 \\\n && sudo yum clean all\n" },
    { description: "cache mount", code: "FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd-2.4.6\n" },
    { description: "cache mount on /var/cache", code: "FROM centos:7\nRUN --mount=type=cache,target=/var/cache yum install -y httpd-2.4.6\n" },
    { description: "heredoc that cleans", code: "FROM centos:7\nRUN <<EOF\nyum install -y httpd-2.4.6\nyum clean all\nEOF\n" },
    { description: "no install", code: "FROM centos:7\nRUN yum makecache\n" },
    { description: "a builder stage that is only copied from", code: "FROM centos:7 AS build\nRUN yum install -y gcc-11.3\nRUN gcc -o /hello hello.c\nFROM scratch\nCOPY --from=build /hello /hello\n" },
    { description: "exec form is not read", code: "FROM centos:7\nRUN [\"yum\", \"install\", \"-y\", \"httpd-2.4.6\"]\n" },
    { description: "dnf clean all where yum is dnf", code: "FROM rockylinux:9\nRUN yum install -y httpd-2.4.57 && dnf clean all\n" },
  ],
  reject: [
    {
      description: "hadolint's example",
      code: "FROM centos:7\nRUN yum install -y httpd-2.4.6\n",
      findings: [{ message: M('yum'), line: 2, column: 5, endLine: 2, endColumn: 31 }],
    },
    {
      description: "clean of something else",
      code: "FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean metadata\n",
      findings: [{ message: M('yum'), line: 2, column: 5, endLine: 2, endColumn: 31 }],
    },
    {
      description: "clean before the install",
      code: "FROM centos:7\nRUN yum clean all && yum install -y httpd-2.4.6\n",
      findings: [{ message: M('yum'), line: 2, column: 22, endLine: 2, endColumn: 48 }],
    },
    {
      description: "clean in a later RUN",
      code: "FROM centos:7\nRUN yum install -y httpd-2.4.6\nRUN yum clean all\n",
      findings: [{ message: M('yum'), line: 2, column: 5, endLine: 2, endColumn: 31 }],
    },
    {
      description: "reported at the last install",
      code: "FROM centos:7\nRUN yum install -y a-1 && yum clean all && yum install -y b-2\n",
      findings: [{ message: M('yum'), line: 2, column: 44, endLine: 2, endColumn: 62 }],
    },
    {
      description: "a cache mount elsewhere",
      code: "FROM centos:7\nRUN --mount=type=cache,target=/root/.cache yum install -y httpd-2.4.6\n",
      findings: [{ message: M('yum'), line: 2, column: 44, endLine: 2, endColumn: 70 }],
    },
    {
      description: "a stage another stage builds on",
      code: "FROM centos:7 AS base\nRUN yum install -y httpd-2.4.6\nFROM base\nCMD [\"httpd\"]\n",
      findings: [{ message: M('yum'), line: 2, column: 5, endLine: 2, endColumn: 31 }],
    },
    {
      description: "heredoc",
      code: "FROM centos:7\nRUN <<EOF\nyum install -y httpd-2.4.6\nEOF\n",
      findings: [{ message: M('yum'), line: 3, column: 1, endLine: 3, endColumn: 27 }],
    },
    {
      description: "ONBUILD",
      code: "FROM centos:7\nONBUILD RUN yum install -y httpd-2.4.6\n",
      findings: [{ message: M('yum'), line: 2, column: 13, endLine: 2, endColumn: 39 }],
    },
    {
      description: "removing a single file in the cache",
      code: "FROM centos:7\nRUN yum install -y httpd-2.4.6 && rm -f /var/cache/yum/timedhosts\n",
      findings: [{ message: M('yum'), line: 2, column: 5, endLine: 2, endColumn: 31 }],
    },
    {
      description: "groupinstall",
      code: "FROM centos:7\nRUN yum groupinstall -y \"Development Tools\"\n",
      findings: [{ message: M('yum', 'groupinstall'), line: 2, column: 5, endLine: 2, endColumn: 44 }],
    },
  ],
});
