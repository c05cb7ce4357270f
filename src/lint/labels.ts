// Labels and the label schema (`labelSchema` option: label name -> kind) shared by the label rules.
import type { Dockerfile, Instruction, KeyValue } from '../dockerfile/model';
import type { OptionSpec, OptionValue } from './rule';
import { resolveWord } from './queries';

export const LABEL_KINDS = ['text', 'url', 'rfc3339', 'spdx', 'hash', 'semver', 'email'] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];

export const LABEL_SCHEMA_OPTION: OptionSpec = {
  type: 'map',
  default: {},
  description: `Label name -> kind of value: ${LABEL_KINDS.join(', ')} (hadolint's \`label-schema\`).`,
  validate: (value) => {
    if (typeof value !== 'object' || Array.isArray(value)) return null;
    const wrong = Object.values(value).filter((kind) => !(LABEL_KINDS as readonly string[]).includes(kind));
    return wrong.length ? `label kinds are ${LABEL_KINDS.join(', ')}` : null;
  },
};

export function labelSchema(options: Readonly<Record<string, OptionValue>>): Readonly<Record<string, string>> {
  const value = options['labelSchema'];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : {};
}

export interface Label {
  inst: Instruction;
  pair: KeyValue;
  /** The key, quotes removed and variables resolved (null when a variable has no value). */
  key: string | null;
  /** The value, variables resolved; null when a variable has no value. */
  value: string | null;
}

/** The LABEL pairs of the file in order; with `triggers`, those of ONBUILD LABEL too. */
export function labelsOf(file: Dockerfile, triggers = false): Label[] {
  const labels: Label[] = [];
  for (const top of file.instructions) {
    const inst = triggers ? top.trigger ?? top : top;
    if (inst.keyword !== 'LABEL') continue;
    const later = inst.onbuild !== null;
    for (const pair of inst.pairs) {
      // An ONBUILD trigger runs in a later build, whose variables are unknown here.
      const key = later ? (pair.key.includes('$') ? null : pair.key) : resolveWord(inst, pair.key, file.escapeChar);
      const value = pair.rawValue === null ? '' : later ? pair.value : resolveWord(inst, pair.rawValue, file.escapeChar);
      labels.push({ inst, pair, key, value });
    }
  }
  return labels;
}

/**
 * Labels whose schema kind is `kind`, with a value that is known and not empty (an empty one is the
 * `label-empty` rule's), and that `valid` rejects.
 */
export function invalidSchemaLabels(file: Dockerfile, options: Readonly<Record<string, OptionValue>>, kind: LabelKind, valid: (value: string) => boolean): Label[] {
  const schema = labelSchema(options);
  return labelsOf(file).filter((label) => label.key !== null && schema[label.key] === kind && label.value !== null && label.value.trim() !== '' && !valid(label.value.trim()));
}
