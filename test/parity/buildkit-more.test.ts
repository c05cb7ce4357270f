// BuildKit parity, second round: realistic Dockerfile snippets for the build checks with the trickiest
// behaviour, with the result BuildKit's linter (frontend/dockerfile/linter and dockerfile2llb) gives on them.
// See parity.ts.
import { parityTable, type ParityCase } from './parity';

type Extra = Partial<Pick<ParityCase, 'description' | 'options' | 'deviation'>>;
const cases: ParityCase[] = [];
/** BuildKit reports `code` on `dockerfile`. */
const yes = (code: string, dockerfile: string, description: string, extra: Extra = {}) =>
  cases.push({ code, dockerfile, expected: true, source: 'impl', description, ...extra });
/** BuildKit does not report `code` on `dockerfile`. */
const no = (code: string, dockerfile: string, description: string, extra: Extra = {}) =>
  cases.push({ code, dockerfile, expected: false, source: 'impl', description, ...extra });
/** A Dockerfile from its lines. */
const df = (...lines: string[]) => `${lines.join('\n')}\n`;
const ignoring = (...patterns: string[]) => ({ 'copy-ignored-file': { patterns } });

// UndefinedVar: variables the frontend expands (not RUN/CMD/ENTRYPOINT/HEALTHCHECK, which the shell expands).
yes('UndefinedVar', df('FROM alpine:3.19', 'COPY $SRC /app'), 'COPY source never declared');
no('UndefinedVar', df('FROM alpine:3.19', 'ARG SRC=.', 'COPY $SRC /app'), 'declared by ARG');
yes('UndefinedVar', df('ARG VERSION=1.0', 'FROM alpine:3.19', 'LABEL org.opencontainers.image.version=$VERSION'), 'global ARG not redeclared in the stage');
no('UndefinedVar', df('ARG VERSION=1.0', 'FROM alpine:3.19', 'ARG VERSION', 'LABEL org.opencontainers.image.version=$VERSION'), 'global ARG redeclared');
no('UndefinedVar', df('FROM node:20', 'ENV PATH=/home/node/.npm-global/bin:$PATH'), 'PATH comes from the image');
no('UndefinedVar', df('FROM python:3.12', 'ENV APP_HOME=/app', 'WORKDIR $APP_HOME', 'COPY . $APP_HOME'), 'ENV then use');
yes('UndefinedVar', df('FROM python:3.12', 'WORKDIR $APP_HOME', 'ENV APP_HOME=/app'), 'used before the ENV');
no('UndefinedVar', df('FROM alpine:3.19 AS base', 'ENV APP=/app', 'FROM base', 'WORKDIR $APP'), 'ENV inherited from the parent stage');
yes('UndefinedVar', df('FROM alpine:3.19 AS base', 'ARG APP=/app', 'FROM base', 'WORKDIR $APP'), 'an ARG does not carry into a child stage');
no('UndefinedVar', df('FROM alpine:3.19', 'RUN echo "$UNDEFINED_THING"'), 'RUN is not expanded by the frontend');
no('UndefinedVar', df('FROM alpine:3.19', 'ENTRYPOINT echo $FOO'), 'ENTRYPOINT is not expanded');
no('UndefinedVar', df('FROM alpine:3.19', 'HEALTHCHECK CMD wget -q http://localhost:$PORT/ || exit 1'), 'HEALTHCHECK is not expanded');
yes('UndefinedVar', df('FROM golang:1.22', 'COPY bin/${TARGETARCH}/app /app'), 'TARGETARCH without ARG in the stage');
no('UndefinedVar', df('FROM golang:1.22', 'ARG TARGETARCH', 'COPY bin/${TARGETARCH}/app /app'), 'TARGETARCH declared');
no('UndefinedVar', df('FROM alpine:3.19', "ENV MSG='$NOT_EXPANDED'"), 'single quotes keep the dollar literal');
yes('UndefinedVar', df('FROM alpine:3.19', 'USER $APP_USER'), 'USER');
no('UndefinedVar', df('FROM alpine:3.19', 'EXPOSE $PORT'), 'EXPOSE is expanded in its own dispatch, without the undefined-variable check');
no('UndefinedVar', df('FROM alpine:3.19', 'ARG PORT=8080', 'EXPOSE $PORT'), 'EXPOSE with an ARG');
no('UndefinedVar', df('FROM alpine:3.19', 'ONBUILD COPY $SRC /app'), 'ONBUILD triggers are expanded later');
yes('UndefinedVar', df('FROM alpine:3.19', 'ENV GOPATH=$GO_PATH_TYPO'), 'ENV value');
no('UndefinedVar', df('FROM alpine:3.19', 'ARG UID=1000', 'ARG GID=1000', 'COPY --chown=$UID:$GID app /app'), '--chown from ARGs');
no('UndefinedVar', df('FROM alpine:3.19', 'ENV HOME=/root', 'WORKDIR $HOME/app'), 'HOME set by ENV');
no('UndefinedVar', df('from alpine:3.19', 'arg name=world', 'label greeting="hello $name"'), 'lowercase instructions');
yes('UndefinedVar', df('FROM alpine:3.19', 'ARG BASE_DIR=/opt', 'WORKDIR ${BASE_DIR}/${APP_NAME}'), 'one of two undefined');
no('UndefinedVar', df('FROM alpine:3.19', 'ARG APP', 'ENV APP=${APP}'), 'ENV from an ARG of the same name');
no('UndefinedVar', df('FROM alpine:3.19', 'RUN --mount=type=cache,target=/root/.cache go build ./...'), 'no variables');
yes('UndefinedVar', df('FROM alpine:3.19', 'ENV A=1 B=$A'), 'a variable set in the same ENV is not visible to it');
yes('UndefinedVar', df('FROM nginx:1.25', 'STOPSIGNAL $STOP_SIGNAL'), 'STOPSIGNAL');
yes('UndefinedVar', df('FROM alpine:3.19', 'LABEL description="built on $BUILD_DATE"'), 'inside a double-quoted LABEL');
yes('UndefinedVar', df('FROM alpine:3.19', 'ADD $ARCHIVE_URL /tmp/'), 'ADD source');
yes('UndefinedVar', df('FROM postgres:16', 'VOLUME ["$DATA_DIR"]'), 'VOLUME in JSON form');
no('UndefinedVar', df('FROM alpine:3.19', 'ENV LANG=C.UTF-8', 'ENV LC_ALL=$LANG'), 'an earlier ENV');
no('UndefinedVar', df('FROM alpine:3.19', 'ARG BASE', 'ARG APP_DIR=$BASE/app'), 'an ARG declared without a value counts as defined');
no('UndefinedVar', df('# escape=`', 'FROM alpine:3.19', 'ARG APP=/app', 'WORKDIR $APP'), 'escape directive file');

