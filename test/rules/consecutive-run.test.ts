import rule from '../../rules/consecutive-run';
import { ruleTable } from '../rule-table';

const MERGE = (line: number, flags = false) => `RUN follows the RUN on line ${line}${flags ? ' with the same flags' : ''}; merge them into one RUN with &&`;

ruleTable(rule, {
  accept: [
    { description: 'one RUN', code: 'FROM alpine:3.20\nRUN mkdir /data && chown nobody /data\n' },
    { description: 'another instruction between', code: 'FROM alpine:3.20\nRUN mkdir /data\nWORKDIR /data\nRUN touch x\n' },
    { description: 'an ENV between', code: 'FROM alpine:3.20\nRUN mkdir /data\nENV A=1\nRUN touch x\n' },
    { description: 'the first RUN is long on its own', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN curl --version\n' },
    { description: 'the second RUN is long on its own', code: 'FROM alpine:3.20\nRUN mkdir /app\nRUN set -eux; \\\n    adduser -D app; \\\n    chown app /app\n' },
    { description: 'different flags', code: 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\nRUN python -c "import flask"\n' },
    { description: 'different networks', code: 'FROM python:3.12\nRUN --network=none make test\nRUN --network=host make fetch\n' },
    { description: 'heredoc RUN', code: 'FROM alpine:3.20\nRUN mkdir /app\nRUN <<EOF\necho hi\nEOF\n' },
    { description: 'exec-form RUNs', code: 'FROM alpine:3.20\nRUN ["mkdir", "/app"]\nRUN ["touch", "/app/x"]\n' },
    { description: 'different stages', code: 'FROM alpine:3.20 AS a\nRUN mkdir /a\nFROM alpine:3.20\nRUN mkdir /b\n' },
    { description: 'ONBUILD RUNs', code: 'FROM alpine:3.20\nONBUILD RUN mkdir /a\nONBUILD RUN mkdir /b\n' },
    { description: 'a lower longRun', options: { longRun: 2 }, code: 'FROM alpine:3.20\nRUN mkdir /a && touch /a/x\nRUN ls /a\n' },
    {
      description: 'a builder stage whose files the final stage copies',
      code: 'FROM alpine:3.20 AS build\nRUN apk add --no-cache gcc make\nRUN wget -O src.tar.gz https://example.com/src.tar.gz\nRUN tar xzf src.tar.gz && make\nFROM alpine:3.20\nCOPY --from=build /out/app /usr/local/bin/app\n',
    },
    {
      description: 'a builder stage used through a RUN mount',
      code: 'FROM golang:1.23 AS build\nRUN go mod download\nRUN go build -o /app .\nFROM alpine:3.20\nRUN --mount=from=build,source=/app,target=/tmp/app cp /tmp/app /usr/local/bin/app\n',
    },
    { description: 'Windows image', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN mkdir C:\\app\nRUN echo hi\n' },
  ],
  reject: [
    {
      description: 'two one-liners',
      code: 'FROM ruby:3.3\nRUN gem install fluentd\nRUN gem install fluent-plugin-elasticsearch\n',
      findings: [{ message: MERGE(2), line: 3, column: 1, endLine: 3, endColumn: 44 }],
    },
    {
      description: 'three in a row, with comments and blank lines between',
      code: 'FROM node:20\nRUN npm install express\n\n# logging\nRUN npm install morgan\n# cache\nRUN npm install redis@5\n',
      findings: [
        { message: MERGE(2), line: 5, column: 1, endLine: 5, endColumn: 23 },
        { message: MERGE(5), line: 7, column: 1, endLine: 7, endColumn: 24 },
      ],
    },
    {
      description: 'a multi-line RUN is reported on its first line, without the continuation',
      code: 'FROM alpine:3.20\nRUN mkdir /app\nRUN set -eux; \\\n\tadduser -D app\n',
      findings: [{ message: MERGE(2), line: 3, column: 1, endLine: 3, endColumn: 14 }],
    },
    {
      description: 'the same cache mount on both',
      code: 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\nRUN --mount=type=cache,target=/root/.cache/pip pip install gunicorn\n',
      findings: [{ message: MERGE(2, true), line: 3, column: 1, endLine: 3, endColumn: 68 }],
    },
    {
      description: 'commands inside $(...) do not make a RUN long',
      code: 'FROM alpine:3.20\nRUN echo $(date) > /built\nRUN echo $(id -u) $(id -g) > /ids\n',
      findings: [{ message: MERGE(2), line: 3, column: 1, endLine: 3, endColumn: 34 }],
    },
    {
      description: 'a higher longRun',
      options: { longRun: 5 },
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN curl --version\n',
      findings: [{ message: MERGE(2), line: 3, column: 1, endLine: 3, endColumn: 19 }],
    },
    {
      description: 'a stage the final stage is built FROM ships its layers',
      code: 'FROM alpine:3.20 AS base\nRUN mkdir /app\nRUN adduser -D app\nFROM base\nCMD ["sh"]\n',
      findings: [{ message: MERGE(2), line: 3, column: 1, endLine: 3, endColumn: 19 }],
    },
    {
      description: 'a stage the final stage does not use is a --target of its own',
      code: 'FROM node:20 AS test\nRUN npm ci\nRUN npm test\nFROM node:20\nCMD ["node"]\n',
      findings: [{ message: MERGE(2), line: 3, column: 1, endLine: 3, endColumn: 13 }],
    },
    {
      description: 'lower-case keywords and sudo',
      code: 'FROM ubuntu:24.04\nrun sudo mkdir /a\nrun sudo chown 1000 /a\n',
      findings: [{ message: MERGE(2), line: 3, column: 1, endLine: 3, endColumn: 23 }],
    },
  ],
});
