import { ruleTable } from '../rule-table';
import rule from '../../rules/undefined-arg-in-from';

const at = (name: string, line: number, column: number, length: number, suggestion?: string) => ({
  message: `FROM argument '${name}' is not declared${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
  line, column, endLine: line, endColumn: column + length,
});

ruleTable(rule, {
  accept: [
    { description: "BuildKit's good example", code: 'ARG ALPINE_VERSION=3.20\nFROM alpine:${ALPINE_VERSION}\n' },
    { description: 'a global ARG without a default', code: 'ARG TAG\nFROM alpine:$TAG\n' },
    { description: 'built-in platform arguments', code: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM --platform=${TARGETPLATFORM} alpine:3.20\n' },
    { description: 'a stage reference', code: 'FROM alpine:3.20 AS base\nFROM base\n' },
    { description: 'single quotes keep $ literal', code: "FROM 'alpine:3.20'\n" },
  ],
  reject: [
    { description: "BuildKit's example", code: 'FROM node:${NODE_VERSION}-alpine\n', findings: [at('NODE_VERSION', 1, 11, 15)] },
    { description: 'a misspelt name', code: 'ARG VERSION=3.20\nFROM alpine:${VERSON}\n', findings: [at('VERSON', 2, 13, 9, 'VERSION')] },
    { description: 'an ARG declared inside a stage does not count', code: 'FROM alpine:3.20\nARG TAG=3.19\nFROM alpine:$TAG\n', findings: [at('TAG', 3, 13, 4)] },
    { description: 'an ARG declared after the FROM', code: 'FROM $BASE\nARG BASE=alpine\n', findings: [at('BASE', 1, 6, 5)] },
    { description: 'the --platform flag', code: 'FROM --platform=$PLATFORM alpine:3.20\n', findings: [at('PLATFORM', 1, 17, 9)] },
    { description: 'a default or an alternative (as BuildKit)', code: 'FROM alpine:${TAG:-3.20}\nFROM alpine${TAG:+:$TAG}\n', findings: [at('TAG', 1, 13, 12), at('TAG', 2, 12, 13)] },
    { description: 'lower-case keyword', code: 'from ${REGISTRY}/app:1\n', findings: [at('REGISTRY', 1, 6, 11)] },
  ],
});