// UndefinedArgInFrom: only ARGs before the first FROM (and the built-in platform ARGs) count.
yes('UndefinedArgInFrom', df('FROM alpine:${ALPINE_VERSION}'), 'no global ARG');
no('UndefinedArgInFrom', df('ARG ALPINE_VERSION=3.19', 'FROM alpine:${ALPINE_VERSION}'), 'a global ARG');
yes('UndefinedArgInFrom', df('FROM alpine:3.19 AS base', 'ARG NODE_VERSION=20', 'FROM node:${NODE_VERSION}'), 'an ARG inside a stage is not global');
no('UndefinedArgInFrom', df('FROM --platform=$BUILDPLATFORM golang:1.22 AS build'), 'BUILDPLATFORM');
no('UndefinedArgInFrom', df('FROM --platform=$TARGETOS/$TARGETARCH alpine:3.19'), 'TARGETOS and TARGETARCH');
no('UndefinedArgInFrom', df('ARG TAG', 'FROM alpine:$TAG'), 'declared without a default');
yes('UndefinedArgInFrom', df('ARG REGISTRY=docker.io', 'FROM ${REGISTRY}/library/${IMAGE}:3.19'), 'one of two undefined');
no('UndefinedArgInFrom', df('ARG BASE=debian:12', 'FROM ${BASE} AS build', 'FROM build'), 'a stage used as base');
no('UndefinedArgInFrom', df('# syntax=docker/dockerfile:1', 'ARG GO_VERSION=1.22', 'FROM golang:${GO_VERSION}-alpine AS build'), 'after a syntax directive');
yes('UndefinedArgInFrom', df('ARG PYTHON_VERSION=3.12', 'FROM python:${PYTHON_VERSON}-slim'), 'a typo');
no('UndefinedArgInFrom', df('from alpine:3.19', 'run echo $FOO'), 'variables in RUN are not FROM');
no('UndefinedArgInFrom', df('ARG TAG', 'FROM alpine:3.19 AS a', 'FROM alpine:${TAG}'), 'a global ARG used by a later FROM');
yes('UndefinedArgInFrom', df('ARG MAJOR=3', 'FROM alpine:${MAJOR}.${MINOR:-19}'), 'an undeclared ARG with a default in the expansion');
no('UndefinedArgInFrom', df('FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4.0 AS xx', 'FROM golang:1.22-alpine${TARGETARCH}'), 'TARGETARCH is a global built-in');

