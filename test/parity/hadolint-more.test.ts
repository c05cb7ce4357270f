// hadolint parity, second round: realistic Dockerfile snippets (official images' style, multi-stage builds,
// continuations, ARG/ENV-driven versions, wrappers) for the codes with the trickiest behaviour, with the result
// hadolint's rule implementations (src/Hadolint/Rule/DL*.hs) give on them. See parity.ts.
import { parityTable, type ParityCase } from './parity';

type Extra = Partial<Pick<ParityCase, 'description' | 'options' | 'deviation'>>;
const cases: ParityCase[] = [];
/** hadolint reports `code` on `dockerfile`. */
const yes = (code: string, dockerfile: string, description: string, extra: Extra = {}) =>
  cases.push({ code, dockerfile, expected: true, source: 'impl', description, ...extra });
/** hadolint does not report `code` on `dockerfile`. */
const no = (code: string, dockerfile: string, description: string, extra: Extra = {}) =>
  cases.push({ code, dockerfile, expected: false, source: 'impl', description, ...extra });
/** A Dockerfile from its lines. */
const df = (...lines: string[]) => `${lines.join('\n')}\n`;

// DL3003: cd in RUN (any simple command named cd the shell parser finds).
yes('DL3003', df('FROM node:20', 'COPY . /usr/src/app', 'RUN cd /usr/src/app \\', '    && npm ci --omit=dev'), 'cd at the head of a continued chain');
yes('DL3003', df('FROM debian:12', 'RUN set -eux; cd /tmp; make install'), 'cd in a ; chain');
yes('DL3003', df('FROM debian:12', 'RUN for d in a b; do cd "$d" && make; done'), 'cd inside a for loop');
yes('DL3003', df('FROM debian:12', 'RUN if [ -d /src ]; then cd /src && make; fi'), 'cd inside an if');
yes('DL3003', df('FROM golang:1.22', 'RUN git clone https://github.com/x/y.git \\', '    # build it', '    && cd y && go build ./...'), 'cd after a comment line in a continuation');
no('DL3003', df('FROM alpine:3.19', 'RUN git -C /src pull'), 'git -C instead of cd');
no('DL3003', df('FROM debian:12', "RUN sh -c 'cd /tmp && make'"), 'the sh -c script is a quoted string to the parser');
no('DL3003', df('FROM alpine:3.19', 'RUN echo "cd /tmp" > /notes.txt'), 'cd inside a quoted string');
no('DL3003', df('FROM alpine:3.19', 'WORKDIR /src', 'RUN make -C build'), 'WORKDIR and make -C');
yes('DL3003', df('from alpine:3.19', 'run cd /tmp && wget -q https://example.com/x.tgz'), 'lowercase instructions');
yes('DL3003', df('FROM alpine:3.19', 'RUN cd /tmp || exit 1'), 'cd in an || chain');
yes('DL3003', df('FROM debian:12', 'RUN cd - && make'), 'cd -');

// DL3004: sudo.
yes('DL3004', df('FROM postgres:16', 'RUN sudo -u postgres psql -c "select 1"'), 'sudo -u');
yes('DL3004', df('FROM debian:12', 'RUN apt-get update && sudo -E apt-get install -y curl=7.88.1-10'), 'sudo -E in a chain');
yes('DL3004', df('FROM debian:12', 'RUN echo "deb http://x y z" | sudo tee /etc/apt/sources.list.d/x.list'), 'sudo after a pipe');
yes('DL3004', df('FROM debian:12', 'RUN if [ -f Makefile ]; then sudo make install; fi'), 'sudo inside an if');
yes('DL3004', df('FROM debian:12', 'RUN env HOME=/root sudo -H pip install flask==3.0.2'), 'sudo after env');
no('DL3004', df('FROM debian:12', 'RUN useradd -m dev && usermod -aG sudo dev'), 'sudo as a group name argument');
no('DL3004', df('FROM debian:12', 'RUN echo "dev ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/dev'), 'sudoers file');
no('DL3004', df('FROM postgres:16', 'RUN gosu postgres initdb'), 'gosu instead of sudo');
no('DL3004', df('FROM debian:12', 'RUN apt-get update \\', '    # sudo make install', '    && make'), 'sudo only in a comment line of the continuation');

