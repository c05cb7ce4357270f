import { END_OF_LIFE, type EndOfLife, type EndOfLifeTable } from '../src/data/end-of-life';
import { dockerHubName } from '../src/dockerfile/image-ref';
import type { ImageRef } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';

interface Match {
  /** `python:2.7`: the repository and the release as the table names it. */
  name: string;
  release: EndOfLife;
}

function table(repository: string): EndOfLifeTable | undefined {
  return END_OF_LIFE.find((t) => t.repository === repository);
}

/** The release a tag (or one `-`-separated part of it) names; the longest matching version wins. */
function findRelease(entries: EndOfLifeTable, tag: string): Match | null {
  let best: { version: string; release: EndOfLife } | null = null;
  for (const release of entries.releases) {
    const candidates = [
      ...release.versions.filter((v) => tag === v || tag.startsWith(`${v}.`) || tag.startsWith(`${v}-`)),
      ...(release.aliases ?? []).filter((v) => tag === v || tag.startsWith(`${v}-`)),
    ];
    for (const version of candidates) if (!best || version.length > best.version.length) best = { version, release };
  }
  return best && { name: `${entries.repository}:${best.version}`, release: best.release };
}

/** The distribution a runtime tag is built on: `3.7-slim-buster` -> debian:buster, `14-alpine3.12` -> alpine:3.12. */
function findBase(tag: string): Match | null {
  for (const part of tag.split('-').slice(1)) {
    if (part.startsWith('alpine') && part.length > 'alpine'.length) {
      const match = findRelease(table('alpine')!, part.slice('alpine'.length));
      if (match) return match;
    }
    for (const repository of ['debian', 'ubuntu']) {
      const entries = table(repository)!;
      const release = entries.releases.find((r) => r.versions.some((v) => v === part && /^[a-z]+$/.test(v)));
      if (release) return { name: `${repository}:${part}`, release };
    }
  }
  return null;
}

function today(): string {
  return new Date(Date.now()).toISOString().slice(0, 10);
}

function officialTable(image: ImageRef): EndOfLifeTable | undefined {
  const name = dockerHubName(image);
  return name === null ? undefined : table(name);
}

export default defineRule({
  id: 'eol-base-image',
  aliases: [],
  severity: 'warning',
  category: 'security',
  docs: {
    summary: 'FROM a distribution or runtime release past its end of life',
    details: `Flags a \`FROM\` whose image is an official Docker Hub image of a release that no longer gets
security fixes: \`ubuntu:trusty\`, \`debian:jessie-slim\`, \`centos:7\`, \`alpine:3.12\`, \`python:2.7\`,
\`node:14-alpine\`, \`golang:1.19\`, \`php:7.4-apache\`, \`ruby:2.7\`. A runtime tag that names its
distribution (\`python:3.11-buster\`, \`node:20-alpine3.18\`) is also checked for that distribution; when both
are past their end of life, one finding names both. ARG defaults in the image reference are resolved. Every
stage is checked, builder stages too: a compiler or runtime that gets no fixes still ends up in what it builds.

Option \`date\` (\`YYYY-MM-DD\`, default today) sets the day the dates are compared with, so that a CI run
is reproducible or a team can look ahead.`,
    why: `The Dockerfiles shown in "Python in Docker" and "Docker for Developers" start from \`ubuntu:12.04\` and
\`ubuntu:trusty\`: releases that stopped getting security updates years ago. Nothing breaks on the day a release reaches its end of life; the image just
collects known vulnerabilities that will never be fixed, and the upgrade gets harder with every month.`,
    bad: `FROM python:2.7-slim
RUN pip install flask`,
    good: `FROM python:3.13-slim
RUN pip install flask`,
    notes: `Only official images on Docker Hub (\`python\`, \`library/python\`, \`docker.io/library/python\`) are
checked; mirrors, other registries and user repositories (\`myorg/python:2.7\`) are not, since their tags
may mean anything. Not checked: an earlier stage, \`scratch\`, an image whose variables have no value, a tag
that names no release (\`latest\`, \`lts\`, \`slim\`), a digest without a tag. \`centos\` and \`centos:latest\` are
reported: the repository's last release, CentOS Linux 8, reached its end of life in 2021.

The dates live in \`src/data/end-of-life.ts\`, taken from endoflife.date and the vendors' release pages
(Ubuntu's end of standard support, Debian's end of LTS, CentOS, Alpine, Python, Node.js, Go, PHP, Ruby).`,
  },
  options: {
    date: {
      type: 'string',
      default: '',
      description: 'Compare with this day (YYYY-MM-DD) instead of today',
      validate: (value) => (value === '' || isDay(String(value)) ? null : 'expected a day written YYYY-MM-DD, or "" for today'),
    },
  },
  check({ file, options, report }) {
    const option = String(options['date'] ?? '');
    const day = isDay(option) ? option : today();
    const past = (match: Match | null): match is Match => match !== null && match.release.eol <= day;

    for (const stage of file.stages) {
      const image = stage.image;
      if (!image || image.unresolved || (!image.tag && image.digest)) continue;
      const entries = officialTable(image);
      if (!entries) continue;
      // Without a tag Docker pulls `latest`; only a repository that stopped at an end-of-life release lists it.
      const tag = image.tag ?? 'latest';
      const own = findRelease(entries, tag);
      const base = entries.runtime ? findBase(tag) : null;
      const suffix = 'it no longer gets security fixes';
      let message: string | null = null;
      if (past(own) && past(base)) {
        message = `${own.name} reached end of life on ${own.release.eol}, and its base ${base.name} on ${base.release.eol}; ${suffix}`;
      } else if (past(own)) {
        message = `${own.name} reached end of life on ${own.release.eol}; ${suffix}`;
      } else if (past(base)) {
        message = `${base.name} (the base of ${entries.repository}:${tag}) reached end of life on ${base.release.eol}; ${suffix}`;
      }
      if (message) report({ message, range: image.range });
    }
  },
});

function isDay(value: string): boolean {
  return value === '' ? false : /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}
