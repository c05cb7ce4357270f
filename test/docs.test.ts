// Generated files must match what `npm run docs` would write now; rule metadata must be complete.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index';
import { generatedDocs } from '../src/lint/rule-docs';
import { CATEGORIES, SEVERITIES, type Rule } from '../src/lint/rule';
import { parseDockerfile } from '../src/dockerfile/parse';
import { lintWith as lintRule } from './rule-table';
import { SHELLCHECK_RULE } from '../src/lint/shellcheck';
import { lintFiles } from '../src/lint/lint-files';
import { ConfigResolver, defaultConfig } from '../src/lint/config';
import { RuleRegistry, SHARED_ALIASES } from '../src/lint/registry';
import { registry } from '../src/lint/builtin';

function viaShellCheck(rule: Rule, code: string) {
  const registry = new RuleRegistry([rule]);
  const [result] = lintFiles({ files: ['-'], registry, configs: new ConfigResolver(registry, defaultConfig(registry)), stdin: { text: code, filename: 'Dockerfile' }, enable: [rule.id] });
  return result!.findings.map((f) => ({ rule: f.rule, message: f.message }));
}

const root = join(__dirname, '..');
const ruleFiles = readdirSync(join(root, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3)).sort();

describe('generated docs', () => {
  it('rules/index.ts and docs/rules/*.md are up to date (run `npm run docs`)', () => {
    const expected = generatedDocs(RULES, ruleFiles);
    for (const [path, content] of expected) {
      expect(readFileSync(join(root, path), 'utf8'), `${path} is stale: run npm run docs`).toBe(content);
    }
    const docs = readdirSync(join(root, 'docs/rules')).map((f) => `docs/rules/${f}`).sort();
    expect(docs).toEqual([...expected.keys()].filter((p) => p.startsWith('docs/')).sort());
  });
});

describe('rule metadata', () => {
  it('every rule file is registered under its own id', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(ruleFiles);
  });

  it('ids and aliases are unique across rules, but for the declared shared aliases', () => {
    const shared = new Set([...SHARED_ALIASES].map((n) => n.toLowerCase()));
    const names = RULES.flatMap((r) => [r.id, ...r.aliases].map((n) => n.toLowerCase())).filter((n) => !shared.has(n));
    expect(names.length).toBe(new Set(names).size);
    for (const rule of RULES) expect(new Set(rule.aliases).size, `${rule.id} repeats an alias`).toBe(rule.aliases.length);
  });

  it('a shared alias names several rules, spelled the same', () => {
    for (const alias of SHARED_ALIASES) {
      const spellings = RULES.flatMap((r) => r.aliases.filter((a) => a.toLowerCase() === alias.toLowerCase()));
      expect(spellings.length, alias).toBeGreaterThan(1);
      expect(new Set(spellings), alias).toEqual(new Set([alias]));
    }
    expect(registry.findAll('MultipleInstructionsDisallowed').map((r) => r.id).sort()).toEqual(['multiple-cmd', 'multiple-entrypoint', 'multiple-healthcheck']);
  });

  for (const rule of RULES) {
    it(`${rule.id} is complete`, () => {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(SEVERITIES).toContain(rule.severity);
      expect(CATEGORIES).toContain(rule.category);
      for (const key of ['summary', 'details', 'why', 'bad', 'good'] as const) expect(rule.docs[key].trim().length, key).toBeGreaterThan(10);
      expect(rule.docs.summary).not.toContain('\n');
      // The examples are Dockerfiles Docker would accept.
      for (const example of [rule.docs.bad, rule.docs.good]) {
        if (rule.id === 'parse-error') continue;
        expect(parseDockerfile(example, 'example').syntaxProblems, `${rule.id} example`).toEqual([]);
      }
    });

    it(`${rule.id} flags its bad example and not its good one`, () => {
      const options = { ...rule.docs.exampleOptions };
      // ShellCheck's findings come from one batched run of the program, not from the rule's check.
      const lintWith = rule.id === SHELLCHECK_RULE ? viaShellCheck : lintRule;
      const bad = lintWith(rule, rule.docs.bad, options);
      expect(bad.filter((f) => f.rule === rule.id).length, `${rule.id} docs.bad`).toBeGreaterThan(0);
      expect(lintWith(rule, rule.docs.good, options), `${rule.id} docs.good`).toEqual([]);
    });
  }
});
