import virtualenvInContainer from '../../rules/virtualenv-in-container';
import { ruleTable } from '../rule-table';

ruleTable(virtualenvInContainer, {
  accept: [
    { description: "the builder pattern: venv built in a stage that is only copied from", code: "FROM python:3.12 AS builder\nRUN python -m venv /opt/venv && /opt/venv/bin/pip install -r requirements.txt\n\nFROM python:3.12-slim\nCOPY --from=builder /opt/venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\nCMD [\"gunicorn\", \"app:app\"]\n" },
    { description: "installing into the system Python", code: "FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n" },
    { description: "installing the virtualenv package is not creating one", code: "FROM python:3.12-slim\nRUN pip install virtualenv==20.26.0\n" },
    { description: "virtualenv --version creates nothing", code: "FROM python:3.12-slim\nRUN virtualenv --version && python3 -m venv --help\n" },
    { description: "pipenv install --system", code: "FROM python:3.12-slim\nRUN pip install pipenv && pipenv install --system --deploy\n" },
    { description: "pipenv with PIPENV_SYSTEM set", code: "FROM python:3.12-slim\nENV PIPENV_SYSTEM=1\nRUN pipenv install --deploy\n" },
    { description: "pipenv installing into an existing VIRTUAL_ENV (flagged where created)", code: "FROM python:3.12 AS build\nRUN python -m venv /venv\nFROM python:3.12-slim\nCOPY --from=build /venv /venv\nENV VIRTUAL_ENV=/venv\nRUN pipenv install --deploy\n" },
    { description: "a venv in a test stage that is not the final image", code: "FROM python:3.12-slim AS base\nRUN pip install flask\nFROM base AS test\nRUN python -m venv /tmp/t\nFROM base\nCMD [\"flask\"]\n" },
    { description: "ONBUILD triggers run in a downstream build, maybe a builder", code: "FROM python:3.12-slim\nONBUILD RUN python -m venv /opt/venv\n" },
    { description: "Windows image: the shell is not read", code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN python -m venv C:\\venv\n" },
    { description: "uv pip install --system", code: "FROM python:3.12-slim\nRUN uv pip install --system flask\n" },
    { description: "a comment line inside a RUN that mentions venv", code: "FROM python:3.12-slim\nRUN pip install flask \\\n# python -m venv /v\n && echo done\n" },
  ],
  reject: [
    {
      description: "python -m venv in a single-stage build",
      code: "FROM python:3.12-slim\nRUN python -m venv /opt/venv\n",
      findings: [
        { message: "`python -m venv` creates a virtualenv in the final image; the container already isolates the app, so install into the system Python or build the venv in a builder stage and copy it", line: 2, column: 5, endLine: 2, endColumn: 29 },
      ],
    },
    {
      description: "python3.11 -m venv after other commands, with continuation lines",
      code: "FROM debian:bookworm\nRUN apt-get update \\\n    && apt-get install -y python3 python3-venv \\\n    && python3.11 -m venv /opt/venv\n",
      findings: [
        { message: "`python3.11 -m venv` creates a virtualenv in the final image; the container already isolates the app, so install into the system Python or build the venv in a builder stage and copy it", line: 4, column: 8, endLine: 4, endColumn: 36 },
      ],
    },
    {
      description: "virtualenv DIR",
      code: "FROM python:2.7\nRUN pip install virtualenv && virtualenv /env\n",
      findings: [
        { message: "`virtualenv` creates a virtualenv in the final image; the container already isolates the app, so install into the system Python or build the venv in a builder stage and copy it", line: 2, column: 31, endLine: 2, endColumn: 46 },
      ],
    },
    {
      description: "python -m virtualenv",
      code: "FROM python:3.12\nRUN python -m virtualenv -p python3 /env\n",
      findings: [
        { message: "`python -m virtualenv` creates a virtualenv in the final image; the container already isolates the app, so install into the system Python or build the venv in a builder stage and copy it", line: 2, column: 5, endLine: 2, endColumn: 41 },
      ],
    },
    {
      description: "uv venv",
      code: "FROM ghcr.io/astral-sh/uv:python3.12-bookworm\nRUN uv venv /opt/venv && uv pip install -r requirements.txt\n",
      findings: [
        { message: "`uv venv` creates a virtualenv in the final image; the container already isolates the app, so install into the system Python or build the venv in a builder stage and copy it", line: 2, column: 5, endLine: 2, endColumn: 22 },
      ],
    },
    {
      description: "pipenv install without --system",
      code: "FROM python:3.12-slim\nRUN pip install pipenv && pipenv install --deploy\n",
      findings: [
        { message: "`pipenv install` creates a virtualenv in the final image; the container already isolates the app, so install into the system Python or build the venv in a builder stage and copy it", line: 2, column: 27, endLine: 2, endColumn: 50 },
      ],
    },
    {
      description: "sudo python3 -m venv",
      code: "FROM ubuntu:24.04\nRUN sudo python3 -m venv /opt/venv\n",
      findings: [
        { message: "`python3 -m venv` creates a virtualenv in the final image; the container already isolates the app, so install into the system Python or build the venv in a builder stage and copy it", line: 2, column: 5, endLine: 2, endColumn: 35 },
      ],
    },
    {
      description: "a cache mount does not change where the venv lives",
      code: "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip python -m venv /venv && /venv/bin/pip install flask\n",
      findings: [
        { message: "`python -m venv` creates a virtualenv in the final image; the container already isolates the app, so install into the system Python or build the venv in a builder stage and copy it", line: 2, column: 48, endLine: 2, endColumn: 68 },
      ],
    },
    {
      description: "a heredoc RUN",
      code: "FROM python:3.12-slim\nRUN <<EOF\nset -e\npython -m venv /venv\nEOF\n",
      findings: [
        { message: "`python -m venv` creates a virtualenv in the final image; the container already isolates the app, so install into the system Python or build the venv in a builder stage and copy it", line: 4, column: 1, endLine: 4, endColumn: 21 },
      ],
    },
    {
      description: "exec-form RUN",
      code: "FROM python:3.12-slim\nRUN [\"python3\", \"-m\", \"venv\", \"/venv\"]\n",
      findings: [
        { message: "`python3 -m venv` creates a virtualenv in the final image; the container already isolates the app, so install into the system Python or build the venv in a builder stage and copy it", line: 2, column: 6, endLine: 2, endColumn: 38 },
      ],
    },
    {
      description: "a stage the final stage is built FROM is in the final image",
      code: "ARG PY=3.12\nFROM python:${PY}-slim AS base\nRUN python -m venv /venv\nFROM base\nCMD [\"/venv/bin/python\"]\n",
      findings: [
        { message: "`python -m venv` creates a virtualenv in the final image; the container already isolates the app, so install into the system Python or build the venv in a builder stage and copy it", line: 3, column: 5, endLine: 3, endColumn: 25 },
      ],
    },
    {
      description: "Alpine",
      code: "FROM python:3.12-alpine\nRUN apk add --no-cache gcc && python3 -m venv /venv\n",
      findings: [
        { message: "`python3 -m venv` creates a virtualenv in the final image; the container already isolates the app, so install into the system Python or build the venv in a builder stage and copy it", line: 2, column: 31, endLine: 2, endColumn: 52 },
      ],
    },
  ],
});
