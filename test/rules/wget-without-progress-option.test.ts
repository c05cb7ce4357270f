import rule from '../../rules/wget-without-progress-option';
import { ruleTable } from '../rule-table';

ruleTable(rule, {
  accept: [
    { description: "hadolint example, fixed", code: "FROM debian:12\nRUN wget --progress=dot:giga http://google.com\n" },
    { description: "quiet, short and long", code: "FROM debian:12\nRUN wget -q http://x/a && wget --quiet http://x/b && wget -qO- http://x/c | sh\n" },
    { description: "no-verbose, short and long", code: "FROM debian:12\nRUN wget -nv http://x/a && wget --no-verbose http://x/b\n" },
    { description: "progress with a separate value", code: "FROM debian:12\nRUN wget --progress dot:mega http://x/a\n" },
    { description: "log to a file", code: "FROM debian:12\nRUN wget -o /tmp/log http://x/a && wget --append-output=/tmp/log http://x/b\n" },
    { description: "Windows image", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN wget http://x/a\n" },
    { description: "curl is not wget", code: "FROM debian:12\nRUN curl -fsSL http://x/a\n" },
  ],
  reject: [
    {
      description: "hadolint example",
      code: "FROM debian:12\nRUN wget http://google.com\n",
      findings: [
        {message: "`wget` without `--progress=dot:giga`, `-q` or `-nv` fills the build log with progress output", line: 2, column: 5, endLine: 2, endColumn: 27},
      ],
    },
    {
      description: "an output file is not a quiet option",
      code: "FROM debian:12\nRUN wget -O /tmp/a.tgz http://x/a.tgz\n",
      findings: [
        {message: "`wget` without `--progress=dot:giga`, `-q` or `-nv` fills the build log with progress output", line: 2, column: 5, endLine: 2, endColumn: 38},
      ],
    },
    {
      description: "-O- piped to tar",
      code: "FROM debian:12\nRUN wget -O - http://x/a.tgz | tar xz\n",
      findings: [
        {message: "`wget` without `--progress=dot:giga`, `-q` or `-nv` fills the build log with progress output", line: 2, column: 5, endLine: 2, endColumn: 29},
      ],
    },
    {
      description: "heredoc RUN",
      code: "FROM debian:12\nRUN <<EOF\nwget http://x/a\nEOF\n",
      findings: [
        {message: "`wget` without `--progress=dot:giga`, `-q` or `-nv` fills the build log with progress output", line: 3, column: 1, endLine: 3, endColumn: 16},
      ],
    },
  ],
});
