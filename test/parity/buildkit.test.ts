// BuildKit parity: the bad/good examples of Docker's build checks reference
// (docs.docker.com/reference/build-checks/<check>) and the cases of BuildKit's own lint tests
// (frontend/dockerfile/dockerfile_lint_test.go), as whale knows them. See parity.ts.
import { parityTable, type ParityCase } from './parity';

type Extra = Partial<Pick<ParityCase, 'description' | 'options' | 'deviation'>>;
const cases: ParityCase[] = [];
/** BuildKit reports `code` on `dockerfile`. */
const yes = (code: string, dockerfile: string, source: ParityCase['source'] = 'test', extra: Extra = {}) =>
  cases.push({ code, dockerfile, expected: true, source, ...extra });
/** BuildKit does not report `code` on `dockerfile`. */
const no = (code: string, dockerfile: string, source: ParityCase['source'] = 'test', extra: Extra = {}) =>
  cases.push({ code, dockerfile, expected: false, source, ...extra });

const ignoring = (...patterns: string[]) => ({ 'copy-ignored-file': { patterns } });

// StageNameCasing.
yes('StageNameCasing', 'FROM alpine AS BuilderBase\n', 'docs');
no('StageNameCasing', 'FROM alpine AS builder-base\n', 'docs');
yes('StageNameCasing', '# warning: stage name should be lowercase\nFROM scratch AS BadStageName\nFROM scratch AS base2\n');
no('StageNameCasing', 'FROM scratch AS base\nFROM scratch as base2\n');
no('StageNameCasing', 'FROM scratch\n', 'test', { description: 'no name' });
yes('StageNameCasing', 'FROM scratch AS BASE\n');

// FromAsCasing.
yes('FromAsCasing', 'FROM debian:latest as builder\n', 'docs');
yes('FromAsCasing', 'from debian:latest AS deb-builder\n', 'docs');
no('FromAsCasing', 'FROM debian:latest AS deb-builder\n', 'docs');
no('FromAsCasing', 'from debian:latest as deb-builder\n', 'docs');
yes('FromAsCasing', 'FROM scratch AS base\nFROM scratch as base2\n');
no('FromAsCasing', 'FROM scratch\n', 'test', { description: 'no AS' });

// NoEmptyContinuation.
yes('NoEmptyContinuation', 'FROM alpine\nEXPOSE \\\n\n80\n', 'docs');
no('NoEmptyContinuation', 'FROM alpine\nEXPOSE \\\n# Port\n80\n', 'docs');
yes('NoEmptyContinuation', 'FROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n');
no('NoEmptyContinuation', 'FROM scratch\nCOPY Dockerfile \\\n.\n');
no('NoEmptyContinuation', 'FROM alpine\nRUN echo a\n\nRUN echo b\n', 'test', { description: 'a blank line between instructions' });
no('NoEmptyContinuation', 'FROM alpine\nRUN <<EOF\necho a\n\necho b\nEOF\n', 'test', { description: 'a blank line in a heredoc' });

// ConsistentInstructionCasing.
yes('ConsistentInstructionCasing', 'FROM alpine\nRUN echo hello\ncopy /foo /bar\n', 'docs');
no('ConsistentInstructionCasing', 'FROM alpine\nRUN echo hello\nCOPY /foo /bar\n', 'docs');
no('ConsistentInstructionCasing', 'from alpine\nrun echo hello\ncopy /foo /bar\n', 'docs');
yes('ConsistentInstructionCasing', 'From scratch AS base\nFROM scratch AS base2\n');
yes('ConsistentInstructionCasing', 'FROM scratch\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n');
yes('ConsistentInstructionCasing', 'from scratch\nRUN echo hi\nrun echo hello\n');

