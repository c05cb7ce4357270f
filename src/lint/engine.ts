// Runs the enabled rules over one Dockerfile model and returns its findings, ignores applied, in file order.
import type { Dockerfile } from '../dockerfile/model';
import { comparePositions } from '../dockerfile/text';
import type { ResolvedConfig } from './config';
import { collectPragmas } from './pragmas';
import type { RuleRegistry } from './registry';
import type { Finding } from './rule';

export const INTERNAL_ERROR_RULE = 'internal-error';

export function lintModel(file: Dockerfile, registry: RuleRegistry, config: ResolvedConfig): Finding[] {
  const pragmas = collectPragmas(file, registry, { inlineIgnores: !config.disableIgnorePragma, buildArgs: file.buildArgs });
  const findings: Finding[] = [];
  for (const rule of registry.rules) {
    const setting = config.rules.get(rule.id);
    if (!setting || !(setting.enabled || pragmas.enables(rule))) continue;
    try {
      rule.check({
        file,
        options: setting.options,
        report: ({ message, range, fix }) => {
          if (pragmas.suppresses(rule, range)) return;
          const severity = pragmas.severity(rule, range, setting.severity);
          findings.push({ rule: rule.id, aliases: rule.aliases, severity, message, range, ...(fix ? { fix } : {}) });
        },
      });
    } catch (error) {
      // One broken rule must not cost the user the other rules' findings; the finding says what broke.
      findings.push({
        rule: INTERNAL_ERROR_RULE,
        aliases: [],
        severity: 'error',
        message: `rule ${rule.id} failed: ${error instanceof Error ? error.message : String(error)}`,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      });
      if (process.env['WHALE_DEBUG']) throw error;
    }
  }
  return findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || a.rule.localeCompare(b.rule));
}
