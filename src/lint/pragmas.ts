// Inline ignore comments:
//   # whale-ignore rule-id[,rule-id] [-- reason]   the next instruction
//   # whale-ignore-file rule-id[,rule-id]          the whole file
// A rule may be named by its id or any alias, so comments written for other tools' codes keep working.
import type { Dockerfile, Range } from '../dockerfile/model';
import { comparePositions } from '../dockerfile/text';
import type { RuleRegistry } from './registry';

export interface Suppressions {
  /** True when the rule's finding at `range` is ignored by a comment. */
  suppresses(ruleId: string, range: Range): boolean;
}

interface Scoped {
  rules: Set<string>;
  /** Lines the ignore covers (inclusive); null for the whole file. */
  lines: [number, number] | null;
}

const PRAGMA = /^(whale-ignore-file|whale-ignore)\s+([^\s].*?)\s*(?:--\s*(.*))?$/;

export function collectSuppressions(file: Dockerfile, registry: RuleRegistry): Suppressions {
  const scoped: Scoped[] = [];
  for (const comment of file.comments) {
    const match = PRAGMA.exec(comment.text);
    if (!match) continue;
    const rules = new Set<string>();
    for (const name of match[2]!.split(/[\s,]+/)) {
      if (!name) continue;
      // Unknown names are kept as written: an ignore for a rule added later must not break.
      rules.add(registry.find(name)?.id ?? name.toLowerCase());
    }
    if (match[1] === 'whale-ignore-file') {
      scoped.push({ rules, lines: null });
      continue;
    }
    const next = file.instructions.find((inst) => comparePositions(inst.range.start, comment.range.end) >= 0);
    if (next) scoped.push({ rules, lines: [next.range.start.line, next.range.end.line] });
  }
  return {
    suppresses(ruleId, range) {
      return scoped.some((s) => (s.rules.has(ruleId) || s.rules.has('all')) && (s.lines === null || (range.start.line >= s.lines[0] && range.start.line <= s.lines[1])));
    },
  };
}
