import rule from '../../rules/zypper-package-not-pinned';
import { ruleTable } from '../rule-table';

const P = (sub: string, spec: string) => `\`zypper ${sub}\` of \`${spec}\` without a version; pin it: \`${spec}=<version>\``;

ruleTable(rule, {
  accept: [
    { description: "=version", code: "FROM opensuse/leap:15.6\nRUN zypper -n install httpd=2.4.58 && zypper clean\n" },
    { description: "comparisons", code: "FROM opensuse/leap:15.6\nRUN zypper -n in 'httpd>=2.4' 'curl<9' 'vim>9.0'\n" },
    { description: "name-version", code: "FROM opensuse/leap:15.6\nRUN zypper -n in sqlite3-3.44.0 java-17-openjdk-17.0.9\n" },
    { description: ".rpm files and URLs", code: "FROM opensuse/leap:15.6\nRUN zypper -n in /tmp/app.rpm https://example.com/app-1.noarch.rpm\n" },
    { description: "patterns", code: "FROM opensuse/leap:15.6\nRUN zypper -n in -t pattern devel_basis && zypper -n in pattern:devel_C_C++\n" },
    { description: "removals with ! and ~", code: "FROM opensuse/leap:15.6\nRUN zypper -n in curl=8.6.0 '!vim' '~nano'\n" },
    { description: "flag values that look like packages", code: "FROM opensuse/leap:15.6\nRUN zypper -n in --from repo-oss -r updates curl=8.6.0\n" },
    { description: "a version from an ARG", code: "FROM opensuse/leap:15.6\nARG V=8.6.0\nRUN zypper -n in curl=${V}\n" },
    { description: "an ARG without a value", code: "FROM opensuse/leap:15.6\nARG PKG\nRUN zypper -n in $PKG\n" },
    { description: "a command substitution", code: "FROM opensuse/leap:15.6\nRUN zypper -n in $(cat /pkgs)\n" },
    { description: "not an install", code: "FROM opensuse/leap:15.6\nRUN zypper -n rm vim && zypper -n si nginx\n" },
    { description: "exec form is not read", code: "FROM opensuse/leap:15.6\nRUN [\"zypper\", \"in\", \"curl\"]\n" },
  ],
  reject: [
    {
      description: "hadolint's example",
      code: "FROM opensuse/leap:15.6\nRUN zypper install -y httpd && zypper clean\n",
      findings: [{ message: P('install', 'httpd'), line: 2, column: 23, endLine: 2, endColumn: 28 }],
    },
    {
      description: "a dash in the name is not a version",
      code: "FROM opensuse/leap:15.6\nRUN zypper -n in python3-pip gcc-c++\n",
      findings: [{ message: P('in', 'python3-pip'), line: 2, column: 18, endLine: 2, endColumn: 29 }, { message: P('in', 'gcc-c++'), line: 2, column: 30, endLine: 2, endColumn: 37 }],
    },
    {
      description: "-t package",
      code: "FROM opensuse/leap:15.6\nRUN zypper -n in -t package curl\n",
      findings: [{ message: P('in', 'curl'), line: 2, column: 29, endLine: 2, endColumn: 33 }],
    },
    {
      description: "an option value before the package",
      code: "FROM opensuse/leap:15.6\nRUN zypper --root /mnt -n in --from oss jq\n",
      findings: [{ message: P('in', 'jq'), line: 2, column: 41, endLine: 2, endColumn: 43 }],
    },
    {
      description: "an ENV list",
      code: "FROM opensuse/leap:15.6\nENV PKGS=\"curl wget=1.21\"\nRUN zypper -n in $PKGS\n",
      findings: [{ message: P('in', 'curl'), line: 3, column: 18, endLine: 3, endColumn: 23 }],
    },
    {
      description: "heredoc",
      code: "FROM opensuse/leap:15.6\nRUN <<EOF\nzypper -n in vim\nEOF\n",
      findings: [{ message: P('in', 'vim'), line: 3, column: 14, endLine: 3, endColumn: 17 }],
    },
  ],
});
