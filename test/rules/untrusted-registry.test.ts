import rule from '../../rules/untrusted-registry';
import { ruleTable } from '../rule-table';

const options = { trustedRegistries: ['docker.io', 'my-company.com:500', '*.example.com'] };
const at = (image: string, registry: string, line: number, column: number, length = image.length) => ({ message: `image "${image}" is from ${registry}, which is not a trusted registry`, line, column, endLine: line, endColumn: column + length });

ruleTable(rule, {
  accept: [
    { description: 'no trusted registries configured', code: 'FROM random.com/debian\n' },
    { description: 'Docker Hub, unqualified (hadolint)', options, code: 'FROM debian:12\nFROM library/debian\nFROM myorg/app:1\n' },
    { description: 'Docker Hub host names', options, code: 'FROM docker.io/debian\nFROM index.docker.io/library/debian\nFROM registry-1.docker.io/x/y\n' },
    { description: 'a trusted registry with a port (hadolint)', options, code: 'FROM my-company.com:500/debian\n' },
    { description: 'a wildcard', options, code: 'FROM registry.example.com/app:1\nFROM a.b.example.com/app@sha256:0123456789012345678901234567890123456789012345678901234567890123\n' },
    { description: 'a stage reference and scratch', options: { trustedRegistries: ['ghcr.io'] }, code: 'FROM ghcr.io/x/base AS base\nFROM base\nFROM scratch\n' },
    { description: 'an unresolved variable', options: { trustedRegistries: ['ghcr.io'] }, code: 'ARG BASE\nFROM ${BASE}\nFROM ${REGISTRY}/app:1\n' },
    { description: 'a resolved variable', options: { trustedRegistries: ['ghcr.io'] }, code: 'ARG REGISTRY=ghcr.io\nFROM ${REGISTRY}/app:1\n' },
    { description: 'a wildcard trusting everything', options: { trustedRegistries: ['*'] }, code: 'FROM random.com/debian\nFROM debian\n' },
    { description: 'case', options: { trustedRegistries: ['GHCR.io'] }, code: 'FROM ghcr.io/x/y\n' },
  ],
  reject: [
    { description: 'an untrusted registry (hadolint)', options, code: 'FROM random.com/debian\n', findings: [at('random.com/debian', 'random.com', 1, 6)] },
    { description: 'Docker Hub when not trusted', options: { trustedRegistries: ['ghcr.io'] }, code: 'FROM debian:12\nFROM docker.io/library/debian:12\n', findings: [at('debian:12', 'docker.io', 1, 6), at('docker.io/library/debian:12', 'docker.io', 2, 6)] },
    { description: 'another port', options, code: 'FROM my-company.com:501/debian\n', findings: [at('my-company.com:501/debian', 'my-company.com:501', 1, 6)] },
    { description: 'the wildcard needs a subdomain', options, code: 'FROM example.com/app\nFROM example.com.evil.io/app\n', findings: [at('example.com/app', 'example.com', 1, 6), at('example.com.evil.io/app', 'example.com.evil.io', 2, 6)] },
    { description: 'a resolved variable', options, code: 'ARG REGISTRY=quay.io\nFROM ${REGISTRY}/app:1 AS build\n', findings: [at('quay.io/app:1', 'quay.io', 2, 6, 17)] },
    { description: 'with a platform', options, code: 'FROM --platform=$BUILDPLATFORM gcr.io/distroless/static\n', findings: [at('gcr.io/distroless/static', 'gcr.io', 1, 32)] },
  ],
});
