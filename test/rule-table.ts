// Declarative rule tests: code that must pass, and code that must be rejected with exact messages and ranges.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/lint/config';
import { INTERNAL_ERROR_RULE } from '../src/lint/engine';
import { lintText } from '../src/lint/lint-files';
import { RuleRegistry } from '../src/lint/registry';
import type { OptionValue, Rule } from '../src/lint/rule';

export interface Accept {
  code: string;
  description?: string;
  options?: Record<string, OptionValue>;
}

export interface Expected {
  message: string;
  /** 1-based; endColumn is exclusive, as in the JSON output. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Reject extends Accept {
  findings: Expected[];
}

export function lintWith(rule: Rule, code: string, options: Record<string, OptionValue> = {}) {
  const registry = new RuleRegistry([rule]);
  const config = defaultConfig(registry);
  const setting = config.rules.get(rule.id)!;
  // Rules that are off by default are tested as a configuration that turns them on.
  setting.enabled = true;
  Object.assign(setting.options, options);
  return lintText(code, 'Dockerfile', registry, config).map((f) => ({
    rule: f.rule,
    message: f.message,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
  }));
}

export function ruleTable(rule: Rule, table: { accept: Accept[]; reject: Reject[] }): void {
  describe(rule.id, () => {
    for (const [i, accept] of table.accept.entries()) {
      it(`accepts ${accept.description ?? `#${i + 1}`}`, () => {
        const findings = lintWith(rule, accept.code, accept.options);
        // A rule that throws reports nothing of its own: that must not pass for an accept.
        expect(findings.filter((f) => f.rule === INTERNAL_ERROR_RULE)).toEqual([]);
        expect(findings.filter((f) => f.rule === rule.id)).toEqual([]);
      });
    }
    for (const [i, reject] of table.reject.entries()) {
      it(`rejects ${reject.description ?? `#${i + 1}`}`, () => {
        const findings = lintWith(rule, reject.code, reject.options);
        expect(findings.filter((f) => f.rule === INTERNAL_ERROR_RULE)).toEqual([]);
        const found = findings.filter((f) => f.rule === rule.id).map(({ rule: _rule, ...rest }) => rest);
        expect(found).toEqual(reject.findings);
      });
    }
  });
}
