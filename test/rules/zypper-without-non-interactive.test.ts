import rule from '../../rules/zypper-without-non-interactive';
import { ruleTable } from '../rule-table';

const Z = (sub: string) => `\`zypper ${sub}\` without \`-n\` stops at its confirmation prompt; add \`--non-interactive\` (\`zypper -n ${sub}\`) or \`-y\``;

ruleTable(rule, {
  accept: [
    { description: "-n before the subcommand", code: "FROM opensuse/leap:15.6\nRUN zypper -n install httpd=2.4.58 && zypper clean\n" },
    { description: "--non-interactive", code: "FROM opensuse/leap:15.6\nRUN zypper --non-interactive in httpd=2.4.58\n" },
    { description: "-y after the subcommand", code: "FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.58\n" },
    { description: "--no-confirm", code: "FROM opensuse/leap:15.6\nRUN zypper rm --no-confirm vim\n" },
    { description: "a global option with a value", code: "FROM opensuse/leap:15.6\nRUN zypper --root /mnt -n in httpd=2.4.58\n" },
    { description: "commands that do not prompt", code: "FROM opensuse/leap:15.6\nRUN zypper refresh && zypper clean -a && zypper ar -f http://x/repo repo && zypper search httpd\n" },
    { description: "heredoc with -n", code: "FROM opensuse/leap:15.6\nRUN <<EOF\nzypper -n in httpd=2.4.58\nEOF\n" },
    { description: "exec form is not read", code: "FROM opensuse/leap:15.6\nRUN [\"zypper\", \"install\", \"httpd\"]\n" },
  ],
  reject: [
    {
      description: "hadolint's example",
      code: "FROM opensuse/leap:15.6\nRUN zypper install httpd=2.4.24 && zypper clean\n",
      findings: [{ message: Z('install'), line: 2, column: 5, endLine: 2, endColumn: 32 }],
    },
    {
      description: "the short forms",
      code: "FROM opensuse/leap:15.6\nRUN zypper in httpd=2.4.24; zypper rm vim; zypper si nginx\n",
      findings: [{ message: Z('in'), line: 2, column: 5, endLine: 2, endColumn: 27 }, { message: Z('rm'), line: 2, column: 29, endLine: 2, endColumn: 42 }, { message: Z('si'), line: 2, column: 44, endLine: 2, endColumn: 59 }],
    },
    {
      description: "patch and update",
      code: "FROM opensuse/leap:15.6\nRUN zypper patch && zypper up\n",
      findings: [{ message: Z('patch'), line: 2, column: 5, endLine: 2, endColumn: 17 }, { message: Z('up'), line: 2, column: 21, endLine: 2, endColumn: 30 }],
    },
    {
      description: "an option value is not the subcommand",
      code: "FROM opensuse/leap:15.6\nRUN zypper --root /mnt install httpd=2.4.24\n",
      findings: [{ message: Z('install'), line: 2, column: 5, endLine: 2, endColumn: 44 }],
    },
    {
      description: "sudo, a heredoc",
      code: "FROM opensuse/leap:15.6\nRUN <<EOF\nsudo zypper install httpd=2.4.24\nEOF\n",
      findings: [{ message: Z('install'), line: 3, column: 1, endLine: 3, endColumn: 33 }],
    },
    {
      description: "ONBUILD",
      code: "FROM opensuse/leap:15.6\nONBUILD RUN zypper remove vim\n",
      findings: [{ message: Z('remove'), line: 2, column: 13, endLine: 2, endColumn: 30 }],
    },
    {
      description: "-n after install is --name",
      code: "FROM opensuse/leap:15.6\nRUN zypper install -n curl=8.6.0\n",
      findings: [{ message: Z('install'), line: 2, column: 5, endLine: 2, endColumn: 33 }],
    },
  ],
});
