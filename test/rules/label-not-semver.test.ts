import { describe, expect, it } from 'vitest';
import rule from '../../rules/label-not-semver';
import { lintWith, ruleTable } from '../rule-table';

const key = 'org.opencontainers.image.version';
const options = { labelSchema: { [key]: 'semver', other: 'text' } };
const at = (value: string, line: number, column: number, length: number) => ({ message: `label "${key}" is not a semantic version: ${JSON.stringify(value)}`, line, column, endLine: line, endColumn: column + length });
const good = ['1.4.2', '0.0.1', '2.0.0-rc.1', '1.0.0+build.5', '1.0.0-alpha.beta+exp.sha.5114f85'];
const bad = ['v1.4.2', '1.4', 'latest', '01.2.3', '1.2.3-', '1.2.3.4'];

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

describe('label-not-semver option', () => {
  it('is off by default', () => {
    expect(rule.enabledByDefault).toBe(false);
    expect(rule.options?.['labelSchema']?.validate?.({ a: 'colour' })).not.toBeNull();
    expect(lintWith(rule, 'FROM alpine:3.20\nLABEL a=b\n', options)).toEqual([]);
  });
});