// DL3006: untagged FROM.
yes('DL3006', df('FROM ubuntu AS base', 'RUN true'), 'untagged with a stage name');
yes('DL3006', df('FROM docker.io/library/ubuntu'), 'a qualified name without a tag');
yes('DL3006', df('FROM --platform=linux/amd64 alpine', 'RUN true'), 'untagged with --platform');
no('DL3006', df('FROM --platform=$BUILDPLATFORM golang:1.22 AS build'), 'tagged with --platform');
no('DL3006', df('from node:20-alpine as build'), 'lowercase, tagged');
no('DL3006', df('FROM golang:1.22 AS builder', 'RUN go build', 'FROM builder AS test', 'RUN go test ./...'), 'a previous stage used as base');
yes('DL3006', df('FROM builder AS final'), 'a name that is not a stage yet');
yes('DL3006', df('FROM localhost:5000/myimage'), 'registry port is not a tag');
yes('DL3006', df('FROM base', 'FROM alpine:3.19 AS base'), 'a stage defined only after it is used');
no('DL3006', df('ARG BASE=alpine:3.19', 'FROM $BASE'), 'a variable image');
no('DL3006', df('FROM scratch AS final', 'COPY app /app'), 'scratch');
no('DL3006', df('FROM ghcr.io/org/app:1.2.3@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb'), 'tag and digest');
no('DL3006', df('FROM localhost:5000/myimage:1.0'), 'registry with port, tagged');

// DL3007: latest.
yes('DL3007', df('FROM --platform=linux/amd64 nginx:latest'), 'latest with --platform');
yes('DL3007', df('FROM ghcr.io/org/app:latest AS app'), 'latest of a qualified image');
yes('DL3007', df('from alpine:latest'), 'lowercase FROM');
no('DL3007', df('FROM node:lts'), 'another moving tag is not latest');
no('DL3007', df('ARG TAG=latest', 'FROM alpine:$TAG'), 'a variable tag is not expanded');
yes('DL3007', df('FROM golang:1.22 AS build', 'RUN go build -o /app', 'FROM alpine:latest', 'COPY --from=build /app /app'), 'latest in the final stage');
no('DL3007', df('FROM alpine:3.19', 'COPY --from=nginx:latest /etc/nginx/nginx.conf /etc/nginx/'), 'COPY --from an image is not FROM');

// DL3008: apt-get install pinning.
yes('DL3008', df('FROM debian:12', 'RUN apt-get update \\', '    # tools', '    && apt-get install -y --no-install-recommends \\', '        curl \\', '        ca-certificates \\', '    && rm -rf /var/lib/apt/lists/*'), 'a comment line inside the continued RUN');
no('DL3008', df('FROM debian:12', 'ARG CURL_VERSION=7.88.1-10+deb12u5', 'RUN apt-get update && apt-get install -y --no-install-recommends curl=${CURL_VERSION} && rm -rf /var/lib/apt/lists/*'), 'a version from an ARG');
no('DL3008', df('FROM debian:12', 'RUN apt-get install -y --no-install-recommends "nginx=${NGINX_VERSION}"'), 'a quoted pinned package');
yes('DL3008', df('FROM debian:12', 'RUN apt-get install -y --no-install-recommends nginx-${NGINX_VERSION}'), 'a version in the name is not a pin');
yes('DL3008', df('FROM debian:12', 'RUN apt-get -qq install -y curl'), 'flags before install');
yes('DL3008', df('FROM debian:12', 'RUN apt-get update; apt-get install -y git'), 'a ; chain');
yes('DL3008', df('FROM debian:12', 'RUN set -eux; \\', '    apt-get update; \\', '    apt-get install -y --no-install-recommends ca-certificates; \\', '    rm -rf /var/lib/apt/lists/*'), 'official image style');
no('DL3008', df('FROM debian:12', 'RUN apt-get install -y -f'), 'no packages');
no('DL3008', df('FROM debian:12', 'RUN apt-get purge -y --auto-remove curl'), 'purge is not install');
yes('DL3008', df('FROM debian:12', 'RUN apt-get install -y wget && apt-get clean'), 'unpinned followed by clean');
yes('DL3008', df('from debian:12', 'run apt-get install -y curl'), 'lowercase instructions');
no('DL3008', df('FROM debian:12', 'RUN apt-get install -y -o Dpkg::Options::=--force-confnew curl=7.88.1-10'), 'an -o option and a pinned package');
yes('DL3008', df('FROM debian:12', 'RUN if [ "$X" = 1 ]; then apt-get install -y jq; fi'), 'inside an if');
no('DL3008', df('FROM debian:12', 'RUN apt-get source curl'), 'apt-get source');
no('DL3008', df('FROM debian:12', 'RUN apt-get install -y --no-install-recommends openjdk-17-jre-headless=17.0.*'), 'a wildcard version');
yes('DL3008', df('FROM debian:12', 'RUN DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata'), 'an assignment prefix');
no('DL3008', df('FROM debian:12', "RUN sh -c 'apt-get install -y curl'"), 'the sh -c script is a quoted string to the parser');
no('DL3008', df('FROM debian:12', 'RUN echo curl | xargs apt-get install -y'), 'under xargs the command is xargs');

