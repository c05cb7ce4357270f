// CI gates with dive's names, units, defaults and comparisons, so a team's `.dive-ci` keeps its meaning:
//   lowestEfficiency          default 0.9, a ratio 0..1; fails when efficiency < threshold
//   highestWastedBytes        default disabled; bytes, SI (`20MB` = 20,000,000) or binary (`MiB` = 2^20);
//                             fails when wastedBytes > threshold
//   highestUserWastedPercent  default 0.1, a ratio 0..1; fails when wastedUserPercent > threshold
// `disabled`, `off`, `false` or an empty value turn a gate off.
import { UsageError } from '../errors';
import { readYamlFile } from '../yaml-file';
import type { ImageAnalysis } from './analysis';

export const GATE_NAMES = ['lowestEfficiency', 'highestWastedBytes', 'highestUserWastedPercent'] as const;
export type GateName = (typeof GATE_NAMES)[number];

/** Thresholds; null turns a gate off. */
export type CiRules = Record<GateName, number | null>;

export const DEFAULT_CI_RULES: Readonly<CiRules> = {
  lowestEfficiency: 0.9,
  highestWastedBytes: null,
  highestUserWastedPercent: 0.1,
};

/** The command-line flag of each gate. */
export const GATE_FLAGS: Readonly<Record<GateName, string>> = {
  lowestEfficiency: '--lowest-efficiency',
  highestWastedBytes: '--highest-wasted-bytes',
  highestUserWastedPercent: '--highest-user-wasted-percent',
};

export interface GateResult {
  name: GateName;
  status: 'pass' | 'fail' | 'skip';
  threshold: number | null;
  value: number | null;
}

export interface CiResult {
  pass: boolean;
  gates: GateResult[];
}

type Measured = Pick<ImageAnalysis, 'efficiency' | 'wastedBytes' | 'wastedUserPercent'>;

export function evaluateCi(analysis: Measured, rules: CiRules): CiResult {
  const gates: GateResult[] = GATE_NAMES.map((name) => {
    const threshold = rules[name];
    const value = name === 'lowestEfficiency' ? analysis.efficiency : name === 'highestWastedBytes' ? analysis.wastedBytes : analysis.wastedUserPercent;
    if (threshold === null) return { name, status: 'skip', threshold: null, value };
    let failed: boolean;
    if (name === 'lowestEfficiency') failed = analysis.efficiency < threshold;
    else if (name === 'highestWastedBytes') failed = analysis.wastedBytes > threshold;
    // With no user bytes dive divides by zero: 0/0 is NaN (passes), anything wasted is +Inf (fails).
    else failed = analysis.wastedUserPercent === null ? analysis.wastedBytes > 0 : analysis.wastedUserPercent > threshold;
    return { name, status: failed ? 'fail' : 'pass', threshold, value };
  });
  return { pass: gates.every((gate) => gate.status !== 'fail'), gates };
}

/** Later sources override earlier ones, gate by gate (defaults, then config, then `.dive-ci`, then flags...). */
export function mergeCiRules(...sources: ReadonlyArray<Partial<CiRules>>): CiRules {
  const rules: CiRules = { ...DEFAULT_CI_RULES };
  for (const source of sources) {
    for (const name of GATE_NAMES) if (source[name] !== undefined) rules[name] = source[name];
  }
  return rules;
}

/**
 * Parses one gate's value: a number or string from YAML, or a flag's text. `where` names the place for the
 * error (`.dive-ci: rules.lowestEfficiency`, `--lowest-efficiency`).
 */
export function parseGateValue(name: GateName, raw: unknown, where: string): number | null {
  if (raw === null || raw === undefined || raw === false) return null;
  if (typeof raw !== 'string' && typeof raw !== 'number') {
    throw new UsageError(`${where}: expected a ${name === 'highestWastedBytes' ? 'size' : 'ratio'} or "disabled"`);
  }
  const text = String(raw).trim();
  if (text === '' || /^(disabled|off|false)$/i.test(text)) return null;
  if (name === 'highestWastedBytes') {
    const bytes = parseBytes(text);
    if (bytes === null) throw new UsageError(`${where}: "${text}" is not a size (bytes, or with a unit such as 20MB or 50MiB)`);
    return bytes;
  }
  const ratio = /^[+]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) {
    throw new UsageError(`${where}: "${text}" is not a ratio between 0 and 1`);
  }
  return ratio;
}

// go-humanize's ParseBytes, which dive uses: case-insensitive units, SI without `i`, binary with it.
const UNITS: Record<string, number> = {
  '': 1, b: 1,
  k: 1e3, kb: 1e3, ki: 2 ** 10, kib: 2 ** 10,
  m: 1e6, mb: 1e6, mi: 2 ** 20, mib: 2 ** 20,
  g: 1e9, gb: 1e9, gi: 2 ** 30, gib: 2 ** 30,
  t: 1e12, tb: 1e12, ti: 2 ** 40, tib: 2 ** 40,
  p: 1e15, pb: 1e15, pi: 2 ** 50, pib: 2 ** 50,
  e: 1e18, eb: 1e18, ei: 2 ** 60, eib: 2 ** 60,
};

/** `20MB` -> 20000000, `1.5 GiB` -> 1610612736, `1,000` -> 1000; null if not a size. */
export function parseBytes(text: string): number | null {
  const match = /^\s*([0-9][0-9,]*(?:\.[0-9]*)?|\.[0-9]+)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return null;
  const unit = UNITS[match[2].toLowerCase()];
  if (unit === undefined) return null;
  const value = Number(match[1].replace(/,/g, '')) * unit;
  return Number.isFinite(value) ? Math.floor(value) : null;
}

/** Gates from `rules:` of a parsed `.dive-ci` (or of whale's own config). Unknown gates are errors: a typo must not turn a gate off. */
export function parseCiRules(rules: unknown, where: string): Partial<CiRules> {
  if (rules === null || rules === undefined) return {};
  if (typeof rules !== 'object' || Array.isArray(rules)) throw new UsageError(`${where}: expected a mapping of ${GATE_NAMES.join(', ')}`);
  const result: Partial<CiRules> = {};
  for (const [key, value] of Object.entries(rules as Record<string, unknown>)) {
    if (!(GATE_NAMES as readonly string[]).includes(key)) throw new UsageError(`${where}.${key}: unknown gate; allowed: ${GATE_NAMES.join(', ')}`);
    result[key as GateName] = parseGateValue(key as GateName, value, `${where}.${key}`);
  }
  return result;
}

/** Reads a `.dive-ci` file: the gates under `rules:`. */
export function loadDiveCi(path: string): Partial<CiRules> {
  const data = readYamlFile(path, 'the CI configuration');
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`${path}: expected a mapping with a "rules" key`);
  return parseCiRules((data as Record<string, unknown>)['rules'], `${path}: rules`);
}

/** Gates from command-line flags (their text as typed). */
export function ciRulesFromFlags(flags: Partial<Record<GateName, string | undefined>>): Partial<CiRules> {
  const result: Partial<CiRules> = {};
  for (const name of GATE_NAMES) {
    const value = flags[name];
    if (value !== undefined) result[name] = parseGateValue(name, value, GATE_FLAGS[name]);
  }
  return result;
}
