// `.whale.yaml`: found by walking up from each linted file (each folder of a monorepo can have its own),
// or named with --config. Validated strictly: a typo must not silently turn a rule off.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { SEVERITIES, type OptionValue, type Rule, type Severity } from './rule';
import type { RuleRegistry } from './registry';
import { UsageError } from '../errors';
import { readYamlFile } from '../yaml-file';
import { parseCiRules, type CiRules } from '../image/ci';
import { defaultCheckSettings, IMAGE_CHECKS } from '../image/checks';
import { lazy } from '../lazy';
import { loadHadolintConfig } from './hadolint-config';

const picomatch = lazy<typeof import('picomatch')>('picomatch');

export const CONFIG_NAMES = ['.whale.yaml', '.whale.yml'];
/** Read where a folder has no whale configuration, so that a repository set up for hadolint keeps its settings. */
export const HADOLINT_CONFIG_NAMES = ['.hadolint.yaml', '.hadolint.yml'];

export type Threshold = Severity | 'none';
export const THRESHOLDS: readonly Threshold[] = [...SEVERITIES, 'none'];

export interface RuleSetting {
  enabled: boolean;
  severity: Severity;
  options: Record<string, OptionValue>;
}

/** A configuration, validated and resolved against the rule registry. */
export interface ResolvedConfig {
  /** The file it came from, or null for the built-in defaults. */
  path: string | null;
  rules: Map<string, RuleSetting>;
  /** Paths (relative to the config file's folder) whose files are not linted. */
  isIgnored(file: string): boolean;
  failureThreshold: Threshold | null;
  /** `image: ci:` gates for `whale image --ci` (dive's names and units). */
  imageCi: Partial<CiRules>;
  /** `image: checks:` the image checks of `whale lint --image`, each on (with a severity) or off. */
  imageChecks: Map<string, { enabled: boolean; severity: Severity }>;
  /** hadolint's `disable-ignore-pragma`: inline ignore comments are not honoured. */
  disableIgnorePragma: boolean;
}

const TOP_LEVEL_KEYS = ['rules', 'ignore', 'failure-threshold', 'image'];
const IMAGE_KEYS = ['ci', 'checks'];
const RULE_KEYS = ['severity', 'options'];

export function defaultConfig(registry: RuleRegistry): ResolvedConfig {
  return {
    path: null,
    rules: new Map(registry.rules.map((rule) => [rule.id, defaultSetting(rule)])),
    isIgnored: () => false,
    failureThreshold: null,
    imageCi: {},
    imageChecks: defaultCheckSettings(),
    disableIgnorePragma: false,
  };
}

function defaultSetting(rule: Rule): RuleSetting {
  const options: Record<string, OptionValue> = {};
  for (const [name, spec] of Object.entries(rule.options ?? {})) options[name] = spec.default;
  return { enabled: rule.enabledByDefault !== false, severity: rule.severity, options };
}

export function loadConfig(path: string, registry: RuleRegistry): ResolvedConfig {
  return validateConfig(readYamlFile(path, 'the configuration') ?? {}, path, registry);
}

export function validateConfig(data: unknown, path: string, registry: RuleRegistry): ResolvedConfig {
  // Declared with its type so that TypeScript narrows after a call to it.
  const fail: Fail = (key, message) => {
    throw new UsageError(`${path}: ${key}: ${message}`);
  };
  if (!isRecord(data)) fail('(top level)', 'expected a mapping with keys ' + TOP_LEVEL_KEYS.join(', '));
  const record = data;
  for (const key of Object.keys(record)) {
    if (!TOP_LEVEL_KEYS.includes(key)) fail(key, `unknown key; allowed: ${TOP_LEVEL_KEYS.join(', ')}`);
  }

  const config = defaultConfig(registry);
  config.path = path;

  const rules = record['rules'];
  if (rules !== undefined && rules !== null) {
    if (!isRecord(rules)) fail('rules', 'expected a mapping of rule id to a setting');
    // A shared alias (MultipleInstructionsDisallowed) sets all its rules; a name of one rule, wherever it is
    // written, wins over it for that rule.
    const entries = Object.entries(rules).map(([name, value]) => ({ name, value, named: registry.findAll(name) }));
    entries.sort((a, b) => Number(b.named.length > 1) - Number(a.named.length > 1));
    for (const { name, value, named } of entries) {
      if (named.length === 0) fail(`rules.${name}`, 'unknown rule; `whale rules` lists them');
      for (const rule of named) applyRuleSetting(config.rules.get(rule.id)!, value, rule, `rules.${name}`, fail);
    }
  }

  const ignore = record['ignore'];
  if (ignore !== undefined && ignore !== null) {
    if (!Array.isArray(ignore) || ignore.some((p) => typeof p !== 'string')) fail('ignore', 'expected a list of path patterns');
    const matcher = picomatch()(ignore as string[], { dot: true });
    const base = dirname(resolve(path));
    config.isIgnored = (file) => {
      const rel = relative(base, resolve(file)).split(sep).join('/');
      return !rel.startsWith('..') && (matcher(rel) || rel.split('/').some((_, i, parts) => matcher(parts.slice(0, i + 1).join('/'))));
    };
  }

  const threshold = record['failure-threshold'];
  if (threshold !== undefined && threshold !== null) {
    if (typeof threshold !== 'string' || !THRESHOLDS.includes(threshold as Threshold)) {
      fail('failure-threshold', `expected one of ${THRESHOLDS.join(', ')}`);
    }
    config.failureThreshold = threshold as Threshold;
  }

  const image = record['image'];
  if (image !== undefined && image !== null) {
    if (!isRecord(image)) fail('image', `expected a mapping with keys ${IMAGE_KEYS.join(', ')}`);
    for (const key of Object.keys(image)) if (!IMAGE_KEYS.includes(key)) fail(`image.${key}`, `unknown key; allowed: ${IMAGE_KEYS.join(', ')}`);
    config.imageCi = parseCiRules(image['ci'], `${path}: image.ci`);
    const checks = image['checks'];
    if (checks !== undefined && checks !== null) {
      if (!isRecord(checks)) fail('image.checks', 'expected a mapping of image check id to off, on or a severity');
      for (const [id, value] of Object.entries(checks)) {
        const setting = config.imageChecks.get(id);
        if (!setting) fail(`image.checks.${id}`, `unknown image check; allowed: ${Object.keys(IMAGE_CHECKS).join(', ')}`);
        const level = value === true ? 'on' : value === false ? 'off' : value;
        if (typeof level !== 'string' || !['off', 'on', ...SEVERITIES].includes(level)) {
          fail(`image.checks.${id}`, `expected one of ${['off', 'on', ...SEVERITIES].join(', ')}`);
        }
        setLevel(setting, level);
      }
    }
  }
  return config;
}