// DL3009: apt lists not deleted.
yes('DL3009', df('FROM debian:12', 'RUN set -eux; \\', '    apt-get update; \\', '    apt-get install -y --no-install-recommends ca-certificates=20230311'), 'official style without the cleanup');
no('DL3009', df('FROM debian:12', 'RUN set -eux; \\', '    apt-get update; \\', '    apt-get install -y --no-install-recommends ca-certificates=20230311; \\', '    rm -rf /var/lib/apt/lists/*'), 'official style with the cleanup');
yes('DL3009', df('FROM debian:12', 'RUN apt-get update && apt-get install -y curl=7.88.1-10 && apt-get clean'), 'apt-get clean alone');
no('DL3009', df('FROM debian:12', 'RUN apt-get update \\', '    # install', '    && apt-get install -y curl=7.88.1-10 \\', '    && rm -rf /var/lib/apt/lists/*'), 'comment inside the continuation');
yes('DL3009', df('FROM debian:12', 'RUN apt-get -q update && apt-get install -y curl=7.88.1-10'), 'update with a flag before it');
no('DL3009', df('FROM debian:12', 'RUN apt-get upgrade -y'), 'no update');
yes('DL3009', df('FROM golang:1.22 AS build', 'RUN go build -o /app', 'FROM debian:12', 'RUN apt-get update && apt-get install -y ca-certificates=20230311', 'COPY --from=build /app /app'), 'update in the final stage');
no('DL3009', df('FROM debian:12', 'RUN apt-get update && apt-get install -y curl=7.88.1-10 && rm -fr /var/lib/apt/lists/*'), 'rm -fr');
no('DL3009', df('FROM debian:12', 'RUN apt-get update && apt-get install -y curl=7.88.1-10 && rm -rf /var/lib/apt/lists/* /tmp/* /var/tmp/*'), 'cleanup with more paths');

// DL3013: pip pinning.
yes('DL3013', df('FROM python:3.12', 'RUN pip install --no-cache-dir --upgrade setuptools wheel'), 'upgrading unpinned tools');
no('DL3013', df('FROM python:3.12', 'ARG POETRY_VERSION=1.8.2', 'RUN pip install --no-cache-dir "poetry==${POETRY_VERSION}"'), 'a pin from an ARG');
yes('DL3013', df('FROM python:3.12', 'RUN pip3 install --user ansible'), '--user unpinned');
yes('DL3013', df('FROM python:3.12', 'RUN pip install --no-cache-dir ansible-core>=2.15'), 'an unquoted >= is a shell redirect');
no('DL3013', df('FROM python:3.12', 'RUN pip install --no-cache-dir /tmp/wheels/*.whl'), 'wheels from a glob');
no('DL3013', df('FROM python:3.12', 'RUN python3 -m pip install --no-cache-dir --upgrade pip==24.0'), 'pip pinned through python -m');
yes('DL3013', df('FROM python:3.12', 'RUN pip install -U pip setuptools'), '-U unpinned');
no('DL3013', df('FROM python:3.12', 'RUN pip freeze > requirements.txt'), 'pip freeze');
yes('DL3013', df('FROM python:3.12', 'RUN pip install --no-cache-dir requests[security]'), 'extras without a version');
no('DL3013', df('FROM python:3.12', 'RUN pip install --no-cache-dir --no-deps -r requirements.txt'), 'a requirements file');
yes('DL3013', df('FROM python:3.12', 'RUN pip install --no-cache-dir virtualenv && virtualenv /venv'), 'then using it');
no('DL3013', df('FROM python:3.12', 'RUN pip install --no-cache-dir "django>=4.2,<5.0"'), 'a range');
no('DL3013', df('FROM python:3.12', 'RUN pip uninstall -y django'), 'uninstall');
yes('DL3013', df('FROM python:3.12', 'RUN pip install \\', '    --no-cache-dir \\', '    flask==3.0.2 \\', '    gunicorn'), 'one unpinned in a continued list');
no('DL3013', df('FROM python:3.12', 'RUN pip install --no-cache-dir --prefix=/install -r requirements.txt'), '--prefix= and a requirements file');
no('DL3013', df('FROM python:3.12', 'RUN pip install --no-cache-dir https://example.com/dist/pkg-1.0.tar.gz'), 'an sdist URL');

