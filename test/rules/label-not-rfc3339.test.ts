import { describe, expect, it } from 'vitest';
import rule from '../../rules/label-not-rfc3339';
import { lintWith, ruleTable } from '../rule-table';

const key = 'org.opencontainers.image.created';
const options = { labelSchema: { [key]: 'rfc3339', other: 'text' } };
const at = (value: string, line: number, column: number, length: number) => ({ message: `label "${key}" is not an RFC 3339 date and time: ${JSON.stringify(value)}`, line, column, endLine: line, endColumn: column + length });
const good = ['2024-05-01T12:30:00Z', '2024-05-01T12:30:00.123+02:00', '2024-05-01 12:30:00z', '2024-02-29T23:59:60-05:30'];
const bad = ['2024-05-01', '2024-05-01 12:30', '2024-05-01T12:30:00', 'May 1st 2024', '1714566600', '2023-02-29T00:00:00Z', '2024-13-01T00:00:00Z'];

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

describe('label-not-rfc3339 option', () => {
  it('is off by default', () => {
    expect(rule.enabledByDefault).toBe(false);
    expect(rule.options?.['labelSchema']?.validate?.({ a: 'colour' })).not.toBeNull();
    expect(lintWith(rule, 'FROM alpine:3.20\nLABEL a=b\n', options)).toEqual([]);
  });
});
