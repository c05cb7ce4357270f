import rule from '../../rules/from-platform-constant';
import { ruleTable } from '../rule-table';

const constant = (value: string, line: number, column = 6) => ({
  message: `FROM --platform flag should not use a constant value ("${value}")`,
  line, column, endLine: line, endColumn: column + '--platform='.length + value.length,
});

ruleTable(rule, {
  accept: [
    { description: 'no platform', code: 'FROM alpine:3.20\n' },
    { description: '$BUILDPLATFORM', code: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n' },
    { description: 'an ARG', code: 'ARG PLATFORM=linux/amd64\nFROM --platform=${PLATFORM} alpine:3.20\n' },
    { description: 'BuildKit: a stage named after the platform', code: 'FROM --platform=linux/arm64 alpine:3.20 AS build-arm64\nFROM --platform=linux/amd64 alpine AS linux\n' },
  ],
  reject: [
    { description: 'hadolint example', code: 'FROM --platform=linux/amd64 debian:jessie\n', findings: [constant('linux/amd64', 1)] },
    { description: 'BuildKit example', code: 'FROM --platform=linux/amd64 alpine AS base\nRUN apk add --no-cache git\n', findings: [constant('linux/amd64', 1)] },
    { description: 'a later stage', code: 'FROM alpine:3.20\nFROM --platform=linux/arm64/v8 alpine:3.20 AS final\n', findings: [constant('linux/arm64/v8', 2)] },
  ],
});