// InvalidDefaultArgInFrom: the FROM with the ARGs' defaults must be a valid reference.
yes('InvalidDefaultArgInFrom', df('ARG NODE_VERSION', 'FROM node:${NODE_VERSION}-alpine'), 'empty version leaves node:-alpine');
no('InvalidDefaultArgInFrom', df('ARG NODE_VERSION=20', 'FROM node:${NODE_VERSION}-alpine'), 'a default');
yes('InvalidDefaultArgInFrom', df('ARG BASE_IMAGE', 'FROM ${BASE_IMAGE} AS base'), 'empty image');
no('InvalidDefaultArgInFrom', df('ARG VARIANT', 'FROM python:3.12${VARIANT}'), 'empty suffix still valid');
no('InvalidDefaultArgInFrom', df('ARG REGISTRY', 'FROM ${REGISTRY}alpine:3.19'), 'empty registry prefix still valid');
yes('InvalidDefaultArgInFrom', df('ARG DIGEST', 'FROM alpine@${DIGEST}'), 'empty digest');
no('InvalidDefaultArgInFrom', df('ARG PLATFORM', 'FROM --platform=$PLATFORM alpine:3.19'), 'only the image is checked');
no('InvalidDefaultArgInFrom', df('ARG TAG=3.19', 'FROM alpine:${TAG}'), 'braced with default');
yes('InvalidDefaultArgInFrom', df('ARG IMAGE=alpine', 'ARG TAG', 'FROM $IMAGE:$TAG AS final'), 'image with a default, tag without');
no('InvalidDefaultArgInFrom', df('ARG TAG', 'FROM alpine:${TAG:-3.19}'), 'a default in the expansion');
yes('InvalidDefaultArgInFrom', df('ARG TAG=', 'FROM alpine:$TAG'), 'an explicitly empty default');
yes('InvalidDefaultArgInFrom', df('ARG IMAGE=Alpine', 'FROM $IMAGE'), 'an uppercase repository is not a valid reference');