// DuplicateStageName.
yes('DuplicateStageName', 'FROM debian:latest AS builder\nRUN apt-get update; apt-get install -y curl\n\nFROM golang:latest AS builder\n', 'docs');
no('DuplicateStageName', 'FROM debian:latest AS deb-builder\nRUN apt-get update; apt-get install -y curl\n\nFROM golang:latest AS go-builder\n', 'docs');
yes('DuplicateStageName', 'FROM scratch AS b\nFROM scratch AS b\n');
no('DuplicateStageName', 'FROM scratch AS b1\nFROM scratch AS b2\n');
yes('DuplicateStageName', 'FROM scratch AS b\nFROM scratch AS B\n', 'test', { description: 'names are case-insensitive' });
yes('DuplicateStageName', 'FROM alpine AS a\nFROM alpine AS b\nFROM alpine AS a\n');

// ReservedStageName.
yes('ReservedStageName', 'FROM alpine AS scratch\n', 'docs');
no('ReservedStageName', 'FROM alpine AS builder\n', 'docs');
yes('ReservedStageName', 'FROM scratch AS context\n');
yes('ReservedStageName', 'FROM scratch AS scratch\nFROM scratch AS context\n');
yes('ReservedStageName', 'FROM alpine AS Scratch\n', 'test', { description: 'any case' });
no('ReservedStageName', 'FROM scratch\n');

// JSONArgsRecommended.
yes('JSONArgsRecommended', 'FROM alpine\nENTRYPOINT my-program start\n', 'docs');
no('JSONArgsRecommended', 'FROM alpine\nENTRYPOINT ["my-program", "start"]\n', 'docs');
no('JSONArgsRecommended', 'FROM alpine\nRUN apk add bash\nSHELL ["/bin/bash", "-c"]\nENTRYPOINT echo "Hello, world!"\n', 'docs', { description: 'explicit SHELL' });
yes('JSONArgsRecommended', 'FROM scratch\nCMD mycommand\n');
yes('JSONArgsRecommended', 'FROM scratch\nENTRYPOINT mycommand\n');
no('JSONArgsRecommended', 'FROM scratch\nCMD ["mycommand"]\n');
no('JSONArgsRecommended', 'FROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n');
no('JSONArgsRecommended', 'FROM scratch\nHEALTHCHECK CMD mycommand\n', 'test', { description: 'HEALTHCHECK is not checked' });
no('JSONArgsRecommended', 'FROM scratch\nRUN mycommand\n', 'test', { description: 'RUN is not checked' });
no('JSONArgsRecommended', 'FROM scratch AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nCMD mycommand\n', 'test', { description: 'SHELL of the parent stage' });
yes('JSONArgsRecommended', 'FROM scratch AS a\nSHELL ["/bin/bash", "-c"]\nFROM scratch\nCMD x\n', 'test', { description: 'SHELL of an unrelated stage' });

// MaintainerDeprecated.
yes('MaintainerDeprecated', 'FROM alpine\nMAINTAINER moby@example.com\n', 'docs');
no('MaintainerDeprecated', 'FROM alpine\nLABEL org.opencontainers.image.authors="moby@example.com"\n', 'docs');
yes('MaintainerDeprecated', 'FROM scratch\nMAINTAINER me@example.org\n');

// UndefinedArgInFrom.
yes('UndefinedArgInFrom', 'FROM node:22${VARIANT} AS jsbuilder\n', 'docs');
no('UndefinedArgInFrom', 'ARG VARIANT="-alpine3.20"\nFROM node:22${VARIANT} AS jsbuilder\n', 'docs');
yes('UndefinedArgInFrom', 'FROM --platform=$BULIDPLATFORM busybox AS build\n', 'test', { description: 'a misspelt built-in' });
no('UndefinedArgInFrom', 'FROM --platform=$BUILDPLATFORM busybox\n', 'test', { description: 'a built-in' });
no('UndefinedArgInFrom', 'ARG image=scratch\nFROM $image\n');
yes('UndefinedArgInFrom', 'ARG tag=latest\nFROM busybox:${tag}${version} AS b\n');
no('UndefinedArgInFrom', 'FROM busybox:1.36\nARG version\nRUN echo $version\n', 'test', { description: 'an ARG inside the stage' });
no('UndefinedArgInFrom', 'FROM --platform=$TARGETPLATFORM busybox\n', 'test', { description: 'TARGETPLATFORM' });
yes('UndefinedArgInFrom', 'FROM busybox:${TAG:-latest}\n', 'test', { description: 'a default value' });

