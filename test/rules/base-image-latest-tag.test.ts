import rule from '../../rules/base-image-latest-tag';
import { ruleTable } from '../rule-table';

const at = (image: string, line: number, column: number, length = image.length) => ({
  message: `\`${image}\` uses the moving \`latest\` tag: pin a version or a digest`, line, column, endLine: line, endColumn: column + length,
});

ruleTable(rule, {
  accept: [
    { description: 'a version', code: 'FROM debian:12\n' },
    { description: 'latest with a digest', code: 'FROM debian:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n' },
    { description: 'no tag (another rule)', code: 'FROM debian\n' },
    { description: 'a stage named latest', code: 'FROM debian:12 AS latest\nFROM latest\n' },
    { description: 'a tag variable without a default', code: 'ARG TAG\nFROM node:$TAG\n' },
    { description: 'a tag variable whose default is latest (read as written, like hadolint)', code: 'ARG TAG=latest\nFROM node:${TAG}\n' },
    { description: 'scratch', code: 'FROM scratch\n' },
  ],
  reject: [
    { description: 'hadolint example', code: 'FROM debian:latest\n', findings: [at('debian:latest', 1, 6)] },
    { description: 'a registry', code: 'FROM ghcr.io/org/app:latest AS app\n', findings: [at('ghcr.io/org/app:latest', 1, 6)] },
    { description: 'an unknown registry', code: 'ARG REGISTRY\nFROM ${REGISTRY}/node:latest\n', findings: [at('${REGISTRY}/node:latest', 2, 6)] },
  ],
});