// JSONArgsRecommended.
yes('JSONArgsRecommended', df('FROM node:20', 'CMD node server.js'), 'shell form CMD');
yes('JSONArgsRecommended', df('FROM alpine:3.19', 'ENTRYPOINT /docker-entrypoint.sh'), 'shell form ENTRYPOINT');
no('JSONArgsRecommended', df('FROM alpine:3.19', 'ENTRYPOINT ["/docker-entrypoint.sh"]', 'CMD ["run"]'), 'exec forms');
yes('JSONArgsRecommended', df('FROM node:20', 'CMD ["npm" "start"]'), 'invalid JSON is shell form');
yes('JSONArgsRecommended', df('from node:20', 'cmd npm start'), 'lowercase');
no('JSONArgsRecommended', df('FROM alpine:3.19', 'HEALTHCHECK CMD wget -q http://localhost/ || exit 1'), 'HEALTHCHECK is not checked');
no('JSONArgsRecommended', df('FROM alpine:3.19', 'RUN echo hello'), 'RUN is not checked');
yes('JSONArgsRecommended', df('FROM python:3.12', 'CMD gunicorn app:app \\', '    --bind 0.0.0.0:8000'), 'continued shell form');
no('JSONArgsRecommended', df('FROM alpine:3.19', 'CMD ["sh", "-c", "exec myapp --port $PORT"]'), 'sh -c in exec form');
yes('JSONArgsRecommended', df('FROM alpine:3.19', "CMD ['/bin/app', '--flag']"), 'single quotes are not JSON');
yes('JSONArgsRecommended', df('FROM alpine:3.19 AS a', 'SHELL ["/bin/bash", "-c"]', 'FROM debian:12', 'CMD echo hi'), 'a SHELL of an unrelated stage');
no('JSONArgsRecommended', df('FROM alpine:3.19 AS a', 'SHELL ["/bin/bash", "-c"]', 'FROM a', 'CMD echo hi'), 'a SHELL inherited from the parent stage');
yes('JSONArgsRecommended', df('FROM alpine:3.19', 'ENTRYPOINT ["/entrypoint.sh"]', 'CMD echo hi'), 'shell CMD after exec ENTRYPOINT');
no('JSONArgsRecommended', df('FROM alpine:3.19', 'ONBUILD CMD echo hi'), 'an ONBUILD trigger is kept as text, not linted');
no('JSONArgsRecommended', df('FROM alpine:3.19', 'CMD [ "echo", "hi" ]'), 'JSON with spaces');

// WorkdirRelativePath.
yes('WorkdirRelativePath', df('FROM alpine:3.19', 'WORKDIR ./app'), './app');
yes('WorkdirRelativePath', df('from alpine:3.19', 'workdir app'), 'lowercase');
no('WorkdirRelativePath', df('FROM alpine:3.19', 'ARG APP_DIR=/app', 'WORKDIR $APP_DIR'), 'absolute after expansion');
no('WorkdirRelativePath', df('FROM alpine:3.19', 'WORKDIR /usr/src/app'), 'absolute');
no('WorkdirRelativePath', df('FROM alpine:3.19 AS base', 'WORKDIR /app', 'FROM base AS build', 'WORKDIR src'), 'base stage set a WORKDIR');
yes('WorkdirRelativePath', df('FROM alpine:3.19 AS base', 'WORKDIR /app', 'FROM alpine:3.19', 'WORKDIR src'), 'an unrelated stage set it');
no('WorkdirRelativePath', df('FROM alpine:3.19', 'WORKDIR /srv', 'WORKDIR ./www'), 'after an absolute WORKDIR in the stage');

