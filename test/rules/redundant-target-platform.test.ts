import rule from '../../rules/redundant-target-platform';
import { ruleTable } from '../rule-table';

const redundant = (line: number, length: number) => ({
  message: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
  line, column: 6, endLine: line, endColumn: 6 + length,
});

ruleTable(rule, {
  accept: [
    { description: '$BUILDPLATFORM', code: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n' },
    { description: 'TARGETPLATFORM with a default of its own', code: 'ARG TARGETPLATFORM=linux/amd64\nFROM --platform=$TARGETPLATFORM alpine:3.20\n' },
    { description: 'a longer expression', code: 'FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.20\n' },
    { description: 'no flag', code: 'FROM alpine:3.20\n' },
  ],
  reject: [
    { description: 'BuildKit example', code: 'FROM --platform=$TARGETPLATFORM alpine AS builder\nRUN apk add --no-cache git\n', findings: [redundant(1, 26)] },
    { description: 'braces', code: 'FROM --platform=${TARGETPLATFORM} alpine:3.20\n', findings: [redundant(1, 28)] },
    { description: 'a global ARG without a default', code: 'ARG TARGETPLATFORM\nFROM --platform=$TARGETPLATFORM alpine:3.20\n', findings: [redundant(2, 26)] },
  ],
});
