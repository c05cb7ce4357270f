// The shape of a rule: one object per file in rules/, holding its identity, its documentation and its check.
import type { Dockerfile, Range } from '../dockerfile/model';

export const SEVERITIES = ['error', 'warning', 'info', 'style'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = ['correctness', 'security', 'size', 'cache', 'maintainability', 'style'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Lower rank = more severe. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export interface RuleDocs {
  /** One line: what the rule flags. */
  summary: string;
  /** What it flags, in detail (Markdown). */
  details: string;
  /** Why it matters: the lesson behind it (Markdown). */
  why: string;
  /** A Dockerfile the rule flags. */
  bad: string;
  /** The same Dockerfile, written well. */
  good: string;
  /** When the rule does not apply, sources, related rules (Markdown, optional). */
  notes?: string;
  /** Options the bad and good examples are linted with (rules that need configuration). */
  exampleOptions?: Readonly<Record<string, OptionValue>>;
}

export type OptionType = 'string' | 'number' | 'boolean' | 'string[]' | 'map';
/** `map` is a mapping of strings to strings (e.g. a label schema: label name -> kind). */
export type OptionValue = string | number | boolean | string[] | Readonly<Record<string, string>>;

export interface OptionSpec {
  type: OptionType;
  default: OptionValue;
  description: string;
  /** Checks a configured value beyond its type: returns what is allowed when the value is wrong, else null. */
  validate?: (value: OptionValue) => string | null;
}

/** A text edit: replace `range` with `text`. */
export interface TextEdit {
  range: Range;
  text: string;
}

export interface Report {
  message: string;
  range: Range;
  /** Safe, mechanical edits that fix the finding (the rule must be `fixable`). */
  fix?: TextEdit[];
}

export interface RuleContext {
  file: Dockerfile;
  /** The rule's options, defaults merged with the configuration. */
  options: Readonly<Record<string, OptionValue>>;
  report(report: Report): void;
}

export interface Rule {
  id: string;
  /** The same check's names in other tools (hadolint `DL3009`, BuildKit `MaintainerDeprecated`). */
  aliases: readonly string[];
  severity: Severity;
  category: Category;
  docs: RuleDocs;
  fixable?: boolean;
  /** False for rules that are off until a configuration turns them on (they need settings, or are noisy). */
  enabledByDefault?: boolean;
  options?: Readonly<Record<string, OptionSpec>>;
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** What the image built from the Dockerfile shows about a finding (`whale lint --image`). */
export interface Evidence {
  /** The layer measured (0-based, oldest first), or null when the evidence is not about one layer. */
  layer: number | null;
  /** The bytes measured, or null when the evidence is not a size. */
  bytes: number | null;
  /** The paths in the image it is about (absolute; a directory ends in `/`). */
  paths?: string[];
  message: string;
  /** True when the image shows that the finding does not hold there. */
  contradicted?: boolean;
}

export interface Finding {
  rule: string;
  aliases: readonly string[];
  severity: Severity;
  message: string;
  range: Range;
  fix?: TextEdit[];
  evidence?: Evidence;
}