// LegacyKeyValueFormat.
yes('LegacyKeyValueFormat', df('FROM alpine:3.19', 'ENV PATH /usr/local/bin:$PATH'), 'ENV PATH legacy');
no('LegacyKeyValueFormat', df('FROM alpine:3.19', 'ENV PATH=/usr/local/bin:$PATH'), 'ENV PATH key=value');
yes('LegacyKeyValueFormat', df('FROM alpine:3.19', 'LABEL maintainer "me@example.com"'), 'LABEL legacy');
yes('LegacyKeyValueFormat', df('FROM alpine:3.19', 'ENV GREETING "hello world"'), 'a quoted legacy value');
no('LegacyKeyValueFormat', df('FROM alpine:3.19', 'ENV LANG=C.UTF-8 \\', '    LC_ALL=C.UTF-8'), 'continued key=value');
yes('LegacyKeyValueFormat', df('from alpine:3.19', 'env foo bar'), 'lowercase');
no('LegacyKeyValueFormat', df('FROM alpine:3.19', 'ARG VERSION', 'ENV VERSION=$VERSION'), 'ARG without value and ENV key=value');
yes('LegacyKeyValueFormat', df('FROM python:3.12', 'ENV PYTHONUNBUFFERED 1'), 'a common Python line');
no('LegacyKeyValueFormat', df('FROM alpine:3.19', 'LABEL org.opencontainers.image.title="app" org.opencontainers.image.version="1.0"'), 'several labels key=value');
no('LegacyKeyValueFormat', df('FROM alpine:3.19', 'RUN echo ENV FOO bar'), 'words inside RUN');
no('LegacyKeyValueFormat', df('FROM alpine:3.19', 'ONBUILD ENV FOO bar'), 'an ONBUILD trigger is kept as text, not linted');
no('LegacyKeyValueFormat', df('FROM alpine:3.19', 'ENV FOO='), 'an empty value');
no('LegacyKeyValueFormat', df('FROM alpine:3.19', 'LABEL "com.example.vendor"="ACME Inc"'), 'quoted key');

// SecretsUsedInArgOrEnv.
yes('SecretsUsedInArgOrEnv', df('FROM node:20', 'ARG NPM_TOKEN'), 'NPM_TOKEN');
yes('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ENV AWS_SECRET_ACCESS_KEY=abc'), 'AWS secret');
yes('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ARG PASSWORD'), 'PASSWORD');
yes('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ARG API_KEY'), 'API_KEY');
no('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ARG TOKENIZER_MODEL=bert'), 'TOKENIZER is not TOKEN');
no('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ENV KEYCLOAK_URL=http://kc'), 'KEYCLOAK is not KEY');
no('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ENV MONKEY=1'), 'MONKEY');
yes('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ARG AUTH_HEADER'), 'AUTH_');
no('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ENV OAUTH_CLIENT_ID=x'), 'OAUTH is not AUTH');
yes('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ARG SSH_KEY'), 'SSH_KEY');
yes('SecretsUsedInArgOrEnv', df('FROM ruby:3.3', 'ENV SECRET_KEY_BASE=dummy'), 'SECRET_KEY_BASE');
no('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'LABEL token=x'), 'LABEL is not checked');
yes('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ARG apikey'), 'lowercase apikey');
no('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci'), 'a secret mount');
yes('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ENV DB_HOST=db DB_PASSWORD=x'), 'second pair');
yes('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ENV GITHUB_TOKEN ghp_x'), 'legacy ENV form');
no('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ENV KEYBOARD_LAYOUT=us'), 'KEYBOARD');
yes('SecretsUsedInArgOrEnv', df('ARG GITHUB_TOKEN', 'FROM alpine:3.19'), 'a global ARG');
yes('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ENV PASSWORD_LENGTH=12'), 'the word matches whatever it means');
yes('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ARG ACCESS_TOKEN='), 'an ARG with an empty default');
no('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ENV SECRETS_DIR=/run/secrets'), 'SECRETS is not SECRET');
no('SecretsUsedInArgOrEnv', df('FROM alpine:3.19', 'ARG AUTHOR=me'), 'AUTHOR is not AUTH');