// WorkdirRelativePath.
yes('WorkdirRelativePath', 'FROM alpine\nWORKDIR app/\n', 'docs');
no('WorkdirRelativePath', 'FROM alpine\nWORKDIR /app\n', 'docs');
yes('WorkdirRelativePath', 'FROM alpine AS base\nWORKDIR app/\n\nFROM base\nWORKDIR subdir/\n', 'test', { description: 'only the first is reported' });
no('WorkdirRelativePath', 'FROM alpine AS base\nWORKDIR /app\nFROM base\nWORKDIR subdir/\n', 'test', { description: 'absolute in the parent stage' });
no('WorkdirRelativePath', 'FROM alpine\nWORKDIR /app\nWORKDIR subdir/\n', 'test', { description: 'after an absolute one' });

// UndefinedVar.
yes('UndefinedVar', 'FROM alpine AS base\nCOPY $foo .\n', 'docs');
no('UndefinedVar', 'FROM alpine AS base\nARG foo\nCOPY $foo .\n', 'docs');
yes('UndefinedVar', 'FROM alpine\nENV PATH=$PAHT:/app/bin\n', 'docs', { description: 'a typo' });
no('UndefinedVar', 'FROM alpine\nENV PATH=$PATH:/app/bin\n', 'docs');
no('UndefinedVar', 'FROM alpine\nRUN echo $foo\n', 'test', { description: 'RUN is expanded by the shell' });
yes('UndefinedVar', 'ARG DIR_BINARIES=binaries/\nFROM alpine\nCOPY $DIR_BINARIES /binaries\n', 'test', { description: 'a global ARG not declared in the stage' });
no('UndefinedVar', 'ARG DIR_BINARIES=binaries/\nFROM alpine\nARG DIR_BINARIES\nCOPY $DIR_BINARIES /binaries\n');
no('UndefinedVar', 'FROM alpine\nARG foo=bar\nENV baz=$foo\nCOPY $baz /x\n');
no('UndefinedVar', 'FROM alpine AS base\nENV foo=bar\nFROM base\nWORKDIR /$foo\n', 'test', { description: 'ENV of the parent stage' });
yes('UndefinedVar', 'FROM alpine\nWORKDIR $APP_HOME\n');
yes('UndefinedVar', 'FROM alpine\nLABEL version=$VERSION\n');
no('UndefinedVar', 'FROM alpine\nARG TARGETARCH\nLABEL arch=$TARGETARCH\n');
no('UndefinedVar', 'FROM alpine\nCOPY --from=x \\$foo /x\n', 'test', { description: 'an escaped dollar' });
yes('UndefinedVar', 'FROM alpine\nENV LD_LIBRARY_PATH=/opt/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}\n', 'test', {
  description: 'an alternative value',
  deviation: 'a known BuildKit false positive: `${NAME:+...}` and `${NAME:-...}` say the variable may be unset (typically set, or not, by the base image), which is the point of the idiom',
});
yes('UndefinedVar', 'FROM alpine\nENV DEBUG=$DEBUG_LEVEL\n');
yes('UndefinedVar', 'FROM alpine\nUSER $APPUID\n');
yes('UndefinedVar', 'FROM alpine\nVOLUME $DATA\n');
yes('UndefinedVar', 'FROM alpine\nCOPY --chown=$APPUSER:$APPGROUP a /b\n');
yes('UndefinedVar', 'FROM alpine\nARG X=$Y\n');
yes('UndefinedVar', 'FROM alpine\nENV FOO=$TARGETARCH\n', 'test', { description: 'a built-in argument not declared in the stage' });
no('UndefinedVar', 'FROM alpine\nCMD echo $FOO\n', 'test', { description: 'CMD is expanded by the shell' });

