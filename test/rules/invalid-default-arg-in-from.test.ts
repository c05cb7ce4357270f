import { ruleTable } from '../rule-table';
import rule from '../../rules/invalid-default-arg-in-from';

const at = (raw: string, line: number, column: number) => ({
  message: `Default value for ARG ${raw} results in empty or invalid base image name`,
  line, column, endLine: line, endColumn: column + raw.length,
});

ruleTable(rule, {
  accept: [
    { description: "BuildKit's good example", code: 'ARG TAG=latest\nFROM busybox:${TAG}\n' },
    { description: 'an alternative for an empty tag', code: 'ARG TAG\nFROM busybox${TAG:+:${TAG}}\n' },
    { description: 'a default in the reference', code: 'ARG TAG\nFROM busybox:${TAG:-latest}\n' },
    { description: 'a built-in argument', code: 'FROM ${TARGETARCH}/alpine:3.20\n' },
    { description: 'an undeclared name (undefined-arg-in-from)', code: 'FROM alpine:$TAG\n' },
    { description: 'a stage named by an ARG', code: 'ARG BASE=build\nFROM alpine:3.20 AS build\nFROM ${BASE}\n' },
    { description: 'a registry with a port and a digest', code: 'ARG REG=localhost:5000\nFROM ${REG}/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n' },
    { description: 'no variables', code: 'FROM alpine:3.20\n' },
  ],
  reject: [
    { description: "BuildKit's example", code: 'ARG TAG\nFROM busybox:${TAG}\n', findings: [at('busybox:${TAG}', 2, 6)] },
    { description: 'an empty image', code: 'ARG IMAGE\nFROM $IMAGE\n', findings: [at('$IMAGE', 2, 6)] },
    { description: 'an upper-case default', code: 'ARG BASE=Ubuntu\nFROM ${BASE}:24.04\n', findings: [at('${BASE}:24.04', 2, 6)] },
  ],
});
