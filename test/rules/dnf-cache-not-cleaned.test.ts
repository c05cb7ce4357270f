import rule from '../../rules/dnf-cache-not-cleaned';
import { ruleTable } from '../rule-table';

const M = (name: string, sub = 'install') => `\`${name} ${sub}\` leaves its cache in this layer; add \`${name} clean all\` to this RUN`;

ruleTable(rule, {
  accept: [
    { description: "clean all after the install", code: "FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n" },
    { description: "rm -rf of the cache", code: "FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && rm -rf /var/cache/dnf\n" },
    { description: "rm -rf of everything in the cache", code: "FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && rm -rf /var/cache/dnf/*\n" },
    { description: "clean all with sudo and continuation lines", code: "FROM fedora:40\nRUN sudo dnf install -y httpd-2.4.62 \\\n && sudo dnf clean all\n" },
    { description: "cache mount", code: "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd-2.4.62\n" },
    { description: "cache mount on /var/cache", code: "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache dnf install -y httpd-2.4.62\n" },
    { description: "heredoc that cleans", code: "FROM fedora:40\nRUN <<EOF\ndnf install -y httpd-2.4.62\ndnf clean all\nEOF\n" },
    { description: "no install", code: "FROM fedora:40\nRUN dnf makecache\n" },
    { description: "a builder stage that is only copied from", code: "FROM fedora:40 AS build\nRUN dnf install -y gcc-11.3\nRUN gcc -o /hello hello.c\nFROM scratch\nCOPY --from=build /hello /hello\n" },
    { description: "exec form is not read", code: "FROM fedora:40\nRUN [\"dnf\", \"install\", \"-y\", \"httpd-2.4.62\"]\n" },
    { description: "microdnf clean all", code: "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd-2.4.57 && microdnf clean all\n" },
    { description: "microdnf with its cache removed", code: "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd-2.4.57 && rm -rf /var/cache/yum\n" },
  ],
  reject: [
    {
      description: "hadolint's example",
      code: "FROM fedora:40\nRUN dnf install -y httpd-2.4.62\n",
      findings: [{ message: M('dnf'), line: 2, column: 5, endLine: 2, endColumn: 32 }],
    },
    {
      description: "clean of something else",
      code: "FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean metadata\n",
      findings: [{ message: M('dnf'), line: 2, column: 5, endLine: 2, endColumn: 32 }],
    },
    {
      description: "clean before the install",
      code: "FROM fedora:40\nRUN dnf clean all && dnf install -y httpd-2.4.62\n",
      findings: [{ message: M('dnf'), line: 2, column: 22, endLine: 2, endColumn: 49 }],
    },
    {
      description: "clean in a later RUN",
      code: "FROM fedora:40\nRUN dnf install -y httpd-2.4.62\nRUN dnf clean all\n",
      findings: [{ message: M('dnf'), line: 2, column: 5, endLine: 2, endColumn: 32 }],
    },
    {
      description: "reported at the last install",
      code: "FROM fedora:40\nRUN dnf install -y a-1 && dnf clean all && dnf install -y b-2\n",
      findings: [{ message: M('dnf'), line: 2, column: 44, endLine: 2, endColumn: 62 }],
    },
    {
      description: "a cache mount elsewhere",
      code: "FROM fedora:40\nRUN --mount=type=cache,target=/root/.cache dnf install -y httpd-2.4.62\n",
      findings: [{ message: M('dnf'), line: 2, column: 44, endLine: 2, endColumn: 71 }],
    },
    {
      description: "a stage another stage builds on",
      code: "FROM fedora:40 AS base\nRUN dnf install -y httpd-2.4.62\nFROM base\nCMD [\"httpd\"]\n",
      findings: [{ message: M('dnf'), line: 2, column: 5, endLine: 2, endColumn: 32 }],
    },
    {
      description: "heredoc",
      code: "FROM fedora:40\nRUN <<EOF\ndnf install -y httpd-2.4.62\nEOF\n",
      findings: [{ message: M('dnf'), line: 3, column: 1, endLine: 3, endColumn: 28 }],
    },
    {
      description: "ONBUILD",
      code: "FROM fedora:40\nONBUILD RUN dnf install -y httpd-2.4.62\n",
      findings: [{ message: M('dnf'), line: 2, column: 13, endLine: 2, endColumn: 40 }],
    },
    {
      description: "removing a single file in the cache",
      code: "FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && rm -f /var/cache/dnf/timedhosts\n",
      findings: [{ message: M('dnf'), line: 2, column: 5, endLine: 2, endColumn: 32 }],
    },
    {
      description: "groupinstall",
      code: "FROM fedora:40\nRUN dnf groupinstall -y \"Development Tools\"\n",
      findings: [{ message: M('dnf', 'groupinstall'), line: 2, column: 5, endLine: 2, endColumn: 44 }],
    },
    {
      description: "module install",
      code: "FROM fedora:40\nRUN dnf module install -y nodejs:20\n",
      findings: [{ message: M('dnf', 'module install'), line: 2, column: 5, endLine: 2, endColumn: 36 }],
    },
    {
      description: "microdnf",
      code: "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd-2.4.57\n",
      findings: [{ message: M('microdnf'), line: 2, column: 5, endLine: 2, endColumn: 37 }],
    },
  ],
});