// ConsistentInstructionCasing.
yes('ConsistentInstructionCasing', df('FROM alpine:3.19', 'RUN echo a', 'Run echo b'), 'mixed-case word');
no('ConsistentInstructionCasing', df('from alpine:3.19', 'run echo a', 'copy a /a'), 'all lowercase');
yes('ConsistentInstructionCasing', df('FROM alpine:3.19', 'run echo a'), 'lowercase after uppercase');
no('ConsistentInstructionCasing', df('FROM alpine:3.19', 'RUN <<EOF', 'run this', 'copy that', 'EOF'), 'heredoc lines are not instructions');
no('ConsistentInstructionCasing', df('FROM alpine:3.19', 'RUN apk add --no-cache \\', '  curl \\', '  git'), 'continuation lines');
no('ConsistentInstructionCasing', df('# run this with care', 'FROM alpine:3.19', 'RUN true'), 'a comment');
yes('ConsistentInstructionCasing', df('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'Workdir C:\\app'), 'escape directive file');
no('ConsistentInstructionCasing', df('FROM alpine:3.19 AS build', 'RUN true', 'FROM scratch', 'COPY --from=build / /'), 'all uppercase, multi-stage');
no('ConsistentInstructionCasing', df('FROM alpine:3.19', 'RUN true', 'ONBUILD run echo hi'), 'the keyword of an ONBUILD trigger is not an instruction');
yes('ConsistentInstructionCasing', df('FROM alpine:3.19', 'RUN true', 'onbuild RUN echo hi'), 'a lowercase ONBUILD');

// FromAsCasing.
yes('FromAsCasing', df('FROM golang:1.22 as build'), 'upper FROM, lower as');
no('FromAsCasing', df('from golang:1.22 as build'), 'both lower');
yes('FromAsCasing', df('FROM golang:1.22 As build'), 'As');
no('FromAsCasing', df('From golang:1.22 as build'), 'mixed-case FROM is neither upper nor lower');
yes('FromAsCasing', df('from golang:1.22 As build'), 'lower from, mixed As');
no('FromAsCasing', df('FROM --platform=$BUILDPLATFORM golang:1.22 AS build'), 'with --platform');
yes('FromAsCasing', df('FROM golang:1.22 \\', '    as build'), 'as on a continuation line');

// StageNameCasing.
yes('StageNameCasing', df('FROM golang:1.22 AS Builder'), 'capitalised');
no('StageNameCasing', df('FROM golang:1.22 AS build_stage'), 'underscore');
no('StageNameCasing', df('FROM golang:1.22 AS build-1'), 'hyphen and digit');
yes('StageNameCasing', df('FROM golang:1.22 AS buildX'), 'one capital');
no('StageNameCasing', df('from golang:1.22 as build'), 'lowercase instruction');
yes('StageNameCasing', df('# escape=`', 'FROM golang:1.22 AS Build'), 'escape directive file');
yes('StageNameCasing', df('FROM golang:1.22 AS build_Stage'), 'a capital after an underscore');

// RedundantTargetPlatform.
yes('RedundantTargetPlatform', df('FROM --platform=$TARGETPLATFORM node:20 AS runtime'), '$TARGETPLATFORM');
no('RedundantTargetPlatform', df('FROM --platform=linux/arm64 node:20 AS runtime-arm64'), 'a constant');
no('RedundantTargetPlatform', df('FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4.0 AS xx'), 'BUILDPLATFORM');
no('RedundantTargetPlatform', df('FROM node:20'), 'no flag');
yes('RedundantTargetPlatform', df('from --platform=${TARGETPLATFORM} alpine:3.19'), 'lowercase, braced');
no('RedundantTargetPlatform', df('FROM --platform=$TARGETOS/$TARGETARCH alpine:3.19'), 'built from its parts');

// FromPlatformFlagConstDisallowed.
yes('FromPlatformFlagConstDisallowed', df('FROM --platform=linux/arm64 alpine:3.19 AS builder-amd64'), 'the name says another arch');
no('FromPlatformFlagConstDisallowed', df('FROM --platform=linux/amd64 alpine:3.19 AS linux-builder'), 'the name says the OS');
no('FromPlatformFlagConstDisallowed', df('FROM --platform=$TARGETPLATFORM alpine:3.19'), 'a variable');
yes('FromPlatformFlagConstDisallowed', df('FROM --platform=linux/amd64 python:3.12-slim', 'RUN pip install --no-cache-dir flask==3.0.2'), 'constant without a name');
no('FromPlatformFlagConstDisallowed', df('ARG PLATFORM=linux/amd64', 'FROM --platform=$PLATFORM alpine:3.19'), 'from an ARG');
no('FromPlatformFlagConstDisallowed', df('FROM --platform=linux/amd64 alpine:3.19 AS amd64'), 'the name is the architecture');
no('FromPlatformFlagConstDisallowed', df('FROM --platform=linux/amd64 alpine:3.19 AS BUILD_AMD64'), 'stage names are compared lowercased');

// ExposeProtoCasing.
yes('ExposeProtoCasing', df('FROM nginx:1.25', 'EXPOSE 443/TCP'), 'TCP');
yes('ExposeProtoCasing', df('FROM coredns/coredns:1.11.1', 'EXPOSE 53/UDP'), 'UDP');
yes('ExposeProtoCasing', df('FROM nginx:1.25', 'EXPOSE 80/tcp 443/Tcp'), 'the second of two');
no('ExposeProtoCasing', df('FROM nginx:1.25', 'EXPOSE 80/tcp 443/udp'), 'lowercase');
no('ExposeProtoCasing', df('FROM nginx:1.25', 'EXPOSE 8000-8010/tcp'), 'a range');
yes('ExposeProtoCasing', df('from nginx:1.25', 'expose 80/TCP'), 'lowercase instruction');

// ExposeInvalidFormat.
yes('ExposeInvalidFormat', df('FROM nginx:1.25', 'EXPOSE 8080:80'), 'host:container');
no('ExposeInvalidFormat', df('FROM nginx:1.25', 'ARG PORT=80', 'EXPOSE $PORT'), 'a variable');
no('ExposeInvalidFormat', df('FROM nginx:1.25', 'EXPOSE ${PORT:-80}/tcp'), 'a default in a variable');
yes('ExposeInvalidFormat', df('FROM nginx:1.25', 'EXPOSE 80 127.0.0.1:8443:443'), 'the second of two');
no('ExposeInvalidFormat', df('FROM nginx:1.25', 'EXPOSE 80 443'), 'two ports');

// CopyIgnoredFile.
yes('CopyIgnoredFile', df('FROM alpine:3.19', 'COPY README.md /docs/'), 'an ignored markdown file', { options: ignoring('*.md') });
no('CopyIgnoredFile', df('FROM alpine:3.19', 'COPY README.md /docs/'), 'an exception re-includes it', { options: ignoring('*.md', '!README.md') });
no('CopyIgnoredFile', df('FROM node:20', 'WORKDIR /app', 'COPY . .'), 'the context root', { options: ignoring('node_modules') });
yes('CopyIgnoredFile', df('FROM node:20', 'COPY node_modules/.bin/tool /usr/local/bin/'), 'inside an ignored directory', { options: ignoring('node_modules') });
no('CopyIgnoredFile', df('FROM node:20 AS build', 'RUN npm ci', 'FROM node:20', 'COPY --from=build /app/node_modules /app/node_modules'), 'from another stage', { options: ignoring('node_modules') });
no('CopyIgnoredFile', df('FROM alpine:3.19', 'ADD https://example.com/README.md /docs/'), 'a URL', { options: ignoring('*.md') });
yes('CopyIgnoredFile', df('FROM alpine:3.19', 'COPY ["secrets.env", "/app/"]'), 'exec form', { options: ignoring('*.env') });
no('CopyIgnoredFile', df('FROM alpine:3.19', 'COPY app.py /app/'), 'not ignored', { options: ignoring('*.md', '.git') });
no('CopyIgnoredFile', df('FROM alpine:3.19', 'COPY ./docs/README.md /x'), '*.md matches the root only', { options: ignoring('*.md') });
no('CopyIgnoredFile', df('FROM alpine:3.19', 'COPY <<EOF /app/config', 'x', 'EOF'), 'a heredoc is not from the context', { options: ignoring('config') });
yes('CopyIgnoredFile', df('FROM alpine:3.19', 'COPY --chown=1000:1000 config /app/config'), 'with --chown', { options: ignoring('config') });

parityTable('BuildKit (second round)', cases);
