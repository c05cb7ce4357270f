import rule from '../../rules/dnf-package-not-pinned';
import { ruleTable } from '../rule-table';

const M = (name: string, spec: string, sub = 'install') => `\`${name} ${sub}\` of \`${spec}\` without a version; pin it: \`${spec}-<version>\``;
const S = (name: string, spec: string) => `\`${name} module install\` of \`${spec}\` without a stream; write \`${spec}:<stream>\``;

ruleTable(rule, {
  accept: [
    { description: "name-version", code: "FROM fedora:40\nRUN dnf install -y httpd-2.4.6 && dnf clean all\n" },
    { description: "name-version-release.arch", code: "FROM fedora:40\nRUN dnf install -y httpd-2.4.6-97.el7.x86_64\n" },
    { description: "a version glob", code: "FROM fedora:40\nRUN dnf install -y nodejs-18.*\n" },
    { description: "an epoch", code: "FROM fedora:40\nRUN dnf install -y openssl-1:1.0.2k\n" },
    { description: "dashed names with versions", code: "FROM fedora:40\nRUN dnf install -y java-17-openjdk-17.0.9 python3-pip-21.3.1\n" },
    { description: ".rpm files and URLs", code: "FROM fedora:40\nRUN dnf install -y /tmp/app.rpm https://example.com/epel-release-latest-7.noarch.rpm ./local.RPM\n" },
    { description: "a path", code: "FROM fedora:40\nRUN dnf install -y /usr/bin/make\n" },
    { description: "groups and modules with @", code: "FROM fedora:40\nRUN dnf install -y @development-tools\n" },
    { description: "a capability", code: "FROM fedora:40\nRUN dnf install -y 'perl(JSON)'\n" },
    { description: "module install with a stream", code: "FROM fedora:40\nRUN dnf module install -y nodejs:18/common\n" },
    { description: "flag values that look like packages", code: "FROM fedora:40\nRUN dnf install -y --enablerepo epel --setopt tsflags=nodocs --exclude kernel -x glibc httpd-2.4.6\n" },
    { description: "a version from an ARG", code: "FROM fedora:40\nARG V=2.4.6\nRUN dnf install -y httpd-${V}\n" },
    { description: "a package list from an ENV", code: "FROM fedora:40\nENV PKGS=\"httpd-2.4.6 curl-7.29.0\"\nRUN dnf install -y $PKGS\n" },
    { description: "an ARG without a value", code: "FROM fedora:40\nARG PKG\nRUN dnf install -y $PKG\n" },
    { description: "a command substitution", code: "FROM fedora:40\nRUN dnf install -y $(cat /pkgs.txt)\n" },
    { description: "not an install", code: "FROM fedora:40\nRUN dnf remove -y httpd && dnf update -y\n" },
    { description: "groupinstall and localinstall", code: "FROM fedora:40\nRUN dnf groupinstall -y \"Development Tools\" && dnf localinstall -y app\n" },
    { description: "exec form is not read", code: "FROM fedora:40\nRUN [\"dnf\", \"install\", \"-y\", \"httpd\"]\n" },
    { description: "ONBUILD with a variable is left alone", code: "FROM fedora:40\nONBUILD RUN dnf install -y $PKG\n" },
    { description: "a comparison", code: "FROM fedora:40\nRUN dnf install -y 'httpd >= 2.4'\n" },
  ],
  reject: [
    {
      description: "hadolint's example",
      code: "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n",
      findings: [{ message: M('dnf', 'httpd'), line: 2, column: 20, endLine: 2, endColumn: 25 }],
    },
    {
      description: "a dash in the name is not a version",
      code: "FROM fedora:40\nRUN dnf install -y python3-pip java-17-openjdk gcc-c++\n",
      findings: [{ message: M('dnf', 'python3-pip'), line: 2, column: 20, endLine: 2, endColumn: 31 }, { message: M('dnf', 'java-17-openjdk'), line: 2, column: 32, endLine: 2, endColumn: 47 }, { message: M('dnf', 'gcc-c++'), line: 2, column: 48, endLine: 2, endColumn: 55 }],
    },
    {
      description: "only the unpinned one",
      code: "FROM fedora:40\nRUN dnf install -y httpd-2.4.6 curl\n",
      findings: [{ message: M('dnf', 'curl'), line: 2, column: 32, endLine: 2, endColumn: 36 }],
    },
    {
      description: "module without a stream",
      code: "FROM fedora:40\nRUN dnf module install -y nodejs\n",
      findings: [{ message: S('dnf', 'nodejs'), line: 2, column: 27, endLine: 2, endColumn: 33 }],
    },
    {
      description: "an option value before the package",
      code: "FROM fedora:40\nRUN dnf --enablerepo=epel install -y --disablerepo updates jq\n",
      findings: [{ message: M('dnf', 'jq'), line: 2, column: 60, endLine: 2, endColumn: 62 }],
    },
    {
      description: "an ARG naming an unpinned package",
      code: "FROM fedora:40\nARG PKG=httpd\nRUN dnf install -y $PKG\n",
      findings: [{ message: M('dnf', 'httpd'), line: 3, column: 20, endLine: 3, endColumn: 24 }],
    },
    {
      description: "an ENV list, one finding per package",
      code: "FROM fedora:40\nENV PKGS=\"curl wget\"\nRUN dnf install -y $PKGS\n",
      findings: [{ message: M('dnf', 'curl'), line: 3, column: 20, endLine: 3, endColumn: 25 }, { message: M('dnf', 'wget'), line: 3, column: 20, endLine: 3, endColumn: 25 }],
    },
    {
      description: "sudo and a heredoc",
      code: "FROM fedora:40\nRUN <<EOF\nsudo dnf install -y vim\nEOF\n",
      findings: [{ message: M('dnf', 'vim'), line: 3, column: 21, endLine: 3, endColumn: 24 }],
    },
    {
      description: "a quoted name",
      code: "FROM fedora:40\nRUN dnf install -y \"git\"\n",
      findings: [{ message: M('dnf', 'git'), line: 2, column: 20, endLine: 2, endColumn: 25 }],
    },
    {
      description: "a builder stage counts too",
      code: "FROM fedora:40 AS build\nRUN dnf install -y gcc\nFROM scratch\nCOPY --from=build /etc/os-release /x\n",
      findings: [{ message: M('dnf', 'gcc'), line: 2, column: 20, endLine: 2, endColumn: 23 }],
    },
    {
      description: "microdnf",
      code: "FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y --nodocs httpd\n",
      findings: [{ message: M('microdnf', 'httpd'), line: 2, column: 34, endLine: 2, endColumn: 39 }],
    },
    {
      description: "dnf in",
      code: "FROM fedora:40\nRUN dnf in -y httpd\n",
      findings: [{ message: M('dnf', 'httpd', 'in'), line: 2, column: 15, endLine: 2, endColumn: 20 }],
    },
  ],
});