// DL3014: apt-get install -y.
yes('DL3014', df('FROM debian:12', 'RUN apt-get update && apt-get install --no-install-recommends curl=7.88.1-10'), 'no -y');
no('DL3014', df('FROM debian:12', 'RUN apt-get -y -q install curl=7.88.1-10'), 'separate -y -q before install');
yes('DL3014', df('FROM debian:12', 'ENV DEBIAN_FRONTEND=noninteractive', 'RUN apt-get install curl=7.88.1-10'), 'DEBIAN_FRONTEND does not answer the prompt');
no('DL3014', df('FROM debian:12', 'RUN apt-get install --allow-downgrades -y curl=7.88.1-10'), '-y after another flag');
no('DL3014', df('FROM debian:12', 'RUN apt-get install curl=7.88.1-10 -y'), '-y after the packages');
yes('DL3014', df('FROM debian:12', 'RUN apt-get install --no-install-recommends -q curl=7.88.1-10'), 'a single -q');
no('DL3014', df('FROM debian:12', 'RUN apt-get autoremove'), 'autoremove is not install');
no('DL3014', df('FROM debian:12', 'RUN apt-get -y update && apt-get -y install curl=7.88.1-10'), '-y on both');

// DL3015: --no-install-recommends.
yes('DL3015', df('FROM debian:12', 'RUN apt-get install -y curl=7.88.1-10 wget=1.21.3-1'), 'missing');
no('DL3015', df('FROM debian:12', 'RUN apt-get install -y curl=7.88.1-10 --no-install-recommends'), 'after the packages');
yes('DL3015', df('FROM debian:12', 'RUN apt-get -y install curl=7.88.1-10'), 'flags before install');
no('DL3015', df('FROM debian:12', 'RUN apt-get install -y --no-install-suggests --no-install-recommends curl=7.88.1-10'), 'with --no-install-suggests');
yes('DL3015', df('FROM debian:12', 'RUN apt-get install -y --no-install-suggests curl=7.88.1-10'), 'only --no-install-suggests');
yes('DL3015', df('FROM debian:12', 'RUN apt-get update \\', '    && apt-get install -y curl=7.88.1-10 \\', '    && rm -rf /var/lib/apt/lists/*'), 'in a continued chain');
no('DL3015', df('FROM debian:12', 'RUN apt-get remove -y curl'), 'remove');

