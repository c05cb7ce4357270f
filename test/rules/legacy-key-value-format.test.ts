import { describe, expect, it } from 'vitest';
import rule from '../../rules/legacy-key-value-format';
import { defaultConfig } from '../../src/lint/config';
import { applyEdits } from '../../src/lint/fix';
import { lintText } from '../../src/lint/lint-files';
import { RuleRegistry } from '../../src/lint/registry';
import { ruleTable } from '../rule-table';

const msg = (kw: string) => `"${kw} key=value" should be used instead of legacy "${kw} key value" format`;
const at = (kw: string, line: number, column: number, endColumn: number) => ({ message: msg(kw), line, column, endLine: line, endColumn });

ruleTable(rule, {
  accept: [
    { description: 'key=value', code: 'FROM alpine\nENV DEPS="curl git make"\nLABEL a=b "c d"=e\n' },
    { description: 'ARG without a default', code: 'FROM alpine\nARG A B\n' },
    { description: 'an ONBUILD trigger (BuildKit keeps it as text)', code: 'FROM alpine\nONBUILD ENV A 1\n' },
    { description: 'ENV with several pairs', code: 'FROM alpine\nENV A=1 B=2\n' },
  ],
  reject: [
    { description: "BuildKit's example", code: 'FROM alpine\nARG foo bar\nENV DEPS curl git make\n', findings: [at('ENV', 3, 5, 23)] },
    { description: 'LABEL', code: 'FROM alpine\nLABEL maintainer "Jane <j@example.com>"\n', findings: [at('LABEL', 2, 7, 40)] },
    { description: 'lower-case keyword', code: 'from alpine\nenv A 1\n', findings: [at('ENV', 2, 5, 8)] },
  ],
});

function fixed(code: string): string {
  const registry = new RuleRegistry([rule]);
  const findings = lintText(code, 'Dockerfile', registry, defaultConfig(registry));
  return applyEdits(code, findings.flatMap((f) => f.fix ?? []));
}

describe('legacy-key-value-format fix', () => {
  it('writes key=value, quoting values with spaces', () => {
    expect(fixed('FROM alpine\nENV A 1\nENV DEPS curl git\nENV P $PATH:/x\n')).toBe('FROM alpine\nENV A=1\nENV DEPS="curl git"\nENV P=$PATH:/x\n');
  });
  it('leaves quoted values alone', () => {
    expect(fixed('FROM alpine\nLABEL m "a b"\n')).toBe('FROM alpine\nLABEL m "a b"\n');
  });
});