// MultipleInstructionsDisallowed.
yes('MultipleInstructionsDisallowed', 'FROM alpine\nENTRYPOINT ["echo", "Hello, Norway!"]\nENTRYPOINT ["echo", "Hello, Sweden!"]\n', 'docs');
no('MultipleInstructionsDisallowed', 'FROM alpine\nENTRYPOINT ["echo", "Hello, Norway!\\nHello, Sweden!"]\n', 'docs');
yes('MultipleInstructionsDisallowed', 'FROM scratch\nCMD ["/bin/true"]\nCMD ["/bin/false"]\n');
yes('MultipleInstructionsDisallowed', 'FROM scratch\nHEALTHCHECK CMD ["/bin/true"]\nHEALTHCHECK CMD ["/bin/false"]\n');
no('MultipleInstructionsDisallowed', 'FROM scratch\nCMD ["/bin/true"]\nENTRYPOINT ["/bin/false"]\nHEALTHCHECK CMD ["/bin/true"]\n');
no('MultipleInstructionsDisallowed', 'FROM scratch AS a\nCMD ["/bin/true"]\nFROM scratch\nCMD ["/bin/false"]\n', 'test', { description: 'one per stage' });

// LegacyKeyValueFormat.
yes('LegacyKeyValueFormat', 'FROM alpine\nENV DEPS curl git make\n', 'docs');
no('LegacyKeyValueFormat', 'FROM alpine\nENV DEPS="curl git make"\n', 'docs');
yes('LegacyKeyValueFormat', 'FROM scratch\nENV testkey testvalue\n');
yes('LegacyKeyValueFormat', 'FROM scratch\nLABEL testkey testvalue\n');
no('LegacyKeyValueFormat', 'FROM scratch\nENV testkey=testvalue\nLABEL testkey=testvalue\n');
no('LegacyKeyValueFormat', 'FROM scratch\nARG foo\nARG bar=baz\n', 'test', { description: 'ARG' });

// InvalidBaseImagePlatform needs the pulled image: quiet statically.
no('InvalidBaseImagePlatform', 'FROM --platform=linux/amd64 alpine:3.19\n');

// RedundantTargetPlatform.
yes('RedundantTargetPlatform', 'FROM --platform=$TARGETPLATFORM alpine AS builder\n', 'docs');
no('RedundantTargetPlatform', 'FROM alpine AS builder\n', 'docs');
yes('RedundantTargetPlatform', 'FROM --platform=${TARGETPLATFORM} scratch\n');
no('RedundantTargetPlatform', 'FROM --platform=$BUILDPLATFORM scratch\n');

// SecretsUsedInArgOrEnv.
yes('SecretsUsedInArgOrEnv', 'FROM scratch\nARG AWS_SECRET_ACCESS_KEY\n', 'docs');
no('SecretsUsedInArgOrEnv', 'FROM scratch\nRUN --mount=type=secret,id=aws,env=AWS_SECRET_ACCESS_KEY true\n', 'docs');
yes('SecretsUsedInArgOrEnv', 'FROM scratch\nARG SECRET_PASSPHRASE\n');
yes('SecretsUsedInArgOrEnv', 'FROM scratch\nENV SUPER_Secret=foo\n');
yes('SecretsUsedInArgOrEnv', 'FROM scratch\nENV password=bar secret=baz\n');
yes('SecretsUsedInArgOrEnv', 'FROM scratch\nARG super_duper_secret_token=foo auth=bar\n');
yes('SecretsUsedInArgOrEnv', 'FROM scratch\nENV apikey=bar sunflower=foo\n');
yes('SecretsUsedInArgOrEnv', 'FROM scratch\nENV git_key=\n', 'test', {
  description: 'an empty value',
  deviation: 'an ENV with an empty value stores no secret in the image (the value comes at run time); reporting it is a known false positive',
});
no('SecretsUsedInArgOrEnv', 'FROM scratch\nENV sunflower=foo\n');
no('SecretsUsedInArgOrEnv', 'FROM scratch\nARG publicKey=foo\nENV PUBLIC_KEY=bar\n', 'test', { description: 'public keys' });
no('SecretsUsedInArgOrEnv', 'FROM scratch\nENV KEYRING_DIR=/x TOKENIZER=y\n', 'test', { description: 'parts are split on _' });
yes('SecretsUsedInArgOrEnv', 'FROM alpine\nARG GITHUB_TOKEN\n');
yes('SecretsUsedInArgOrEnv', 'FROM alpine\nENV DB_PASSWORD=x\n');
yes('SecretsUsedInArgOrEnv', 'FROM alpine\nENV NPM_AUTH_TOKEN=x\n');
yes('SecretsUsedInArgOrEnv', 'FROM python:3.12\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n', 'test', {
  description: 'a GPG key fingerprint',
  deviation: 'a well-known BuildKit false positive (the official python image\'s `ENV GPG_KEY`): a GPG key named this way is the fingerprint of a public key',
});
yes('SecretsUsedInArgOrEnv', 'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db\n', 'test', {
  description: 'a path to a secret',
  deviation: 'a known BuildKit false positive: `*_FILE`, `*_PATH`, `*_DIR` name where a secret is, the usual pattern with Docker secrets',
});

