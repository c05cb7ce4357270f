import { describe, expect, it } from 'vitest';
import rule from '../../rules/apk-add-without-no-cache';
import { defaultConfig } from '../../src/lint/config';
import { applyEdits } from '../../src/lint/fix';
import { lintText } from '../../src/lint/lint-files';
import { RuleRegistry } from '../../src/lint/registry';
import { ruleTable } from '../rule-table';

const CACHE = '`apk add` without `--no-cache` leaves the package index in this layer; add `--no-cache`';

ruleTable(rule, {
  accept: [
    { description: '--no-cache (hadolint example)', code: 'FROM alpine:3.20\nRUN apk add --no-cache foo=1.0\n' },
    { description: '--no-cache before add', code: 'FROM alpine:3.20\nRUN apk --no-cache add curl\n' },
    { description: 'cache mount on /var/cache/apk', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n' },
    { description: 'cache mount on /var/cache', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache apk update && apk add curl\n' },
    { description: '--no-network fetches nothing', code: 'FROM alpine:3.20\nRUN apk add --no-network --virtual .rundeps $runDeps\n' },
    { description: '--simulate', code: 'FROM alpine:3.20\nRUN apk add -s curl\n' },
    { description: 'not an add', code: 'FROM alpine:3.20\nRUN apk del curl && apk info\n' },
    { description: 'exec form is not read', code: 'FROM alpine:3.20\nRUN ["apk", "add", "curl"]\n' },
  ],
  reject: [
    {
      description: 'hadolint example: cache removed in the same RUN',
      code: 'FROM alpine:3.20\nRUN apk update && apk add foo=1.0 && rm -rf /var/cache/apk/*\n',
      findings: [{ message: CACHE, line: 2, column: 19, endLine: 2, endColumn: 26 }],
    },
    {
      description: 'other files removed',
      code: 'FROM alpine:3.20\nRUN apk update && apk add foo=1.0 && rm -rf /tmp/*\n',
      findings: [{ message: CACHE, line: 2, column: 19, endLine: 2, endColumn: 26 }],
    },
    {
      description: 'a cache mount elsewhere',
      code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache apk add curl\n',
      findings: [{ message: CACHE, line: 2, column: 44, endLine: 2, endColumn: 51 }],
    },
    {
      description: 'cache removed before the add',
      code: 'FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add curl\n',
      findings: [{ message: CACHE, line: 2, column: 32, endLine: 2, endColumn: 39 }],
    },
    {
      description: 'the --virtual value is no --no-cache',
      code: 'FROM alpine:3.20\nRUN apk add --virtual .deps gcc\n',
      findings: [{ message: CACHE, line: 2, column: 5, endLine: 2, endColumn: 12 }],
    },
    {
      description: 'heredoc',
      code: 'FROM alpine:3.20\nRUN <<EOF\napk add curl\nEOF\n',
      findings: [{ message: CACHE, line: 3, column: 1, endLine: 3, endColumn: 8 }],
    },
  ],
});

describe('apk-add-without-no-cache fix', () => {
  it('inserts --no-cache after add', () => {
    const code = 'FROM alpine:3.20\nRUN apk add curl\n';
    const registry = new RuleRegistry([rule]);
    const findings = lintText(code, 'Dockerfile', registry, defaultConfig(registry));
    expect(findings).toHaveLength(1);
    expect(applyEdits(code, findings[0]!.fix!)).toBe('FROM alpine:3.20\nRUN apk add --no-cache curl\n');
  });
});
