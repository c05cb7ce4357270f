import rule from '../../rules/wget-and-curl-in-stage';
import { ruleTable } from '../rule-table';

ruleTable(rule, {
  accept: [
    { description: "only curl", code: "FROM debian:12\nRUN curl -fsSL http://x/a -o a && curl -fsSL http://x/b -o b\n" },
    { description: "different stages", code: "FROM debian:12 AS a\nRUN wget -q http://x/a\nFROM debian:12\nRUN curl -fsSLO http://x/b\n" },
    { description: "a fallback after ||", code: "FROM debian:12\nRUN curl -fsSL http://x/a || wget -qO- http://x/a\n" },
    { description: "a choice in an if", code: "FROM debian:12\nRUN if command -v curl; then curl -fsSLO http://x/a; else wget -q http://x/a; fi\n" },
    { description: "installing both packages is not using them", code: "FROM debian:12\nRUN apt-get install -y curl wget\n" },
    { description: "Windows image", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN curl.exe -o a http://x/a; wget http://x/b\n" },
  ],
  reject: [
    {
      description: "hadolint example",
      code: "FROM debian:12\nRUN wget http://google.com\nRUN curl http://bing.com\n",
      findings: [
        {message: "`curl` is used here and `wget` on line 2 of the same stage; use one download tool", line: 3, column: 5, endLine: 3, endColumn: 25},
      ],
    },
    {
      description: "both in one RUN",
      code: "FROM debian:12\nRUN curl -fsSLO http://x/a && wget -q http://x/b && wget -q http://x/c\n",
      findings: [
        {message: "`wget` is used here and `curl` on line 2 of the same stage; use one download tool", line: 2, column: 31, endLine: 2, endColumn: 49},
      ],
    },
    {
      description: "wget first, curl in a later RUN",
      code: "FROM debian:12\nRUN wget -q http://x/a\nRUN apt-get update\nRUN curl -fsSLO http://x/b\n",
      findings: [
        {message: "`curl` is used here and `wget` on line 2 of the same stage; use one download tool", line: 4, column: 5, endLine: 4, endColumn: 27},
      ],
    },
    {
      description: "each stage on its own",
      code: "FROM debian:12 AS a\nRUN wget -q http://x/a && curl -fsSLO http://x/b\nFROM a\nRUN curl -fsSLO http://x/c && wget -q http://x/d\n",
      findings: [
        {message: "`curl` is used here and `wget` on line 2 of the same stage; use one download tool", line: 2, column: 27, endLine: 2, endColumn: 49},
        {message: "`wget` is used here and `curl` on line 4 of the same stage; use one download tool", line: 4, column: 31, endLine: 4, endColumn: 49},
      ],
    },
    {
      description: "heredoc RUN",
      code: "FROM debian:12\nRUN <<EOF\ncurl -fsSLO http://x/a\nwget -q http://x/b\nEOF\n",
      findings: [
        {message: "`wget` is used here and `curl` on line 3 of the same stage; use one download tool", line: 4, column: 1, endLine: 4, endColumn: 19},
      ],
    },
  ],
});
