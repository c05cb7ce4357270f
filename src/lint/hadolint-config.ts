// `.hadolint.yaml`, read where a folder has no `.whale.yaml`: its settings mapped onto whale's rules through
// their aliases (DL codes), so that switching from hadolint changes nothing.
//   ignored: [DL3008]                      the rules are off
//   override: { error: [DL3015], ... }     severities
//   trustedRegistries: [docker.io]         the option of the rule with that option (DL3026), turned on
//   label-schema: { author: text }         the option `labelSchema` of the label rules, turned on
//   strict-labels: true                    the option `strictLabels` (DL3050), turned on
//   failure-threshold: warning             also `ignore`/`none`; `no-fail: true` means none
//   disable-ignore-pragma: true            inline ignore comments are not honoured
import { readYamlFile } from '../yaml-file';
import { UsageError } from '../errors';
import { defaultConfig, type ResolvedConfig, type Threshold } from './config';
import type { RuleRegistry } from './registry';
import { SEVERITIES, type Severity } from './rule';

const KNOWN_KEYS = [
  'ignored', 'override', 'trustedRegistries', 'label-schema', 'strict-labels', 'failure-threshold', 'no-fail',
  'disable-ignore-pragma', 'format', 'no-color', 'verbose', 'output-file',
];

export function loadHadolintConfig(path: string, registry: RuleRegistry): ResolvedConfig {
  const data = readYamlFile(path, 'the hadolint configuration') ?? {};
  const fail = (key: string, message: string): never => {
    throw new UsageError(`${path}: ${key}: ${message}`);
  };
  if (typeof data !== 'object' || Array.isArray(data)) return fail('(top level)', 'expected a mapping');
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!KNOWN_KEYS.includes(key)) fail(key, `unknown key; hadolint's keys are ${KNOWN_KEYS.join(', ')}`);

  const config = defaultConfig(registry);
  config.path = path;
  const codes = (key: string, value: unknown): string[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return fail(key, 'expected a list of rule codes');
    return value as string[];
  };
  // Codes whale has no rule for (ShellCheck's SC codes, retired DL codes) change nothing; a shared alias
  // (MultipleInstructionsDisallowed) changes all its rules.
  const settingsOf = (code: string) => registry.findAll(code).map((rule) => config.rules.get(rule.id)!);

  for (const code of codes('ignored', record['ignored'])) {
    for (const setting of settingsOf(code)) setting.enabled = false;
  }
  const override = record['override'];
  if (override !== undefined && override !== null) {
    if (typeof override !== 'object' || Array.isArray(override)) fail('override', `expected a mapping of ${SEVERITIES.join(', ')} to rule codes`);
    for (const [severity, list] of Object.entries(override as Record<string, unknown>)) {
      if (!(SEVERITIES as readonly string[]).includes(severity)) fail(`override.${severity}`, `expected one of ${SEVERITIES.join(', ')}`);
      for (const code of codes(`override.${severity}`, list)) {
        for (const setting of settingsOf(code)) setting.severity = severity as Severity;
      }
    }
  }

  const withOption = (option: string, value: string[] | Record<string, string> | boolean) => {
    for (const rule of registry.rules) {
      if (!rule.options?.[option]) continue;
      const setting = config.rules.get(rule.id)!;
      setting.options[option] = value;
      setting.enabled = true;
    }
  };
  const trusted = record['trustedRegistries'];
  if (trusted !== undefined && trusted !== null) {
    const list = typeof trusted === 'string' ? [trusted] : trusted;
    if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) fail('trustedRegistries', 'expected a registry or a list of registries');
    withOption('trustedRegistries', list as string[]);
  }
  const schema = record['label-schema'];
  if (schema !== undefined && schema !== null) {
    if (typeof schema !== 'object' || Array.isArray(schema) || Object.values(schema).some((v) => typeof v !== 'string')) {
      fail('label-schema', 'expected a mapping of label names to text, url, email, semver, rfc3339, hash or spdx');
    }
    withOption('labelSchema', schema as Record<string, string>);
  }
  if (record['strict-labels'] === true) withOption('strictLabels', true);

  const threshold = record['failure-threshold'];
  if (threshold !== undefined && threshold !== null) {
    const value = String(threshold);
    if (value === 'ignore' || value === 'none') config.failureThreshold = 'none';
    else if ((SEVERITIES as readonly string[]).includes(value)) config.failureThreshold = value as Threshold;
    else fail('failure-threshold', `expected one of ${[...SEVERITIES, 'ignore', 'none'].join(', ')}`);
  }
  if (record['no-fail'] === true) config.failureThreshold = 'none';
  config.disableIgnorePragma = record['disable-ignore-pragma'] === true;
  return config;
}
