// Rules looked up by id or by any alias (hadolint's `DL3009`, BuildKit's `MaintainerDeprecated`).
//
// Ids are unique, and no id is another rule's alias. An alias names one rule, except the aliases declared in
// SHARED_ALIASES: one check of another tool that whale splits into several rules (BuildKit's
// MultipleInstructionsDisallowed covers CMD, ENTRYPOINT and HEALTHCHECK, hadolint has one code for each, and so
// does whale). Such a name acts on all its rules: in a configuration, an ignore comment, a check directive.
import type { Rule } from './rule';

/** Aliases that name several rules, each one check of another tool that whale splits. */
export const SHARED_ALIASES: ReadonlySet<string> = new Set(['MultipleInstructionsDisallowed']);

export class RuleRegistry {
  private readonly byName = new Map<string, Rule[]>();

  /** Throws when two rules have the same id, an id is another rule's alias, or an alias not in `shared`
   * names several rules. */
  constructor(readonly rules: readonly Rule[], shared: ReadonlySet<string> = SHARED_ALIASES) {
    const ids = new Map<string, Rule>();
    for (const rule of rules) {
      const id = rule.id.toLowerCase();
      if (ids.has(id)) throw new Error(`two rules have the id ${rule.id}`);
      ids.set(id, rule);
    }
    const sharedNames = new Set([...shared].map((name) => name.toLowerCase()));
    for (const rule of rules) {
      for (const alias of new Set(rule.aliases.map((a) => a.toLowerCase()))) {
        const owner = ids.get(alias);
        if (owner) throw new Error(`the alias ${alias} of ${rule.id} is the id of ${owner === rule ? 'the rule itself' : `the rule ${owner.id}`}`);
        const named = this.byName.get(alias);
        if (named && !sharedNames.has(alias)) {
          throw new Error(`${named[0]!.id} and ${rule.id} have the alias ${alias}, which is not declared as shared`);
        }
        this.byName.set(alias, [...(named ?? []), rule]);
      }
    }
    for (const [id, rule] of ids) this.byName.set(id, [rule]);
  }

  /** The rules named `name` (id or alias, any case): one, several for a shared alias, or none. */
  findAll(name: string): Rule[] {
    return [...(this.byName.get(name.trim().toLowerCase()) ?? [])];
  }

  /** The rule named `name` (id or alias, any case), or undefined. Throws for a shared alias, which names
   * several rules: code that may be given one (a user's configuration or comment) uses findAll. */
  find(name: string): Rule | undefined {
    const rules = this.byName.get(name.trim().toLowerCase());
    if (rules && rules.length > 1) throw new Error(`${name} names several rules (${rules.map((r) => r.id).join(', ')}); use findAll`);
    return rules?.[0];
  }
}