// InvalidDefaultArgInFrom.
yes('InvalidDefaultArgInFrom', 'ARG TAG\nFROM busybox:${TAG}\n', 'docs');
no('InvalidDefaultArgInFrom', 'ARG TAG=latest\nFROM busybox:${TAG}\n', 'docs');
no('InvalidDefaultArgInFrom', 'ARG TAG\nFROM busybox:${TAG:-latest}\n', 'docs');
yes('InvalidDefaultArgInFrom', 'ARG VERSION\nFROM busybox:$VERSION\n');
yes('InvalidDefaultArgInFrom', 'ARG IMAGE\nFROM $IMAGE\n');
yes('InvalidDefaultArgInFrom', 'ARG SFX="box:"\nFROM busy${SFX}\n');
no('InvalidDefaultArgInFrom', 'ARG VERSION="latest"\nFROM busybox:${VERSION}\n');
no('InvalidDefaultArgInFrom', 'ARG BUSYBOX_VARIANT=""\nFROM busybox:stable${BUSYBOX_VARIANT}\n');
no('InvalidDefaultArgInFrom', 'ARG BUSYBOX_VARIANT\nFROM busybox:stable${BUSYBOX_VARIANT}\n');
no('InvalidDefaultArgInFrom', 'FROM --platform=$BUILDPLATFORM busybox:1.36\n');
yes('InvalidDefaultArgInFrom', 'ARG IMAGE=alpine\nARG TAG\nFROM ${IMAGE}:${TAG}\n');
yes('InvalidDefaultArgInFrom', 'ARG REPO\nFROM ${REPO}/alpine:3\n');

// FromPlatformFlagConstDisallowed.
yes('FromPlatformFlagConstDisallowed', 'FROM --platform=linux/amd64 alpine AS base\nRUN apk add --no-cache git\n', 'docs');
no('FromPlatformFlagConstDisallowed', 'FROM alpine AS base\nRUN apk add --no-cache git\n', 'docs');
no('FromPlatformFlagConstDisallowed', 'FROM --platform=linux/amd64 alpine AS build_amd64\n', 'docs', { description: 'the stage name says the platform' });
yes('FromPlatformFlagConstDisallowed', 'FROM --platform=linux/amd64 scratch\n');
no('FromPlatformFlagConstDisallowed', 'FROM --platform=linux/amd64 scratch AS my_amd64_stage\n');
no('FromPlatformFlagConstDisallowed', 'FROM --platform=linux/amd64 scratch AS linux\n');
no('FromPlatformFlagConstDisallowed', 'FROM --platform=$BUILDPLATFORM scratch\n');
no('FromPlatformFlagConstDisallowed', 'FROM --platform=linux/arm64/v8 alpine AS build-arm64\n');
yes('FromPlatformFlagConstDisallowed', 'FROM --platform=linux/amd64 alpine AS builder\n');

