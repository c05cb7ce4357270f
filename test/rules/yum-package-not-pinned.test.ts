import rule from '../../rules/yum-package-not-pinned';
import { ruleTable } from '../rule-table';

const M = (name: string, spec: string, sub = 'install') => `\`${name} ${sub}\` of \`${spec}\` without a version; pin it: \`${spec}-<version>\``;
const S = (name: string, spec: string) => `\`${name} module install\` of \`${spec}\` without a stream; write \`${spec}:<stream>\``;

ruleTable(rule, {
  accept: [
    { description: "name-version", code: "FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n" },
    { description: "name-version-release.arch", code: "FROM centos:7\nRUN yum install -y httpd-2.4.6-97.el7.x86_64\n" },
    { description: "a version glob", code: "FROM centos:7\nRUN yum install -y nodejs-18.*\n" },
    { description: "an epoch", code: "FROM centos:7\nRUN yum install -y openssl-1:1.0.2k\n" },
    { description: "dashed names with versions", code: "FROM centos:7\nRUN yum install -y java-17-openjdk-17.0.9 python3-pip-21.3.1\n" },
    { description: ".rpm files and URLs", code: "FROM centos:7\nRUN yum install -y /tmp/app.rpm https://example.com/epel-release-latest-7.noarch.rpm ./local.RPM\n" },
    { description: "a path", code: "FROM centos:7\nRUN yum install -y /usr/bin/make\n" },
    { description: "groups and modules with @", code: "FROM centos:7\nRUN yum install -y @development-tools\n" },
    { description: "a capability", code: "FROM centos:7\nRUN yum install -y 'perl(JSON)'\n" },
    { description: "module install with a stream", code: "FROM centos:7\nRUN yum module install -y nodejs:18/common\n" },
    { description: "flag values that look like packages", code: "FROM centos:7\nRUN yum install -y --enablerepo epel --setopt tsflags=nodocs --exclude kernel -x glibc httpd-2.4.6\n" },
    { description: "a version from an ARG", code: "FROM centos:7\nARG V=2.4.6\nRUN yum install -y httpd-${V}\n" },
    { description: "a package list from an ENV", code: "FROM centos:7\nENV PKGS=\"httpd-2.4.6 curl-7.29.0\"\nRUN yum install -y $PKGS\n" },
    { description: "an ARG without a value", code: "FROM centos:7\nARG PKG\nRUN yum install -y $PKG\n" },
    { description: "a command substitution", code: "FROM centos:7\nRUN yum install -y $(cat /pkgs.txt)\n" },
    { description: "not an install", code: "FROM centos:7\nRUN yum remove -y httpd && yum update -y\n" },
    { description: "groupinstall and localinstall", code: "FROM centos:7\nRUN yum groupinstall -y \"Development Tools\" && yum localinstall -y app\n" },
    { description: "exec form is not read", code: "FROM centos:7\nRUN [\"yum\", \"install\", \"-y\", \"httpd\"]\n" },
    { description: "ONBUILD with a variable is left alone", code: "FROM centos:7\nONBUILD RUN yum install -y $PKG\n" },
  ],
  reject: [
    {
      description: "hadolint's example",
      code: "FROM centos:7\nRUN yum install -y httpd && yum clean all\n",
      findings: [{ message: M('yum', 'httpd'), line: 2, column: 20, endLine: 2, endColumn: 25 }],
    },
    {
      description: "a dash in the name is not a version",
      code: "FROM centos:7\nRUN yum install -y python3-pip java-17-openjdk gcc-c++\n",
      findings: [{ message: M('yum', 'python3-pip'), line: 2, column: 20, endLine: 2, endColumn: 31 }, { message: M('yum', 'java-17-openjdk'), line: 2, column: 32, endLine: 2, endColumn: 47 }, { message: M('yum', 'gcc-c++'), line: 2, column: 48, endLine: 2, endColumn: 55 }],
    },
    {
      description: "only the unpinned one",
      code: "FROM centos:7\nRUN yum install -y httpd-2.4.6 curl\n",
      findings: [{ message: M('yum', 'curl'), line: 2, column: 32, endLine: 2, endColumn: 36 }],
    },
    {
      description: "module without a stream",
      code: "FROM centos:7\nRUN yum module install -y nodejs\n",
      findings: [{ message: S('yum', 'nodejs'), line: 2, column: 27, endLine: 2, endColumn: 33 }],
    },
    {
      description: "an option value before the package",
      code: "FROM centos:7\nRUN yum --enablerepo=epel install -y --disablerepo updates jq\n",
      findings: [{ message: M('yum', 'jq'), line: 2, column: 60, endLine: 2, endColumn: 62 }],
    },
    {
      description: "an ARG naming an unpinned package",
      code: "FROM centos:7\nARG PKG=httpd\nRUN yum install -y $PKG\n",
      findings: [{ message: M('yum', 'httpd'), line: 3, column: 20, endLine: 3, endColumn: 24 }],
    },
    {
      description: "an ENV list, one finding per package",
      code: "FROM centos:7\nENV PKGS=\"curl wget\"\nRUN yum install -y $PKGS\n",
      findings: [{ message: M('yum', 'curl'), line: 3, column: 20, endLine: 3, endColumn: 25 }, { message: M('yum', 'wget'), line: 3, column: 20, endLine: 3, endColumn: 25 }],
    },
    {
      description: "sudo and a heredoc",
      code: "FROM centos:7\nRUN <<EOF\nsudo yum install -y vim\nEOF\n",
      findings: [{ message: M('yum', 'vim'), line: 3, column: 21, endLine: 3, endColumn: 24 }],
    },
    {
      description: "a quoted name",
      code: "FROM centos:7\nRUN yum install -y \"git\"\n",
      findings: [{ message: M('yum', 'git'), line: 2, column: 20, endLine: 2, endColumn: 25 }],
    },
    {
      description: "a builder stage counts too",
      code: "FROM centos:7 AS build\nRUN yum install -y gcc\nFROM scratch\nCOPY --from=build /etc/os-release /x\n",
      findings: [{ message: M('yum', 'gcc'), line: 2, column: 20, endLine: 2, endColumn: 23 }],
    },
  ],
});
