import rule from '../../rules/dnf-install-without-yes';
import { ruleTable } from '../rule-table';

const Y = (name: string, sub: string) => `\`${name} ${sub}\` without \`-y\` stops at its confirmation prompt; add \`-y\``;

ruleTable(rule, {
  accept: [
    { description: "-y after install", code: "FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n" },
    { description: "-y before the subcommand", code: "FROM fedora:40\nRUN dnf -y install httpd-2.4.62\n" },
    { description: "--assumeyes", code: "FROM fedora:40\nRUN dnf install --assumeyes httpd-2.4.62\n" },
    { description: "combined short flags", code: "FROM fedora:40\nRUN dnf -qy install httpd-2.4.62\n" },
    { description: "--setopt=assumeyes=1", code: "FROM fedora:40\nRUN dnf --setopt=assumeyes=1 install httpd-2.4.62\n" },
    { description: "a repository option with its value before the subcommand", code: "FROM fedora:40\nRUN dnf --enablerepo epel -y install httpd-2.4.62\n" },
    { description: "commands that do not prompt", code: "FROM fedora:40\nRUN dnf makecache && dnf list installed && dnf info httpd && dnf clean all\n" },
    { description: "module enable with -y", code: "FROM fedora:40\nRUN dnf -y module enable nodejs:18\n" },
    { description: "sudo with -y", code: "FROM fedora:40\nRUN sudo dnf install -y httpd-2.4.62\n" },
    { description: "heredoc with -y", code: "FROM fedora:40\nRUN <<EOF\ndnf install -y httpd-2.4.62\nEOF\n" },
    { description: "another package manager", code: "FROM fedora:40\nRUN yum install httpd-2.4.62\n" },
    { description: "exec form is not read", code: "FROM fedora:40\nRUN [\"dnf\", \"install\", \"httpd-2.4.62\"]\n" },
    { description: "the word install as a package name of another program", code: "FROM fedora:40\nRUN echo dnf install\n" },
    { description: "microdnf with -y", code: "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y httpd-2.4.57 && microdnf clean all\n" },
  ],
  reject: [
    {
      description: "hadolint's example",
      code: "FROM fedora:40\nRUN dnf install httpd-2.4.62 && dnf clean all\n",
      findings: [{ message: Y('dnf', 'install'), line: 2, column: 5, endLine: 2, endColumn: 29 }],
    },
    {
      description: "-q is not -y",
      code: "FROM fedora:40\nRUN dnf -q install httpd-2.4.62\n",
      findings: [{ message: Y('dnf', 'install'), line: 2, column: 5, endLine: 2, endColumn: 32 }],
    },
    {
      description: "a repository option whose value is not the subcommand",
      code: "FROM fedora:40\nRUN dnf --enablerepo epel install httpd-2.4.62\n",
      findings: [{ message: Y('dnf', 'install'), line: 2, column: 5, endLine: 2, endColumn: 47 }],
    },
    {
      description: "groupinstall",
      code: "FROM fedora:40\nRUN dnf groupinstall \"Development Tools\"\n",
      findings: [{ message: Y('dnf', 'groupinstall'), line: 2, column: 5, endLine: 2, endColumn: 41 }],
    },
    {
      description: "update and remove prompt too",
      code: "FROM fedora:40\nRUN dnf update && dnf remove vim-minimal\n",
      findings: [{ message: Y('dnf', 'update'), line: 2, column: 5, endLine: 2, endColumn: 15 }, { message: Y('dnf', 'remove'), line: 2, column: 19, endLine: 2, endColumn: 41 }],
    },
    {
      description: "module install",
      code: "FROM fedora:40\nRUN dnf module install nodejs:18\n",
      findings: [{ message: Y('dnf', 'module install'), line: 2, column: 5, endLine: 2, endColumn: 33 }],
    },
    {
      description: "sudo",
      code: "FROM fedora:40\nRUN sudo dnf install httpd-2.4.62\n",
      findings: [{ message: Y('dnf', 'install'), line: 2, column: 5, endLine: 2, endColumn: 34 }],
    },
    {
      description: "heredoc",
      code: "FROM fedora:40\nRUN <<EOF\nset -e\ndnf install httpd-2.4.62\nEOF\n",
      findings: [{ message: Y('dnf', 'install'), line: 4, column: 1, endLine: 4, endColumn: 25 }],
    },
    {
      description: "ONBUILD",
      code: "FROM fedora:40\nONBUILD RUN dnf install httpd-2.4.62\n",
      findings: [{ message: Y('dnf', 'install'), line: 2, column: 13, endLine: 2, endColumn: 37 }],
    },
    {
      description: "a builder stage counts too: the build fails there",
      code: "FROM fedora:40 AS build\nRUN dnf install httpd-2.4.62\nFROM scratch\nCOPY --from=build /usr/sbin/httpd /httpd\n",
      findings: [{ message: Y('dnf', 'install'), line: 2, column: 5, endLine: 2, endColumn: 29 }],
    },
    {
      description: "microdnf",
      code: "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install httpd-2.4.57\n",
      findings: [{ message: Y('microdnf', 'install'), line: 2, column: 5, endLine: 2, endColumn: 34 }],
    },
    {
      description: "dnf5",
      code: "FROM fedora:41\nRUN dnf5 install httpd-2.4.62\n",
      findings: [{ message: Y('dnf5', 'install'), line: 2, column: 5, endLine: 2, endColumn: 30 }],
    },
  ],
});
