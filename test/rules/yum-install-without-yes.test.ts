import rule from '../../rules/yum-install-without-yes';
import { ruleTable } from '../rule-table';

const Y = (name: string, sub: string) => `\`${name} ${sub}\` without \`-y\` stops at its confirmation prompt; add \`-y\``;

ruleTable(rule, {
  accept: [
    { description: "-y after install", code: "FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n" },
    { description: "-y before the subcommand", code: "FROM centos:7\nRUN yum -y install httpd-2.4.6\n" },
    { description: "--assumeyes", code: "FROM centos:7\nRUN yum install --assumeyes httpd-2.4.6\n" },
    { description: "combined short flags", code: "FROM centos:7\nRUN yum -qy install httpd-2.4.6\n" },
    { description: "--setopt=assumeyes=1", code: "FROM centos:7\nRUN yum --setopt=assumeyes=1 install httpd-2.4.6\n" },
    { description: "a repository option with its value before the subcommand", code: "FROM centos:7\nRUN yum --enablerepo epel -y install httpd-2.4.6\n" },
    { description: "commands that do not prompt", code: "FROM centos:7\nRUN yum makecache && yum list installed && yum info httpd && yum clean all\n" },
    { description: "module enable with -y", code: "FROM centos:7\nRUN yum -y module enable nodejs:18\n" },
    { description: "sudo with -y", code: "FROM centos:7\nRUN sudo yum install -y httpd-2.4.6\n" },
    { description: "heredoc with -y", code: "FROM centos:7\nRUN <<EOF\nyum install -y httpd-2.4.6\nEOF\n" },
    { description: "another package manager", code: "FROM centos:7\nRUN dnf install httpd-2.4.6\n" },
    { description: "exec form is not read", code: "FROM centos:7\nRUN [\"yum\", \"install\", \"httpd-2.4.6\"]\n" },
    { description: "the word install as a package name of another program", code: "FROM centos:7\nRUN echo yum install\n" },
  ],
  reject: [
    {
      description: "hadolint's example",
      code: "FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all\n",
      findings: [{ message: Y('yum', 'install'), line: 2, column: 5, endLine: 2, endColumn: 28 }],
    },
    {
      description: "-q is not -y",
      code: "FROM centos:7\nRUN yum -q install httpd-2.4.6\n",
      findings: [{ message: Y('yum', 'install'), line: 2, column: 5, endLine: 2, endColumn: 31 }],
    },
    {
      description: "a repository option whose value is not the subcommand",
      code: "FROM centos:7\nRUN yum --enablerepo epel install httpd-2.4.6\n",
      findings: [{ message: Y('yum', 'install'), line: 2, column: 5, endLine: 2, endColumn: 46 }],
    },
    {
      description: "groupinstall",
      code: "FROM centos:7\nRUN yum groupinstall \"Development Tools\"\n",
      findings: [{ message: Y('yum', 'groupinstall'), line: 2, column: 5, endLine: 2, endColumn: 41 }],
    },
    {
      description: "update and remove prompt too",
      code: "FROM centos:7\nRUN yum update && yum remove vim-minimal\n",
      findings: [{ message: Y('yum', 'update'), line: 2, column: 5, endLine: 2, endColumn: 15 }, { message: Y('yum', 'remove'), line: 2, column: 19, endLine: 2, endColumn: 41 }],
    },
    {
      description: "module install",
      code: "FROM centos:7\nRUN yum module install nodejs:18\n",
      findings: [{ message: Y('yum', 'module install'), line: 2, column: 5, endLine: 2, endColumn: 33 }],
    },
    {
      description: "sudo",
      code: "FROM centos:7\nRUN sudo yum install httpd-2.4.6\n",
      findings: [{ message: Y('yum', 'install'), line: 2, column: 5, endLine: 2, endColumn: 33 }],
    },
    {
      description: "heredoc",
      code: "FROM centos:7\nRUN <<EOF\nset -e\nyum install httpd-2.4.6\nEOF\n",
      findings: [{ message: Y('yum', 'install'), line: 4, column: 1, endLine: 4, endColumn: 24 }],
    },
    {
      description: "ONBUILD",
      code: "FROM centos:7\nONBUILD RUN yum install httpd-2.4.6\n",
      findings: [{ message: Y('yum', 'install'), line: 2, column: 13, endLine: 2, endColumn: 36 }],
    },
    {
      description: "a builder stage counts too: the build fails there",
      code: "FROM centos:7 AS build\nRUN yum install httpd-2.4.6\nFROM scratch\nCOPY --from=build /usr/sbin/httpd /httpd\n",
      findings: [{ message: Y('yum', 'install'), line: 2, column: 5, endLine: 2, endColumn: 28 }],
    },
  ],
});