// DL3016: npm pinning.
yes('DL3016', df('FROM node:20', 'RUN npm install -g pnpm'), 'a global tool');
no('DL3016', df('FROM node:20', 'RUN npm install -g pnpm@8.15.4'), 'a pinned global tool');
yes('DL3016', df('FROM node:20', 'RUN npm install --global yarn typescript@5.3.3'), 'one of two unpinned');
no('DL3016', df('FROM node:20', 'RUN npm ci --omit=dev'), 'npm ci');
no('DL3016', df('FROM node:20', 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm install --omit=dev'), 'install from package.json');
yes('DL3016', df('FROM node:20', 'RUN npm i -D eslint'), 'npm i -D');
no('DL3016', df('FROM node:20', 'RUN npm run build'), 'npm run');
no('DL3016', df('FROM node:20', 'RUN yarn add express'), 'yarn is another rule');
yes('DL3016', df('FROM node:20', 'RUN npm install --save express'), '--save');
no('DL3016', df('FROM node:20', 'RUN npm install "express@^4.18.0"'), 'a range');
no('DL3016', df('FROM node:20', 'ARG EXPRESS_VERSION=4.18.2', 'RUN npm install express@${EXPRESS_VERSION}'), 'a version from an ARG');
yes('DL3016', df('FROM node:20', 'RUN npm install -g @angular/cli'), 'a scoped package');
no('DL3016', df('FROM node:20', 'RUN npm install -g @angular/cli@17.3.0'), 'a pinned scoped package');
no('DL3016', df('FROM node:20', 'RUN cd /app && npm install'), 'bare install after cd');
no('DL3016', df('FROM node:20', 'RUN npm install --no-save'), 'bare install with --no-save');

// DL3018: apk pinning.
yes('DL3018', df('FROM alpine:3.19', 'RUN apk add --no-cache --virtual .build-deps gcc musl-dev'), 'virtual build deps');
no('DL3018', df('FROM alpine:3.19', 'RUN apk add --no-cache curl=8.5.0-r0 ca-certificates=20240226-r0'), 'all pinned');
yes('DL3018', df('FROM alpine:3.19', 'RUN apk add --update curl'), '--update');
no('DL3018', df('FROM alpine:3.19', 'ARG CURL_VERSION=8.5.0-r0', 'RUN apk add --no-cache "curl=${CURL_VERSION}"'), 'a pin from an ARG');
no('DL3018', df('FROM alpine:3.19', 'RUN apk del .build-deps'), 'apk del');
yes('DL3018', df('FROM alpine:3.19', 'RUN apk --update --no-cache add bash'), 'flags before add');
no('DL3018', df('FROM alpine:3.19', 'RUN apk upgrade --no-cache'), 'apk upgrade');
yes('DL3018', df('FROM alpine:3.19', 'RUN set -eux; \\', '    apk add --no-cache --virtual .fetch-deps gnupg; \\', '    apk del --no-network .fetch-deps'), 'official style fetch deps');
no('DL3018', df('FROM alpine:3.19', 'RUN apk add --no-cache --repository=http://dl-cdn.alpinelinux.org/alpine/edge/community php83=8.3.4-r0'), '--repository=URL');
yes('DL3018', df('FROM alpine:3.19', 'RUN apk add -U tzdata'), '-U');
no('DL3018', df('FROM alpine:3.19', 'RUN apk add --no-cache --virtual=.build-deps gcc=13.2.1_git20231014-r0'), '--virtual=name');
no('DL3018', df('FROM alpine:3.19', 'RUN apk add --no-cache bash=~5.2'), '=~ fuzzy pin contains =');

// DL3019: apk --no-cache.
yes('DL3019', df('FROM alpine:3.19', 'RUN apk add --update curl=8.5.0-r0'), '--update without --no-cache');
yes('DL3019', df('FROM alpine:3.19', 'RUN apk add --virtual .build-deps gcc=13.2.1_git20231014-r0'), '--virtual without --no-cache');
no('DL3019', df('FROM alpine:3.19', 'RUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20231014-r0'), 'with --no-cache');
no('DL3019', df('FROM alpine:3.19', 'RUN apk del curl'), 'apk del');
yes('DL3019', df('FROM alpine:3.19', 'RUN apk -U add curl=8.5.0-r0'), '-U add');
no('DL3019', df('FROM alpine:3.19', 'RUN --mount=type=cache,target=/var/cache/apk,sharing=locked apk update && apk add curl=8.5.0-r0'), 'a cache mount with options');
yes('DL3019', df('from alpine:3.19', 'run apk add curl=8.5.0-r0'), 'lowercase instructions');
yes('DL3019', df('FROM alpine:3.19', 'RUN apk add curl=8.5.0-r0 && rm -rf /var/cache/apk/*'), 'removing the cache afterwards is not --no-cache');
no('DL3019', df('FROM alpine:3.19', 'RUN apk add --no-cache --update curl=8.5.0-r0'), '--no-cache with --update');

// DL3020: ADD for files.
yes('DL3020', df('FROM node:20', 'WORKDIR /app', 'ADD --chown=node:node package.json ./'), 'ADD --chown of a file');
no('DL3020', df('FROM alpine:3.19', 'ADD https://github.com/org/tool/releases/download/v1.0/tool.tar.gz /tmp/'), 'a URL');
no('DL3020', df('FROM scratch', 'ADD rootfs.tar.xz /', 'CMD ["bash"]'), 'the official rootfs archive');
yes('DL3020', df('FROM python:3.12', 'ADD . /app'), 'the context');
yes('DL3020', df('FROM node:20', 'ADD ["package.json", "yarn.lock", "./"]'), 'exec form, several files');
no('DL3020', df('FROM alpine:3.19', 'ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/x.bin /x.bin'), 'a URL with a checksum');
yes('DL3020', df('from alpine:3.19', 'add config.yml /etc/app/'), 'lowercase');
yes('DL3020', df('FROM alpine:3.19', 'ADD --chmod=755 entrypoint.sh /usr/local/bin/'), '--chmod');
yes('DL3020', df('FROM alpine:3.19', 'ADD dist.zip /tmp/'), 'zip is not an archive ADD extracts');
no('DL3020', df('FROM debian:12', 'ADD *.tar.gz /tmp/'), 'a glob of archives');
no('DL3020', df('FROM debian:12', 'ADD --link app.tgz /opt/'), '--link with an archive');
no('DL3020', df('FROM alpine:3.19', 'COPY --chmod=755 entrypoint.sh /usr/local/bin/'), 'COPY');

// DL3022: COPY --from a known stage.
yes('DL3022', df('FROM golang:1.22 AS build', 'RUN go build -o /out/app', 'FROM alpine:3.19', 'COPY --from=builder /out/app /app'), 'a typo in the stage name');
no('DL3022', df('FROM composer:2 AS composer', 'FROM php:8.3-fpm', 'COPY --from=composer:2 /usr/bin/composer /usr/bin/composer'), 'an image with a tag');
yes('DL3022', df('FROM alpine:3.19', 'COPY --from=later /x /x', 'FROM alpine:3.19 AS later'), 'a stage defined after use');
no('DL3022', df('FROM golang:1.22 AS build-env', 'RUN go build -o /app', 'FROM gcr.io/distroless/base-debian12', 'COPY --from=build-env /app /app'), 'a hyphenated stage name');
no('DL3022', df('FROM node:20 AS build', 'RUN npm ci', 'FROM nginx:1.25', 'COPY --link --from=build /app/dist /usr/share/nginx/html'), '--link before --from');
no('DL3022', df('FROM alpine:3.19 AS a', 'FROM alpine:3.19 AS b', 'FROM alpine:3.19', 'COPY --from=1 /x /x'), 'a stage index');

// DL3025: JSON CMD/ENTRYPOINT.
yes('DL3025', df('FROM node:20', 'ENTRYPOINT exec node server.js'), 'exec in shell form');
no('DL3025', df('FROM alpine:3.19', 'CMD ["sh", "-c", "echo $HOME"]'), 'sh -c in exec form');
yes('DL3025', df('from node:20', 'cmd npm start'), 'lowercase');
yes('DL3025', df('FROM node:20', 'CMD ["npm" "start"]'), 'invalid JSON (missing comma) is shell form');
no('DL3025', df('FROM nginx:1.25', 'ENTRYPOINT ["/docker-entrypoint.sh"]', 'CMD ["nginx", "-g", "daemon off;"]'), 'official nginx');
yes('DL3025', df('FROM alpine:3.19', "CMD ['/bin/app', '--flag']"), 'single quotes are not JSON');
yes('DL3025', df('FROM python:3.12', 'CMD python app.py \\', '    --port 8000'), 'continued shell form');
no('DL3025', df('FROM alpine:3.19', 'ENTRYPOINT ["/bin/sh", "-c"]', 'CMD ["echo hi"]'), 'exec forms around a shell');

// DL3027: apt.
yes('DL3027', df('FROM ubuntu:22.04', 'RUN apt-get update && apt upgrade -y'), 'apt upgrade in a chain');
no('DL3027', df('FROM ubuntu:22.04', 'RUN apt-get install -y apt-transport-https=2.4.11'), 'a package named apt-...');
yes('DL3027', df('FROM ubuntu:22.04', 'RUN apt remove -y foo'), 'apt remove');
no('DL3027', df('FROM ubuntu:22.04', 'RUN echo apt install curl'), 'apt as an argument');
yes('DL3027', df('FROM ubuntu:22.04', 'RUN apt list --installed'), 'any use of apt');
no('DL3027', df('FROM ubuntu:22.04', 'RUN apt-get install -y apt=2.4.11'), 'installing the apt package');

// DL3028: gem pinning.
yes('DL3028', df('FROM ruby:3.3', 'RUN gem install bundler'), 'bundler unpinned');
no('DL3028', df('FROM ruby:3.3', 'RUN gem install bundler -v 2.5.6'), '-v');
no('DL3028', df('FROM ruby:3.3', 'ARG BUNDLER_VERSION=2.5.6', 'RUN gem install bundler --version "$BUNDLER_VERSION"'), '--version from an ARG');
no('DL3028', df('FROM ruby:3.3', 'RUN bundle install'), 'bundle install');
yes('DL3028', df('FROM ruby:3.3', 'RUN gem install --no-document rails'), '--no-document before the name');
no('DL3028', df('FROM ruby:3.3', 'RUN gem install bundler:2.5.6 rake:13.1.0'), 'several pinned');
yes('DL3028', df('FROM ruby:3.3', 'RUN gem install -N nokogiri'), '-N');
no('DL3028', df('FROM ruby:3.3', 'RUN gem install bundler -v "~> 2.5"'), 'a version constraint');

// DL3032: yum clean all.
yes('DL3032', df('FROM centos:7', 'RUN yum -y install httpd-2.4.6 && yum -y update'), 'no clean');
no('DL3032', df('FROM centos:7', 'RUN yum -y install httpd-2.4.6 && yum -y clean all'), 'clean all with -y');
yes('DL3032', df('FROM centos:7', 'RUN yum install -y epel-release-7 \\', '    && yum install -y nginx-1.20.1'), 'two installs, no clean');
no('DL3032', df('FROM centos:7', 'RUN yum install -y nginx-1.20.1 \\', '    # tidy up', '    && yum clean all'), 'comment inside the continuation');

// DL3033: yum pinning.
yes('DL3033', df('FROM centos:7', 'RUN yum install -y httpd php && yum clean all'), 'two unpinned');
no('DL3033', df('FROM centos:7', 'RUN yum install -y httpd-2.4.6 php-5.4.16 && yum clean all'), 'both pinned');
yes('DL3033', df('FROM centos:7', 'RUN yum -y install epel-release && yum clean all'), 'flag before install');
no('DL3033', df('FROM centos:7', 'RUN yum -y update && yum clean all'), 'update');
no('DL3033', df('FROM centos:7', 'ARG NGINX_VERSION=1.20.1', 'RUN yum install -y "nginx-${NGINX_VERSION}" && yum clean all'), 'a version from an ARG');
yes('DL3033', df('FROM centos:7', 'RUN yum install -y --setopt=tsflags=nodocs httpd && yum clean all'), '--setopt=');
no('DL3033', df('FROM fedora:39', 'RUN dnf install -y httpd && dnf clean all'), 'dnf is DL3041');

// DL3042: pip --no-cache-dir.
yes('DL3042', df('FROM python:3.12', 'RUN pip install --upgrade pip==24.0'), 'upgrading pip');
no('DL3042', df('FROM python:3.12', 'RUN pip install --no-cache-dir --upgrade pip==24.0'), 'with --no-cache-dir');
yes('DL3042', df('FROM python:3.12', 'WORKDIR /app', 'COPY requirements.txt .', 'RUN pip3 install -r requirements.txt'), 'pip3 requirements');
no('DL3042', df('FROM python:3.12', 'RUN pip install --no-cache-dir -e .'), 'editable with --no-cache-dir');
no('DL3042', df('FROM python:3.12', 'RUN pip wheel --wheel-dir /wheels -r requirements.txt'), 'pip wheel');
no('DL3042', df('FROM python:3.12', 'RUN poetry install --no-root'), 'poetry');
yes('DL3042', df('FROM python:3.12', 'RUN python -m venv /venv && python -m pip install flask==3.0.2'), 'python -m pip in a chain');
no('DL3042', df('FROM python:3.12', 'ENV PIP_NO_CACHE_DIR=1 \\', '    PYTHONDONTWRITEBYTECODE=1', 'RUN pip install flask==3.0.2'), 'PIP_NO_CACHE_DIR in a multi-variable ENV');
no('DL3042', df('FROM python:3.12', 'RUN pip install --user --no-cache-dir flask==3.0.2'), '--user and --no-cache-dir');
yes('DL3042', df('FROM python:3.12', 'RUN pip3 install --no-cache-dir --upgrade pip==24.0 && pip3 install -r requirements.txt'), 'the second install of a chain');

// DL3045: COPY to a relative destination without WORKDIR.
yes('DL3045', df('FROM node:20', 'COPY package*.json ./'), 'package files to ./');
no('DL3045', df('FROM node:20', 'WORKDIR /usr/src/app', 'COPY package*.json ./'), 'after WORKDIR');
no('DL3045', df('FROM node:20', 'COPY --chown=node:node . /home/node/app'), 'absolute');
yes('DL3045', df('FROM node:20 AS build', 'WORKDIR /app', 'RUN npm ci', 'FROM nginx:1.25', 'COPY --from=build /app/dist dist'), 'relative in a stage without WORKDIR');
no('DL3045', df('FROM python:3.12', 'ENV APP_HOME=/app', 'COPY requirements.txt $APP_HOME/'), 'a variable destination');
no('DL3045', df('FROM python:3.12', 'WORKDIR $HOME/app', 'COPY . .'), 'after a WORKDIR with a variable');
no('DL3045', df('FROM alpine:3.19', 'ADD app.tar.gz app/'), 'ADD is not checked');
yes('DL3045', df('FROM alpine:3.19', 'COPY .bashrc ~/.bashrc'), 'a tilde is not expanded: relative');

// DL3047: wget progress.
yes('DL3047', df('FROM debian:12', 'RUN wget -c https://example.com/big.iso'), '-c');
no('DL3047', df('FROM alpine:3.19', 'RUN wget -qO- https://example.com/x.tgz | tar xz'), '-qO- combines -q');
no('DL3047', df('FROM debian:12', 'RUN wget --progress=dot:giga -O /tmp/x https://example.com/x'), '--progress');
no('DL3047', df('FROM debian:12', 'RUN curl -fsSL https://example.com/x -o /x'), 'curl');
yes('DL3047', df('FROM debian:12', 'RUN wget --no-check-certificate https://example.com/x'), '--no-check-certificate');
no('DL3047', df('FROM debian:12', 'RUN wget --progress=bar:force:noscroll https://example.com/x'), 'a bar progress');
no('DL3047', df('FROM debian:12', 'RUN wget -q -O- https://example.com/x > /x'), '-q then -O-');
yes('DL3047', df('FROM debian:12', 'RUN apt-get update && apt-get install -y wget=1.21.3-1 && wget https://example.com/x'), 'wget in a chain');
yes('DL3047', df('FROM debian:12', 'RUN wget -nc https://example.com/x'), '-nc is not quiet');

// DL3059: consecutive RUN.
yes('DL3059', df('FROM debian:12', 'RUN apt-get update', 'RUN apt-get install -y curl=7.88.1-10'), 'update and install apart');
no('DL3059', df('FROM debian:12', 'RUN /a.sh', 'ENV X=1', 'RUN /b.sh'), 'ENV between');
yes('DL3059', df('from debian:12', 'run /a.sh', 'run /b.sh'), 'lowercase');
no('DL3059', df('FROM debian:12', 'RUN <<EOF', 'set -e', '/a.sh', '/b.sh', 'EOF'), 'one heredoc RUN');
yes('DL3059', df('FROM debian:12', 'RUN /a.sh', '', 'RUN /b.sh'), 'a blank line between');
no('DL3059', df('FROM debian:12', 'RUN /a.sh', 'COPY x /x', 'RUN /b.sh'), 'COPY between');
yes('DL3059', df('FROM python:3.12', 'RUN --mount=type=cache,target=/root/.cache/pip pip install -r a.txt', 'RUN --mount=type=cache,target=/root/.cache/pip pip install -r b.txt'), 'same cache mount');
no('DL3059', df('FROM alpine:3.19', 'RUN --network=none /a.sh', 'RUN /b.sh'), 'different --network');
no('DL3059', df('FROM debian:12', 'RUN /a.sh', 'LABEL x=y', 'RUN /b.sh'), 'LABEL between');
no('DL3059', df('FROM debian:12', 'RUN /a.sh', 'ONBUILD RUN /c.sh', 'RUN /b.sh'), 'ONBUILD between');

// DL4001: wget and curl.
yes('DL4001', df('FROM debian:12', 'RUN curl -fsSL https://a -o /a && wget -q https://b'), 'both in one chain');
yes('DL4001', df('FROM debian:12', 'RUN wget -q https://a', 'WORKDIR /x', 'RUN curl -fsSL https://b -o b'), 'in separate RUNs of one stage');
no('DL4001', df('FROM alpine:3.19', 'RUN apk add --no-cache curl=8.5.0-r0', 'RUN curl -fsSL https://a -o a'), 'only curl');
yes('DL4001', df('FROM debian:12', 'RUN wget -qO- https://a | sh && curl -s https://b'), 'wget piped and curl');
no('DL4001', df('FROM debian:12', 'RUN echo wget curl'), 'names as arguments');
no('DL4001', df('FROM alpine:3.19', 'HEALTHCHECK CMD curl -f http://localhost/ || exit 1', 'RUN wget -q https://x'), 'HEALTHCHECK is not a RUN');

// DL4006: pipefail.
yes('DL4006', df('FROM debian:12', 'RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -'), 'curl | bash');
no('DL4006', df('FROM debian:12', 'SHELL ["/bin/bash", "-euxo", "pipefail", "-c"]', 'RUN curl -fsSL https://x | bash -'), '-euxo pipefail');
yes('DL4006', df('FROM debian:12', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'RUN true', 'SHELL ["/bin/sh", "-c"]', 'RUN curl -fsSL https://x | sh'), 'SHELL reset without pipefail');
no('DL4006', df('FROM debian:12', 'RUN ["/bin/bash", "-c", "curl -fsSL https://x | sh"]'), 'exec form');
yes('DL4006', df('FROM debian:12', 'RUN VERSION=$(curl -s https://x | jq -r .tag) && echo "$VERSION"'), 'a pipe inside a command substitution');
yes('DL4006', df('FROM debian:12', 'RUN gpg --export 0xKEY | apt-key add -'), 'gpg | apt-key');
no('DL4006', df('FROM debian:12', 'RUN echo "a | b" > /x'), 'a quoted bar');
no('DL4006', df('FROM debian:12', 'RUN curl -fsSL https://x -o /tmp/s.sh && sh /tmp/s.sh'), 'no pipe');
yes('DL4006', df('FROM debian:12', 'RUN set -eux; \\', '    curl -fsSL https://x/KEYS | gpg --import'), 'set -eux is not pipefail');
no('DL4006', df('FROM debian:12', 'RUN bash -c "curl -fsSL https://x | sh"'), 'the pipe is inside a quoted string');
yes('DL4006', df('FROM debian:12 AS base', 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]', 'FROM base', 'RUN curl -fsSL https://x | sh'), 'SHELL of the parent stage', {
  deviation: 'a hadolint false positive: DL4006 forgets SHELL at every FROM, but a stage built on another inherits its SHELL through the image config, so pipefail is in force',
});

parityTable('hadolint (second round)', cases);
