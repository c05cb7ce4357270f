// Parity tables: cases of hadolint's and BuildKit's documented behaviour (their docs' examples and their own
// test suites), and whether whale agrees. A case says whether the tool reports `code` on `dockerfile`; whale
// agrees when a finding of the rule with that alias appears exactly then. Deliberate deviations are kept in the
// table with the tool's behaviour and the reason, and the test asserts that whale differs there.
import { afterAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index';
import { defaultConfig } from '../../src/lint/config';
import { lintText } from '../../src/lint/lint-files';
import { RuleRegistry } from '../../src/lint/registry';
import type { OptionValue } from '../../src/lint/rule';

export interface ParityCase {
  /** The tool's code (hadolint `DL3008`, BuildKit `JSONArgsRecommended`). */
  code: string;
  dockerfile: string;
  /** Does the tool report `code` on this Dockerfile? */
  expected: boolean;
  /**
   * wiki/docs: the tool's documentation; spec/test: the tool's own test suite; impl: a realistic case whose result
   * is read off the tool's implementation (hadolint's rule code, BuildKit's linter and dispatcher).
   */
  source: 'wiki' | 'spec' | 'docs' | 'test' | 'impl';
  description?: string;
  /** Rule options (by rule id), for rules that need configuration (trusted registries, label schema). */
  options?: Record<string, Record<string, OptionValue>>;
  /** Set when whale deliberately differs from the tool here: why. */
  deviation?: string;
}

const registry = new RuleRegistry(RULES);

/** The aliases of every finding whale reports on `dockerfile`, with every rule turned on. */
export function aliasesReported(dockerfile: string, options: ParityCase['options'] = {}): Set<string> {
  const config = defaultConfig(registry);
  for (const [id, setting] of config.rules) {
    setting.enabled = true;
    Object.assign(setting.options, options[id] ?? {});
  }
  const findings = lintText(dockerfile, 'Dockerfile', registry, config);
  return new Set(findings.flatMap((f) => f.aliases));
}

export function parityTable(tool: string, cases: readonly ParityCase[]): void {
  const known = new Set(RULES.flatMap((r) => r.aliases));
  let agreed = 0;
  let run = 0;
  const perCode = new Map<string, { agreed: number; total: number }>();
  describe(`${tool} parity`, () => {
    for (const [i, c] of cases.entries()) {
      const name = `${c.code} #${i + 1} (${c.source}) ${c.expected ? 'reports' : 'quiet'}${c.description ? `: ${c.description}` : ''}${c.deviation ? ' [deviation]' : ''}`;
      it(name, () => {
        expect(known.has(c.code), `${c.code} is an alias of a whale rule`).toBe(true);
        const reported = aliasesReported(c.dockerfile, c.options).has(c.code);
        run++;
        const entry = perCode.get(c.code) ?? { agreed: 0, total: 0 };
        entry.total++;
        if (reported === c.expected) {
          agreed++;
          entry.agreed++;
        }
        perCode.set(c.code, entry);
        if (c.deviation) expect(reported, `deviation: ${c.deviation}`).toBe(!c.expected);
        else expect(reported, c.dockerfile).toBe(c.expected);
      });
    }
    afterAll(() => {
      if (run !== cases.length) return;
      const partial = [...perCode].filter(([, v]) => v.agreed < v.total).map(([code, v]) => `${code} ${v.agreed}/${v.total}`);
      const share = ((100 * agreed) / cases.length).toFixed(1);
      console.log(`${tool} agreement: ${agreed}/${cases.length} (${share}%)${partial.length ? `; deviations in ${partial.join(', ')}` : ''}`);
    });
  });
  it(`${tool} parity table: deviations are few (at least 97% agreement)`, () => {
    const deviations = cases.filter((c) => c.deviation).length;
    expect((cases.length - deviations) / cases.length).toBeGreaterThanOrEqual(0.97);
  });
}
