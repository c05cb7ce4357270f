import { describe, expect, it } from 'vitest';
import rule from '../../rules/expose-protocol-casing';
import { defaultConfig } from '../../src/lint/config';
import { applyEdits } from '../../src/lint/fix';
import { lintText } from '../../src/lint/lint-files';
import { RuleRegistry } from '../../src/lint/registry';
import { ruleTable } from '../rule-table';

const at = (fixed: string, line: number, column: number, length: number) => ({
  message: `Write the protocol in lower case: \`${fixed}\``, line, column, endLine: line, endColumn: column + length,
});

ruleTable(rule, {
  accept: [
    { description: 'lower case', code: 'FROM nginx:1.27\nEXPOSE 80/tcp 53/udp 80\n' },
    { description: 'unknown protocol (another rule)', code: 'FROM nginx:1.27\nEXPOSE 80/HTTP\n' },
    { description: 'unresolved', code: 'FROM nginx:1.27\nEXPOSE 80/$PROTO\n' },
  ],
  reject: [
    { description: 'BuildKit example', code: 'FROM nginx:1.27\nEXPOSE 80/TcP\n', findings: [at('80/tcp', 2, 8, 6)] },
    { description: 'each value', code: 'FROM nginx:1.27\nEXPOSE 80/TCP 53/UDP\n', findings: [at('80/tcp', 2, 8, 6), at('53/udp', 2, 15, 6)] },
    { description: 'from an ARG', code: 'FROM nginx:1.27\nARG P=8080/UDP\nEXPOSE $P\n', findings: [at('8080/udp', 3, 8, 2)] },
  ],
});

describe('expose-protocol-casing fix', () => {
  it('lower-cases literal values only', () => {
    const code = 'FROM nginx:1.27\nARG P=1/UDP\nEXPOSE 80/TCP $P\n';
    const registry = new RuleRegistry([rule]);
    const findings = lintText(code, 'Dockerfile', registry, defaultConfig(registry));
    expect(applyEdits(code, findings.flatMap((f) => f.fix ?? []))).toBe('FROM nginx:1.27\nARG P=1/UDP\nEXPOSE 80/tcp $P\n');
  });
});
