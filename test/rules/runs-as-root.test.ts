import rule from '../../rules/runs-as-root';
import { ruleTable } from '../rule-table';

const explicit = 'the last USER of the final stage is root; switch to an unprivileged user';
const implicit = 'no USER in the final stage: the container runs as root; add a USER with an unprivileged user';
const at = (message: string, line: number, column: number, length: number) => ({ message, line, column, endLine: line, endColumn: column + length });

ruleTable(rule, {
  accept: [
    { description: 'a non-root USER last', code: 'FROM python:3.12-slim\nUSER root\nRUN apt-get update\nUSER app\nCMD ["gunicorn", "app:app"]\n' },
    { description: 'a systemd image booting /usr/sbin/init', code: 'FROM centos:7\nRUN rm -f /lib/systemd/system/multi-user.target.wants/*\nVOLUME ["/sys/fs/cgroup"]\nCMD ["/usr/sbin/init"]\n' },
    { description: 'an SSH server behind an entrypoint script', code: 'FROM alpine:3.20\nRUN apk add --no-cache openssh && adduser -D git\nCOPY start.sh /\nENTRYPOINT ["/start.sh"]\nCMD ["/usr/sbin/sshd", "-D", "-e"]\n' },
    { description: 'an image booting systemd in shell form', code: 'FROM fedora:41\nRUN dnf -y install httpd && systemctl enable httpd\nCMD exec /lib/systemd/systemd\n' },
    { description: 'a numeric user, and a user with group root', code: 'FROM alpine:3.20\nUSER 1000:0\n' },
    { description: 'root in a builder stage only', code: 'FROM golang:1.23 AS build\nUSER root\nRUN go build\nFROM alpine:3.20\nUSER 65534\nCOPY --from=build /app /app\n' },
    { description: 'the final stage builds on a stage that set a non-root USER', code: 'FROM python:3.12-slim AS base\nRUN useradd app\nUSER app\nFROM base\nCOPY . /app\n' },
    { description: 'a USER from a variable with no value', code: 'FROM alpine:3.20\nARG RUN_AS\nUSER $RUN_AS\n' },
    { description: 'a USER from an ARG default', code: 'FROM alpine:3.20\nARG UID=1000\nUSER ${UID}:${UID}\n' },
    { description: 'FROM scratch without USER', code: 'FROM golang:1.23 AS build\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n' },
    ...['jenkins/jenkins:lts', 'bitnami/python:3.12', 'gcr.io/distroless/python3:nonroot', 'nginxinc/nginx-unprivileged:1.27', 'docker:dind-rootless', 'jupyter/base-notebook', 'grafana/grafana:11.0.0']
      .map((base) => ({ description: `a base image that sets a non-root USER: ${base}`, code: `FROM ${base}\nCOPY app /app\nCMD ["/app/run"]\n` })),
    { description: 'an official database image that drops privileges itself', code: 'FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\nCMD ["postgres", "-c", "fsync=off"]\n' },
    { description: 'gosu installed and tested (official image pattern)', code: 'FROM debian:bookworm-slim\nRUN set -eux; \\\n  wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64"; \\\n  chmod +x /usr/local/bin/gosu; \\\n  gosu --version; \\\n  gosu nobody true\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["mongod"]\n' },
    { description: 'su-exec installed with apk', code: 'FROM alpine:3.20\nRUN apk add --no-cache su-exec\nENTRYPOINT ["/entrypoint.sh"]\n' },
    { description: 'gosu installed with apt-get in a parent stage', code: 'FROM debian:bookworm-slim AS base\nRUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*\nFROM base\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]\n' },
    { description: 'gosu copied from an image', code: 'FROM alpine:3.20\nCOPY --from=tianon/gosu:1.17 /gosu /usr/local/bin/\nCMD ["app"]\n' },
    { description: 'a CMD that steps down', code: 'FROM alpine:3.20\nCMD ["setpriv", "--reuid=1000", "--regid=1000", "--clear-groups", "app"]\n' },
    { description: 'a base image without CMD', code: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n' },
    { description: 'a base image whose CMD is a shell or a REPL', code: 'FROM buildpack-deps:bookworm\nRUN true\nCMD ["bash"]\nFROM python:3.12-slim\nCMD ["python3"]\nFROM php:8.3-cli\nCMD ["php", "-a"]\nFROM alpine:3.20\nCMD /bin/sh\n' },
    { description: 'an init wrapper around a REPL', code: 'FROM node:22-slim\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD [ "node" ]\n' },
    { description: 'an entrypoint script around a REPL', code: 'FROM alpine:3.20\nENTRYPOINT ["docker-php-entrypoint"]\nCMD ["php", "-a"]\n' },
    { description: 'an unresolved base image', code: 'ARG BASE\nFROM $BASE\nCMD ["app"]\n' },
    { description: 'Windows: ContainerUser', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\n' },
    { description: 'Windows without USER (escape directive)', code: '# escape=`\nFROM mcr.microsoft.com/dotnet/framework/aspnet:4.8\nRUN echo hi\nENTRYPOINT ["C:\\\\ServiceMonitor.exe", "w3svc"]\n' },
    { description: 'Windows without USER (base image name)', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app.exe C:/app/\nCMD ["C:/app/app.exe"]\n' },
    { description: 'Windows without USER (PowerShell SHELL)', code: 'FROM myorg/base:1\nSHELL ["powershell", "-Command"]\nRUN Write-Host hi\nCMD ["powershell", "-File", "run.ps1"]\n' },
    { description: 'USER in an ONBUILD trigger does not count, a later one does', code: 'FROM alpine:3.20\nONBUILD USER root\nUSER app\n' },
  ],
  reject: [
    { description: 'USER root last', code: 'FROM python:3.12-slim\nUSER app\nRUN true\nUSER root\nCMD ["python"]\n', findings: [at(explicit, 4, 6, 4)] },
    { description: 'uid 0 with a group', code: 'FROM alpine:3.20\nUSER 0:0\n', findings: [at(explicit, 2, 6, 3)] },
    { description: 'root with a group', code: 'FROM alpine:3.20\nuser root:wheel\n', findings: [at(explicit, 2, 6, 10)] },
    { description: 'root from an ARG', code: 'FROM alpine:3.20\nARG RUN_AS=root\nUSER ${RUN_AS}\n', findings: [at(explicit, 3, 6, 9)] },
    { description: 'inherited from an earlier stage', code: 'FROM alpine:3.20 AS base\nUSER root\nFROM base\nRUN true\n', findings: [at(explicit, 2, 6, 4)] },
    { description: 'explicit root in a scratch image', code: 'FROM scratch\nCOPY app /app\nUSER 0\n', findings: [at(explicit, 3, 6, 1)] },
    { description: 'Windows: ContainerAdministrator', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\n', findings: [at(explicit, 3, 6, 22)] },
    { description: 'no USER at all', code: 'FROM python:3.12-slim\nRUN pip install gunicorn\nCMD ["gunicorn", "app:app"]\n', findings: [at(implicit, 1, 6, 16)] },
    { description: 'a shell that runs a program', code: 'FROM alpine:3.20\nCMD ["sh", "-c", "exec myapp --port 80"]\n', findings: [at(implicit, 1, 6, 11)] },
    { description: 'python running a script', code: 'FROM python:3.12-slim\nCOPY app.py .\nCMD python app.py\n', findings: [at(implicit, 1, 6, 16)] },
    { description: 'tini running a program', code: 'FROM alpine:3.20\nENTRYPOINT ["tini", "--"]\nCMD ["myapp"]\n', findings: [at(implicit, 1, 6, 11)] },
    { description: 'a program entrypoint with a shell CMD', code: 'FROM alpine:3.20\nENTRYPOINT ["nmap"]\nCMD ["--help"]\n', findings: [at(implicit, 1, 6, 11)] },
    { description: 'an entrypoint script alone', code: 'FROM alpine:3.20\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]\n', findings: [at(implicit, 1, 6, 11)] },
    { description: 'an entrypoint script with a program CMD', code: 'FROM php:8.3-fpm\nENTRYPOINT ["docker-php-entrypoint"]\nCMD ["php-fpm"]\n', findings: [at(implicit, 1, 6, 11)] },
    { description: 'pwsh on Linux', code: 'FROM mcr.microsoft.com/powershell:lts-ubuntu-22.04\nSHELL ["pwsh", "-Command"]\nCMD ["pwsh", "-File", "run.ps1"]\n', findings: [at(implicit, 1, 6, 45)] },
    { description: 'CMD in a parent stage', code: 'FROM alpine:3.20 AS base\nCMD ["myapp"]\nFROM base\nRUN true\n', findings: [at(implicit, 3, 6, 4)] },
    { description: 'no USER in the final stage, a builder set one', code: 'FROM node:22 AS build\nUSER node\nRUN npm ci\nFROM node:22-slim\nCOPY --from=build /app /app\nCMD ["node", "/app/server.js"]\n', findings: [at(implicit, 4, 6, 12)] },
    { description: 'the final stage builds on a stage without USER', code: 'FROM alpine:3.20 AS base\nRUN true\nFROM base AS final\nENTRYPOINT ["/app"]\n', findings: [at(implicit, 3, 6, 4)] },
    { description: 'a database image with its own ENTRYPOINT', code: 'FROM redis:7\nENTRYPOINT ["redis-server"]\n', findings: [at(implicit, 1, 6, 7)] },
    { description: 'an ARG-valued base image', code: 'ARG PY=3.12\nFROM python:${PY}-slim\nCMD ["python", "-m", "app"]\n', findings: [at(implicit, 2, 6, 17)] },
    { description: 'sudo and a heredoc do not change the user', code: 'FROM ubuntu:24.04\nRUN <<EOF\nsudo -u app true\nEOF\nCMD ["/usr/bin/app"]\n', findings: [at(implicit, 1, 6, 12)] },
  ],
});
