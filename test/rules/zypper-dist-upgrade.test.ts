import rule from '../../rules/zypper-dist-upgrade';
import { ruleTable } from '../rule-table';

const D = (sub: string) => `Do not use \`zypper ${sub}\`: build from a newer base image instead`;

ruleTable(rule, {
  accept: [
    { description: "install and update", code: "FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 && zypper -n update && zypper clean\n" },
    { description: "the words in another command", code: "FROM opensuse/leap:15.6\nRUN echo zypper dist-upgrade\n" },
    { description: "exec form is not read", code: "FROM opensuse/leap:15.6\nRUN [\"zypper\", \"dist-upgrade\"]\n" },
  ],
  reject: [
    {
      description: "hadolint's example",
      code: "FROM opensuse/leap:15.6\nRUN zypper dist-upgrade\n",
      findings: [{ message: D('dist-upgrade'), line: 2, column: 5, endLine: 2, endColumn: 24 }],
    },
    {
      description: "dup with options",
      code: "FROM opensuse/leap:15.6\nRUN zypper -n dup --no-recommends && zypper clean\n",
      findings: [{ message: D('dup'), line: 2, column: 5, endLine: 2, endColumn: 34 }],
    },
    {
      description: "an option value before it",
      code: "FROM opensuse/leap:15.6\nRUN zypper --root /mnt --non-interactive dist-upgrade\n",
      findings: [{ message: D('dist-upgrade'), line: 2, column: 5, endLine: 2, endColumn: 54 }],
    },
    {
      description: "heredoc",
      code: "FROM opensuse/leap:15.6\nRUN <<EOF\nzypper -n dup\nEOF\n",
      findings: [{ message: D('dup'), line: 3, column: 1, endLine: 3, endColumn: 14 }],
    },
  ],
});