// CopyIgnoredFile.
yes('CopyIgnoredFile', 'FROM scratch\nCOPY Dockerfile .\n', 'test', { options: ignoring('Dockerfile') });
yes('CopyIgnoredFile', 'FROM scratch\nADD Dockerfile /windy\n', 'test', { options: ignoring('Dockerfile') });
no('CopyIgnoredFile', 'FROM scratch\nCOPY main.go .\n', 'test', { options: ignoring('Dockerfile') });
no('CopyIgnoredFile', 'FROM scratch AS a\nFROM scratch\nCOPY --from=a Dockerfile .\n', 'test', { options: ignoring('Dockerfile') });
yes('CopyIgnoredFile', 'FROM scratch\nCOPY ./tmp/Dockerfile .\n', 'test', { options: ignoring('tmp') });
no('CopyIgnoredFile', 'FROM scratch\nCOPY Dockerfile .\n', 'test', { description: 'no .dockerignore' });

// ExposeProtoCasing.
yes('ExposeProtoCasing', 'FROM alpine\nEXPOSE 80/TcP\n', 'docs');
no('ExposeProtoCasing', 'FROM alpine\nEXPOSE 80/tcp\n', 'docs');
yes('ExposeProtoCasing', 'FROM scratch\nEXPOSE 80/TCP 53/UDP\n');
no('ExposeProtoCasing', 'FROM scratch\nEXPOSE 80\n');

// ExposeInvalidFormat.
yes('ExposeInvalidFormat', 'FROM alpine\nEXPOSE 127.0.0.1:80:80\n', 'docs');
no('ExposeInvalidFormat', 'FROM alpine\nEXPOSE 80\n', 'docs');
yes('ExposeInvalidFormat', 'FROM scratch\nEXPOSE 80:80\n');
yes('ExposeInvalidFormat', 'FROM scratch\nEXPOSE 0.0.0.0:80/tcp\n');
no('ExposeInvalidFormat', 'FROM scratch\nEXPOSE 80/tcp 8000-8010\n');
yes('ExposeInvalidFormat', 'FROM alpine\nEXPOSE 80:80/tcp\n');

// InvalidDefinitionDescription (experimental).
yes('InvalidDefinitionDescription', '# syntax=docker/dockerfile:1\n# check=experimental=InvalidDefinitionDescription\n\n# bar this is the bar\nARG foo=bar\n', 'docs');
no('InvalidDefinitionDescription', '# syntax=docker/dockerfile:1\n# check=experimental=InvalidDefinitionDescription\n\n# foo this is the foo\nARG foo=bar\n', 'docs');
yes('InvalidDefinitionDescription', '# syntax=docker/dockerfile:1\n# check=experimental=InvalidDefinitionDescription\n\n# This is the base stage\nFROM scratch AS base\n', 'docs');
no('InvalidDefinitionDescription', '# syntax=docker/dockerfile:1\n# check=experimental=InvalidDefinitionDescription\n\n# base is the stage for compiling source\nFROM scratch AS base\n', 'docs');
yes('InvalidDefinitionDescription', '# check=experimental=InvalidDefinitionDescription\n\n# definitely a bad comment\nARG foo2=bar2\n');
yes('InvalidDefinitionDescription', '# check=experimental=InvalidDefinitionDescription\n\n# definitely a bad comment\nFROM scratch AS base2\n');
no('InvalidDefinitionDescription', '# check=experimental=InvalidDefinitionDescription\n\n# foo this is the foo\nARG foo=bar\n\n# base this is the base image\nFROM scratch AS base\n');
no('InvalidDefinitionDescription', '# check=experimental=InvalidDefinitionDescription\nARG foo=bar\nFROM scratch AS base\n', 'test', { description: 'no comments' });
no('InvalidDefinitionDescription', '# check=experimental=InvalidDefinitionDescription\n# some comment\n\nARG foo=bar\n', 'test', { description: 'a blank line between' });

parityTable('BuildKit', cases);
