// Rules looked up by id or by any alias (hadolint's `DL3009`, BuildKit's `MaintainerDeprecated`).
import type { Rule } from './rule';

export class RuleRegistry {
  private readonly byName = new Map<string, Rule>();

  constructor(readonly rules: readonly Rule[]) {
    for (const rule of rules) {
      this.byName.set(rule.id.toLowerCase(), rule);
      for (const alias of rule.aliases) this.byName.set(alias.toLowerCase(), rule);
    }
  }

  /** The rule named `name` (id or alias, any case), or undefined. */
  find(name: string): Rule | undefined {
    return this.byName.get(name.trim().toLowerCase());
  }
}
