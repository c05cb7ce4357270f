import rule from '../../rules/pipe-without-pipefail';
import { ruleTable } from '../rule-table';

ruleTable(rule, {
  accept: [
    { description: "hadolint example, fixed with SHELL", code: "FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN wget -O - https://some.site | wc -l > /number\n" },
    { description: "combined options -eo pipefail", code: "FROM alpine:3.20\nSHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN wget -qO- https://x/a | tar xz\n" },
    { description: "SHELL inherited from the parent stage", code: "FROM debian:12 AS base\nSHELL [\"/bin/bash\", \"-euxo\", \"pipefail\", \"-c\"]\nFROM base\nRUN curl -fsSL https://x/a | sh\n" },
    { description: "set -o pipefail at the start of the script", code: "FROM debian:12\nRUN set -euo pipefail; curl -fsSL https://x/a | tar xz\n" },
    { description: "no pipe", code: "FROM debian:12\nRUN curl -fsSLo a https://x/a || true && echo a > /b\n" },
    { description: "|| is not a pipe", code: "FROM debian:12\nRUN test -f /a || echo missing\n" },
    { description: "a pipe in a quoted string", code: "FROM debian:12\nRUN echo 'a | b' > /x\n" },
    { description: "PowerShell SHELL", code: "FROM mcr.microsoft.com/powershell:latest\nSHELL [\"pwsh\", \"-Command\"]\nRUN Get-ChildItem | Select-Object Name\n" },
    { description: "Windows image", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir | findstr foo\n" },
    { description: "exec form is not read", code: "FROM debian:12\nRUN [\"sh\", \"-c\", \"a | b\"]\n" },
  ],
  reject: [
    {
      description: "hadolint example",
      code: "FROM debian:12\nRUN wget -O - https://some.site | wc -l > /number\n",
      findings: [
        {message: "this pipeline succeeds when a command before the last one fails; set `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before this RUN, or start it with `set -o pipefail`", line: 2, column: 5, endLine: 2, endColumn: 40},
      ],
    },
    {
      description: "a checksum fed by echo (as hadolint)",
      code: "FROM debian:12\nRUN echo \"$S *a\" | sha256sum -c - && curl -fsSL https://x/a | tar xz\n",
      findings: [
        {message: "this pipeline succeeds when a command before the last one fails; set `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before this RUN, or start it with `set -o pipefail`", line: 2, column: 5, endLine: 2, endColumn: 34},
      ],
    },
    {
      description: "SHELL in another stage does not apply",
      code: "FROM debian:12 AS a\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM debian:12\nRUN curl -fsSL https://x/a | sh\n",
      findings: [
        {message: "this pipeline succeeds when a command before the last one fails; set `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before this RUN, or start it with `set -o pipefail`", line: 4, column: 5, endLine: 4, endColumn: 32},
      ],
    },
    {
      description: "SHELL without pipefail",
      code: "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nRUN curl -fsSL https://x/a | tar -xz -C /opt\n",
      findings: [
        {message: "this pipeline succeeds when a command before the last one fails; set `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before this RUN, or start it with `set -o pipefail`", line: 3, column: 5, endLine: 3, endColumn: 45},
      ],
    },
    {
      description: "SHELL set after the RUN",
      code: "FROM debian:12\nRUN curl -fsSL https://x/a | sh\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n",
      findings: [
        {message: "this pipeline succeeds when a command before the last one fails; set `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before this RUN, or start it with `set -o pipefail`", line: 2, column: 5, endLine: 2, endColumn: 32},
      ],
    },
    {
      description: "set -o pipefail after the pipe is too late",
      code: "FROM debian:12\nRUN cat /a | sort > /b; set -o pipefail\n",
      findings: [
        {message: "this pipeline succeeds when a command before the last one fails; set `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before this RUN, or start it with `set -o pipefail`", line: 2, column: 5, endLine: 2, endColumn: 18},
      ],
    },
    {
      description: "a three-command pipeline over continuation lines",
      code: "FROM debian:12\nRUN apt-get update && \\\n    dpkg -l | grep lib | wc -l\n",
      findings: [
        {message: "this pipeline succeeds when a command before the last one fails; set `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before this RUN, or start it with `set -o pipefail`", line: 3, column: 5, endLine: 3, endColumn: 31},
      ],
    },
    {
      description: "heredoc RUN",
      code: "FROM debian:12\nRUN <<EOF\ncurl -fsSL https://x/a | sh\nEOF\n",
      findings: [
        {message: "this pipeline succeeds when a command before the last one fails; set `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before this RUN, or start it with `set -o pipefail`", line: 3, column: 1, endLine: 3, endColumn: 28},
      ],
    },
    {
      description: "a pipe inside a subshell",
      code: "FROM debian:12\nRUN (cd /src && tar c .) | (cd /dst && tar x)\n",
      findings: [
        {message: "this pipeline succeeds when a command before the last one fails; set `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before this RUN, or start it with `set -o pipefail`", line: 2, column: 5, endLine: 2, endColumn: 46},
      ],
    },
    {
      description: "ONBUILD RUN",
      code: "FROM debian:12\nONBUILD RUN cat a | sort\n",
      findings: [
        {message: "this pipeline succeeds when a command before the last one fails; set `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before this RUN, or start it with `set -o pipefail`", line: 2, column: 13, endLine: 2, endColumn: 25},
      ],
    },
  ],
});
