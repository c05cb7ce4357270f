import { describe, expect, it } from 'vitest';
import rule from '../../rules/label-not-url';
import { lintWith, ruleTable } from '../rule-table';

const key = 'org.opencontainers.image.source';
const options = { labelSchema: { [key]: 'url', other: 'text' } };
const at = (value: string, line: number, column: number, length: number) => ({ message: `label "${key}" is not a valid URL: ${JSON.stringify(value)}`, line, column, endLine: line, endColumn: column + length });
const good = ['https://github.com/acme/app', 'http://example.com:8080/x?y=1', 'git+ssh://git@example.com/repo.git', 'mailto:team@example.com'];
const bad = ['github.com/acme/app', 'see README', 'https://exa mple.com', 'www.example.com'];

ruleTable(rule, {
  accept: [
    { description: 'no schema', code: `FROM alpine:3.20\nLABEL ${key}="${bad[0]}"\n` },
    { description: 'a label outside the schema', options, code: `FROM alpine:3.20\nLABEL com.example.x="${bad[0]}"\n` },
    { description: 'a label of another kind', options, code: `FROM alpine:3.20\nLABEL other="${bad[0]}"\n` },
    { description: 'an empty value (label-empty)', options, code: `FROM alpine:3.20\nLABEL ${key}=""\n` },
    { description: 'a value from an ARG without a default', options, code: `FROM alpine:3.20\nARG V\nLABEL ${key}=$V\n` },
    { description: 'a resolved ARG with a valid value', options, code: `ARG V="${good[0]}"\nFROM alpine:3.20\nARG V\nLABEL ${key}="${'${V}'}"\n` },
    ...good.map((value) => ({ description: `valid: ${value}`, options, code: `FROM alpine:3.20\nLABEL ${key}="${value}"\n` })),
  ],
  reject: [
    ...bad.map((value) => ({ description: `invalid: ${value}`, options, code: `FROM alpine:3.20\nLABEL ${key}="${value}"\n`, findings: [at(value, 2, key.length + 8, value.length + 2)] })),
    { description: 'a resolved ENV', options, code: `FROM alpine:3.20\nENV V="${bad[0]}"\nLABEL other=x ${key}=$V\n`, findings: [at(bad[0]!, 3, key.length + 16, 2)] },
    { description: 'a later stage too', options, code: `FROM alpine:3.20 AS build\nFROM build\nLABEL ${key}=${JSON.stringify(bad[0])}\n`, findings: [at(bad[0]!, 3, key.length + 8, JSON.stringify(bad[0]).length)] },
  ],
});

describe('label-not-url option', () => {
  it('is off by default', () => {
    expect(rule.enabledByDefault).toBe(false);
    expect(rule.options?.['labelSchema']?.validate?.({ a: 'colour' })).not.toBeNull();
    expect(lintWith(rule, 'FROM alpine:3.20\nLABEL a=b\n', options)).toEqual([]);
  });
});
