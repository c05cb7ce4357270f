import { registry } from '../../src/lint/builtin';
import { validateConfig } from '../../src/lint/config';
import { describe, expect, it, vi } from 'vitest';
import rule from '../../rules/eol-base-image';
import { END_OF_LIFE } from '../../src/data/end-of-life';
import { lintWith, ruleTable } from '../rule-table';

const options = { date: '2025-06-15' };
const fixes = 'it no longer gets security fixes';
/** A finding on the image of `FROM <image>` at `line`. */
const image = (line: number, reference: string, text: string, column = 6) => ({
  message: `${text}; ${fixes}`,
  line,
  column,
  endLine: line,
  endColumn: column + reference.length,
});
const from = (reference: string, text: string) => ({
  description: reference,
  code: `FROM ${reference}\nRUN true\n`,
  options,
  findings: [image(1, reference, text)],
});

ruleTable(rule, {
  accept: [
    { description: 'supported releases', options, code: 'FROM python:3.12-slim\nFROM node:22-alpine\nFROM alpine:3.21\nFROM debian:bookworm-slim\nFROM ubuntu:22.04\nFROM ubuntu:jammy-20240101\nFROM golang:1.24\nFROM php:8.2-apache\nFROM ruby:3.3\nFROM centos:stream9\n' },
    { description: 'python:3.10 is not python:3.1', options, code: 'FROM python:3.10-slim\nFROM python:3.10.4\n' },
    { description: 'a release not in the table is not taken for its major alias', options, code: 'FROM php:5.2\nFROM python:2.5\n' },
    { description: 'before the end-of-life day', options: { date: '2025-10-30' }, code: 'FROM python:3.9\n' },
    { description: 'user repositories and other registries', options, code: 'FROM myorg/python:2.7\nFROM ghcr.io/acme/ubuntu:14.04\nFROM quay.io/python:2.7\nFROM mirror.gcr.io/library/python:2.7\nFROM localhost:5000/node:8\n' },
    { description: 'no tag, latest, floating tags, a digest without a tag', options, code: 'FROM python\nFROM python:latest\nFROM node:lts-alpine\nFROM debian:stable-slim\nFROM python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM centos@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n' },
    { description: 'an earlier stage, scratch, an unresolved variable', options, code: 'FROM python:3.12 AS base\nFROM base\nFROM scratch\nARG IMAGE\nFROM $IMAGE\nFROM python:${PY}\n' },
    { description: 'a supported runtime on a supported base', options, code: 'FROM python:3.12-slim-bookworm\nFROM node:20-alpine3.21\nFROM php:8.3-fpm-alpine\n' },
    { description: 'Windows images of a supported runtime', options, code: '# escape=`\nFROM python:3.12-windowsservercore-ltsc2022\n' },
  ],
  reject: [
    from('python:3.7-slim', 'python:3.7 reached end of life on 2023-06-27'),
    from('python:2.7.18-alpine', 'python:2.7 reached end of life on 2020-01-01'),
    from('python:2', 'python:2 reached end of life on 2020-01-01'),
    from('python:3.1', 'python:3.1 reached end of life on 2012-04-09'),
    from('ubuntu:trusty-20191217', 'ubuntu:trusty reached end of life on 2019-04-30'),
    from('node:14-alpine', 'node:14 reached end of life on 2023-04-30'),
    from('node:fermium', 'node:fermium reached end of life on 2023-04-30'),
    from('debian:jessie-slim', 'debian:jessie reached end of life on 2020-06-30'),
    from('debian:10.13', 'debian:10 reached end of life on 2024-06-30'),
    from('centos:7.9.2009', 'centos:7 reached end of life on 2024-06-30'),
    from('centos:centos7', 'centos:centos7 reached end of life on 2024-06-30'),
    from('alpine:3.12.1', 'alpine:3.12 reached end of life on 2022-05-01'),
    from('golang:1.13-alpine', 'golang:1.13 reached end of life on 2020-08-11'),
    from('php:7.4-apache', 'php:7.4 reached end of life on 2022-11-28'),
    from('ruby:2.7', 'ruby:2.7 reached end of life on 2023-03-31'),
    from('centos:latest', 'centos:latest reached end of life on 2021-12-31'),
    from('centos', 'centos:latest reached end of life on 2021-12-31'),
    {
      description: 'alpine:3.21',
      code: 'FROM alpine:3.21\n',
      options: { date: '2026-11-02' },
      findings: [image(1, 'alpine:3.21', 'alpine:3.21 reached end of life on 2026-11-01')],
    },
    from('docker.io/library/ubuntu:12.04', 'ubuntu:12.04 reached end of life on 2017-04-28'),
    from('library/python:3.6', 'python:3.6 reached end of life on 2021-12-23'),
    from('python:3.7-buster', 'python:3.7 reached end of life on 2023-06-27, and its base debian:buster on 2024-06-30'),
    from('php:7.4-fpm-alpine3.12', 'php:7.4 reached end of life on 2022-11-28, and its base alpine:3.12 on 2022-05-01'),
    from('python:3.11-slim-buster', 'debian:buster (the base of python:3.11-slim-buster) reached end of life on 2024-06-30'),
    from('node:lts-stretch', 'debian:stretch (the base of node:lts-stretch) reached end of life on 2022-06-30'),
    {
      description: 'on the end-of-life day',
      code: 'FROM python:3.9\n',
      options: { date: '2025-10-31' },
      findings: [image(1, 'python:3.9', 'python:3.9 reached end of life on 2025-10-31')],
    },
    {
      description: 'an ARG default',
      code: 'ARG PY=2.7\nFROM python:${PY}-slim AS app\n',
      options,
      findings: [image(2, 'python:${PY}-slim', 'python:2.7 reached end of life on 2020-01-01')],
    },
    {
      description: 'a builder stage and the final stage, with flags',
      code: 'FROM --platform=$BUILDPLATFORM golang:1.13 AS build\nRUN go build\nFROM alpine:3.8\nCOPY --from=build /app /app\n',
      options,
      findings: [
        image(1, 'golang:1.13', 'golang:1.13 reached end of life on 2020-08-11', 32),
        image(3, 'alpine:3.8', 'alpine:3.8 reached end of life on 2020-05-01'),
      ],
    },
    {
      description: 'the talks: ubuntu:12.04 and ubuntu:trusty',
      code: 'FROM ubuntu:12.04\nRUN ./install.sh\nVOLUME ["/schema", "/data"]\n',
      options,
      findings: [image(1, 'ubuntu:12.04', 'ubuntu:12.04 reached end of life on 2017-04-28')],
    },
  ],
});

describe('eol-base-image', () => {
  it('compares with today when no date is set', () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-01T12:00:00Z'));
    try {
      expect(lintWith(rule, 'FROM python:3.10\n').map((f) => f.message)).toEqual([`python:3.10 reached end of life on 2026-10-31; ${fixes}`]);
      expect(lintWith(rule, 'FROM python:3.10\n', { date: '2026-10-30' })).toEqual([]);
    } finally {
      vi.restoreAllMocks();
    }
  });
  it('refuses a configured date that is not a day', () => {
    expect(() => validateConfig({ rules: { 'eol-base-image': { options: { date: 'tomorrow' } } } }, '/repo/.whale.yaml', registry))
      .toThrow('/repo/.whale.yaml: rules.eol-base-image.options.date: expected a day written YYYY-MM-DD, or "" for today');
  });
  it('has well-formed data', () => {
    for (const table of END_OF_LIFE) {
      for (const release of table.releases) {
        expect(release.eol).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(release.eol))).toBe(false);
        expect(release.source).toMatch(/^https:\/\//);
      }
      const versions = table.releases.flatMap((r) => [...r.versions, ...(r.aliases ?? [])]);
      expect(new Set(versions).size).toBe(versions.length);
    }
  });
});
