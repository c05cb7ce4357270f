import rule from '../../rules/pip-cache-not-disabled';
import { ruleTable } from '../rule-table';

ruleTable(rule, {
  accept: [
    { description: "hadolint example, fixed", code: "FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3\n" },
    { description: "--no-cache, pip's accepted abbreviation of --no-cache-dir", code: "FROM python:3.12\nRUN pip3 install --no-cache mqtt-io==1.0\n" },
    { description: "PIP_NO_CACHE_DIR in ENV", code: "FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3\n" },
    { description: "PIP_NO_CACHE_DIR=off still disables the cache", code: "FROM python:3.12\nENV PIP_NO_CACHE_DIR=off\nRUN pip install flask==3.0.3\n" },
    { description: "PIP_NO_CACHE_DIR in ARG", code: "FROM python:3.12\nARG PIP_NO_CACHE_DIR=1\nRUN pip install flask==3.0.3\n" },
    { description: "PIP_NO_CACHE_DIR on the command", code: "FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install flask==3.0.3 && env PIP_NO_CACHE_DIR=1 pip3 install gunicorn==22\n" },
    { description: "cache mount on /root/.cache/pip", code: "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3\n" },
    { description: "cache mount on a user's ~/.cache", code: "FROM python:3.12\nRUN --mount=type=cache,target=/home/app/.cache,uid=1000 pip install flask==3.0.3\n" },
    { description: "cache mount on --cache-dir", code: "FROM python:3.12\nRUN --mount=type=cache,target=/pipcache pip install --cache-dir /pipcache flask==3.0.3\n" },
    { description: "cache mount on PIP_CACHE_DIR", code: "FROM python:3.12\nENV PIP_CACHE_DIR=/var/cache/pip\nRUN --mount=type=cache,target=/var/cache/pip pip install flask==3.0.3\n" },
    { description: "pipenv and pipx are not pip", code: "FROM python:3.12\nRUN pipx install black && pipenv install --system\n" },
    { description: "pip download, pip freeze", code: "FROM python:3.12\nRUN pip download -d /w flask && pip freeze\n" },
    { description: "Windows image", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN pip install flask\n" },
  ],
  reject: [
    {
      description: "hadolint example",
      code: "FROM python:3.12\nRUN pip install flask==3.0.3\n",
      findings: [
        {message: "`pip install` keeps downloaded packages in the pip cache in this layer; add `--no-cache-dir`", line: 2, column: 5, endLine: 2, endColumn: 29},
      ],
    },
    {
      description: "python -m pip",
      code: "FROM python:3.12\nRUN python -m pip install -r requirements.txt\n",
      findings: [
        {message: "`pip install` keeps downloaded packages in the pip cache in this layer; add `--no-cache-dir`", line: 2, column: 5, endLine: 2, endColumn: 46},
      ],
    },
    {
      description: "heredoc RUN",
      code: "FROM python:3.12\nRUN <<EOF\npip install --upgrade pip\nEOF\n",
      findings: [
        {message: "`pip install` keeps downloaded packages in the pip cache in this layer; add `--no-cache-dir`", line: 3, column: 1, endLine: 3, endColumn: 26},
      ],
    },
    {
      description: "a cache mount elsewhere does not help",
      code: "FROM python:3.12\nRUN --mount=type=cache,target=/var/cache/apt pip3 install flask==3.0.3\n",
      findings: [
        {message: "`pip3 install` keeps downloaded packages in the pip cache in this layer; add `--no-cache-dir`", line: 2, column: 46, endLine: 2, endColumn: 71},
      ],
    },
    {
      description: "PIP_NO_CACHE_DIR set in another stage does not count",
      code: "FROM python:3.12 AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install flask==3.0.3\n",
      findings: [
        {message: "`pip install` keeps downloaded packages in the pip cache in this layer; add `--no-cache-dir`", line: 4, column: 5, endLine: 4, endColumn: 29},
      ],
    },
    {
      description: "an ARG without a value",
      code: "FROM python:3.12\nARG PIP_NO_CACHE_DIR\nRUN pip install flask==3.0.3\n",
      findings: [
        {message: "`pip install` keeps downloaded packages in the pip cache in this layer; add `--no-cache-dir`", line: 3, column: 5, endLine: 3, endColumn: 29},
      ],
    },
    {
      description: "--no-compile is not --no-cache-dir",
      code: "FROM python:3.12\nRUN pip install --no-compile flask==3.0.3\n",
      findings: [
        {message: "`pip install` keeps downloaded packages in the pip cache in this layer; add `--no-cache-dir`", line: 2, column: 5, endLine: 2, endColumn: 42},
      ],
    },
  ],
});