type Fail = (key: string, message: string) => never;

function applyRuleSetting(setting: RuleSetting, value: unknown, rule: Rule, key: string, fail: Fail): void {
  const levels = ['off', 'on', ...SEVERITIES];
  if (typeof value === 'string' || typeof value === 'boolean') {
    const level = value === true ? 'on' : value === false ? 'off' : value;
    if (!levels.includes(level)) fail(key, `expected one of ${levels.join(', ')}, or a mapping with severity and options`);
    setLevel(setting, level);
    return;
  }
  if (!isRecord(value)) fail(key, `expected one of ${levels.join(', ')}, or a mapping with severity and options`);
  const record = value;
  for (const name of Object.keys(record)) if (!RULE_KEYS.includes(name)) fail(`${key}.${name}`, `unknown key; allowed: ${RULE_KEYS.join(', ')}`);
  if (record['severity'] !== undefined) {
    const level = record['severity'];
    if (typeof level !== 'string' || !levels.includes(level)) fail(`${key}.severity`, `expected one of ${levels.join(', ')}`);
    setLevel(setting, level);
  }
  if (record['options'] !== undefined) {
    const options = record['options'];
    if (!isRecord(options)) fail(`${key}.options`, 'expected a mapping');
    const specs = rule.options ?? {};
    for (const [name, optionValue] of Object.entries(options)) {
      const spec = specs[name];
      if (!spec) {
        const known = Object.keys(specs);
        fail(`${key}.options.${name}`, known.length ? `unknown option; allowed: ${known.join(', ')}` : 'this rule takes no options');
      }
      if (!matchesType(optionValue, spec.type)) fail(`${key}.options.${name}`, `expected ${spec.type}`);
      const problem = spec.validate?.(optionValue);
      if (problem) fail(`${key}.options.${name}`, problem);
      setting.options[name] = optionValue;
    }
  }
}

function setLevel(setting: { enabled: boolean; severity: Severity }, level: string): void {
  if (level === 'off') setting.enabled = false;
  else {
    setting.enabled = true;
    if (level !== 'on') setting.severity = level as Severity;
  }
}

function matchesType(value: unknown, type: string): value is OptionValue {
  if (type === 'string[]') return Array.isArray(value) && value.every((v) => typeof v === 'string');
  if (type === 'map') return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
  return typeof value === type;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Finds the nearest `.whale.yaml` for each folder, walking up; results are cached per folder. */
export class ConfigResolver {
  private readonly byFolder = new Map<string, ResolvedConfig>();

  constructor(private readonly registry: RuleRegistry, private readonly explicit: ResolvedConfig | null) {}

  forFile(file: string): ResolvedConfig {
    if (this.explicit) return this.explicit;
    return this.forFolder(dirname(resolve(file)));
  }

  /** The configuration that applies in a folder (for commands that lint no file, such as `whale image`). */
  forFolder(folder: string): ResolvedConfig {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    let config: ResolvedConfig | null = null;
    for (const name of [...CONFIG_NAMES, ...HADOLINT_CONFIG_NAMES]) {
      const candidate = join(folder, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) {
        config = CONFIG_NAMES.includes(name) ? loadConfig(candidate, this.registry) : loadHadolintConfig(candidate, this.registry);
        break;
      }
    }
    if (!config) {
      const parent = dirname(folder);
      config = parent === folder ? defaultConfig(this.registry) : this.forFolder(parent);
    }
    this.byFolder.set(folder, config);
    return config;
  }
}
