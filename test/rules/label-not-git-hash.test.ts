import { describe, expect, it } from 'vitest';
import rule from '../../rules/label-not-git-hash';
import { lintWith, ruleTable } from '../rule-table';

const key = 'org.opencontainers.image.revision';
const options = { labelSchema: { [key]: 'hash', other: 'text' } };
const at = (value: string, line: number, column: number, length: number) => ({ message: `label "${key}" is not a git commit hash: ${JSON.stringify(value)}`, line, column, endLine: line, endColumn: column + length });
const good = ['9f1c2e7', '9f1c2e7d4b8a6f3e2d1c0b9a8f7e6d5c4b3a2f1e', '9F1C2E7D4B', '9f1c2e7d4b8a6f3e2d1c0b9a8f7e6d5c4b3a2f1e9f1c2e7d4b8a6f3e2d1c0b9a'];
const bad = ['main', 'v1.2.3', '9f1c2e', 'g9f1c2e7', '9f1c2e7d4b8a6f3e2d1c0b9a8f7e6d5c4b3a2f1e0'];

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

describe('label-not-git-hash option', () => {
  it('is off by default', () => {
    expect(rule.enabledByDefault).toBe(false);
    expect(rule.options?.['labelSchema']?.validate?.({ a: 'colour' })).not.toBeNull();
    expect(lintWith(rule, 'FROM alpine:3.20\nLABEL a=b\n', options)).toEqual([]);
  });
});
