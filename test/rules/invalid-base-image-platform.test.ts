import { ruleTable } from '../rule-table';
import rule from '../../rules/invalid-base-image-platform';

const options = { platforms: { python: 'linux/amd64,linux/arm64', 'ghcr.io/acme/app': 'linux/amd64', 'docker.io/library/alpine': 'linux/arm' } };

ruleTable(rule, {
  accept: [
    { description: 'quiet without configuration', code: 'FROM --platform=linux/s390x python:3.12\n' },
    { description: 'a listed platform', options, code: 'FROM --platform=linux/arm64 python:3.12\nFROM --platform=linux/amd64 ghcr.io/acme/app:1\n' },
    { description: 'a variant of a listed platform', options, code: 'FROM --platform=linux/arm/v7 alpine:3.20\n' },
    { description: 'build platform variables', options, code: 'FROM --platform=$BUILDPLATFORM python:3.12\nARG P=linux/s390x\nFROM --platform=$TARGETPLATFORM python:3.12\n' },
    { description: 'an image not listed', options, code: 'FROM --platform=linux/s390x debian:12\n' },
    { description: 'no --platform', options, code: 'FROM python:3.12\n' },
  ],
  reject: [
    {
      description: 'a platform the image lacks',
      options,
      code: 'FROM --platform=linux/s390x python:3.12\n',
      findings: [{ message: 'Base image python:3.12 does not provide platform "linux/s390x" (it provides linux/amd64, linux/arm64)', line: 1, column: 17, endLine: 1, endColumn: 28 }],
    },
    {
      description: 'a platform from a global ARG',
      options,
      code: 'ARG P=linux/arm64\nFROM --platform=$P ghcr.io/acme/app:1\n',
      findings: [{ message: 'Base image ghcr.io/acme/app:1 does not provide platform "linux/arm64" (it provides linux/amd64)', line: 2, column: 17, endLine: 2, endColumn: 19 }],
    },
  ],
});
