// `whale rules [id]`: list the rules, or print one rule's documentation.
import type { Command } from 'commander';
import { Option } from 'commander';
import { lazy } from '../lazy';
import { registry } from '../lint/builtin';
import { ruleMarkdown } from '../lint/rule-docs';
import { UsageError } from '../errors';

const Table = lazy<typeof import('cli-table3')>('cli-table3');

export function registerRules(program: Command, setExit: (code: number) => void): void {
  program
    .command('rules')
    .description('list the rules, or show the documentation of one rule (by id or alias; an alias shared by several rules shows them all)')
    .argument('[id]', 'a rule id or alias, e.g. apt-lists-not-cleaned or DL3009')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((id: string | undefined, options: { format: 'table' | 'json' }) => {
      if (id !== undefined) {
        // A shared alias (MultipleInstructionsDisallowed) names several rules: all of them, a JSON list.
        const rules = registry.findAll(id);
        if (rules.length === 0) throw new UsageError(`${id}: unknown rule; \`whale rules\` lists them`);
        if (options.format === 'json') {
          process.stdout.write(JSON.stringify(rules.length === 1 ? summary(rules[0]!) : rules.map(summary), null, 2) + '\n');
        } else {
          process.stdout.write(rules.map((rule) => ruleMarkdown(rule)).join('\n'));
        }
      } else if (options.format === 'json') {
        process.stdout.write(JSON.stringify(registry.rules.map(summary), null, 2) + '\n');
      } else {
        const table = new (Table())({ head: ['rule', 'aliases', 'severity', 'category', 'summary'], style: { head: [], border: [] }, wordWrap: true, colWidths: [30, 22, 10, 16, 60] });
        for (const rule of registry.rules) table.push([rule.id, rule.aliases.join(', '), rule.severity, rule.category, rule.docs.summary]);
        process.stdout.write(table.toString() + '\n');
      }
      setExit(0);
    });
}

function summary(rule: (typeof registry.rules)[number]) {
  return { id: rule.id, aliases: rule.aliases, severity: rule.severity, category: rule.category, summary: rule.docs.summary, fixable: rule.fixable === true };
}
