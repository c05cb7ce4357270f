import { describe, expect, it } from 'vitest';
import { registry } from '../../src/lint/builtin';
import { validateConfig } from '../../src/lint/config';

const check = (data: unknown) => () => validateConfig(data, '/repo/.whale.yaml', registry);

describe('.whale.yaml validation names the file, the key and what is allowed', () => {
  it.each([
    [{ rulez: {} }, '/repo/.whale.yaml: rulez: unknown key; allowed: rules, ignore, failure-threshold, image'],
    [[1, 2], '/repo/.whale.yaml: (top level): expected a mapping with keys rules, ignore, failure-threshold, image'],
    [{ image: { gates: {} } }, '/repo/.whale.yaml: image.gates: unknown key; allowed: ci'],
    [{ image: { ci: { lowestEfficency: 0.9 } } }, '/repo/.whale.yaml: image.ci.lowestEfficency: unknown gate; allowed: lowestEfficiency, highestWastedBytes, highestUserWastedPercent'],
    [{ rules: ['a'] }, '/repo/.whale.yaml: rules: expected a mapping of rule id to a setting'],
    [{ rules: { 'consecutive-run': 'loud' } }, '/repo/.whale.yaml: rules.consecutive-run: expected one of off, on, error, warning, info, style, or a mapping with severity and options'],
    [{ rules: { 'consecutive-run': { level: 'off' } } }, '/repo/.whale.yaml: rules.consecutive-run.level: unknown key; allowed: severity, options'],
    [{ rules: { 'consecutive-run': { options: { longrun: 2 } } } }, '/repo/.whale.yaml: rules.consecutive-run.options.longrun: unknown option; allowed: longRun'],
    [{ rules: { 'consecutive-run': { options: { longRun: 'two' } } } }, '/repo/.whale.yaml: rules.consecutive-run.options.longRun: expected number'],
    [{ rules: { 'maintainer-deprecated': { options: { x: 1 } } } }, '/repo/.whale.yaml: rules.maintainer-deprecated.options.x: this rule takes no options'],
    [{ ignore: 'vendor' }, '/repo/.whale.yaml: ignore: expected a list of path patterns'],
    [{ 'failure-threshold': 'fatal' }, '/repo/.whale.yaml: failure-threshold: expected one of error, warning, info, style, none'],
  ])('%j', (data, message) => {
    expect(check(data)).toThrow(message);
  });

  it('resolves rules by id or alias, with severity and options', () => {
    const config = validateConfig({
      rules: { DL3059: { severity: 'warning', options: { longRun: 5 } }, 'maintainer-deprecated': 'off', dl3020: 'info' },
      'failure-threshold': 'info',
    }, '/repo/.whale.yaml', registry);
    expect(config.rules.get('consecutive-run')).toEqual({ enabled: true, severity: 'warning', options: { longRun: 5 } });
    expect(config.rules.get('maintainer-deprecated')!.enabled).toBe(false);
    expect(config.rules.get('add-instead-of-copy')!.severity).toBe('info');
    expect(config.failureThreshold).toBe('info');
  });

  it('reads image CI gates with dive\'s names and units', () => {
    const config = validateConfig({ image: { ci: { lowestEfficiency: 0.95, highestWastedBytes: '20MB', highestUserWastedPercent: 'disabled' } } }, '/repo/.whale.yaml', registry);
    expect(config.imageCi).toEqual({ lowestEfficiency: 0.95, highestWastedBytes: 20_000_000, highestUserWastedPercent: null });
  });

  it('matches ignore patterns relative to the config file', () => {
    const config = validateConfig({ ignore: ['vendor/**', 'legacy'] }, '/repo/.whale.yaml', registry);
    expect(config.isIgnored('/repo/vendor/x/Dockerfile')).toBe(true);
    expect(config.isIgnored('/repo/legacy/Dockerfile')).toBe(true);
    expect(config.isIgnored('/repo/app/Dockerfile')).toBe(false);
    expect(config.isIgnored('/elsewhere/vendor/Dockerfile')).toBe(false);
  });
});

describe('a shared alias sets all its rules', () => {
  const MULTIPLE = ['multiple-cmd', 'multiple-entrypoint', 'multiple-healthcheck'];
  const settings = (rules: Record<string, unknown>) => {
    const config = validateConfig({ rules }, '/repo/.whale.yaml', registry);
    return MULTIPLE.map((id) => { const { enabled, severity } = config.rules.get(id)!; return `${id} ${enabled ? severity : 'off'}`; });
  };

  it('MultipleInstructionsDisallowed: off turns off the three rules, and nothing else', () => {
    expect(settings({ MultipleInstructionsDisallowed: 'off' })).toEqual(['multiple-cmd off', 'multiple-entrypoint off', 'multiple-healthcheck off']);
    const config = validateConfig({ rules: { multipleinstructionsdisallowed: false } }, '/repo/.whale.yaml', registry);
    expect([...config.rules].filter(([, s]) => !s.enabled).map(([id]) => id).filter((id) => registry.find(id)!.enabledByDefault !== false))
      .toEqual(MULTIPLE);
  });

  it('a severity applies to the three rules', () => {
    expect(settings({ MultipleInstructionsDisallowed: 'info' })).toEqual(['multiple-cmd info', 'multiple-entrypoint info', 'multiple-healthcheck info']);
    expect(settings({ MultipleInstructionsDisallowed: { severity: 'style' } })).toEqual(['multiple-cmd style', 'multiple-entrypoint style', 'multiple-healthcheck style']);
  });

  it('the defaults are hadolint\'s severities', () => {
    expect(settings({})).toEqual(['multiple-cmd warning', 'multiple-entrypoint error', 'multiple-healthcheck error']);
  });

  it('a name of one rule wins over the shared alias, before or after it', () => {
    const expected = ['multiple-cmd off', 'multiple-entrypoint error', 'multiple-healthcheck off'];
    expect(settings({ MultipleInstructionsDisallowed: 'off', DL4004: 'on' })).toEqual(expected);
    expect(settings({ DL4004: 'on', MultipleInstructionsDisallowed: 'off' })).toEqual(expected);
    expect(settings({ 'multiple-healthcheck': 'warning', MultipleInstructionsDisallowed: 'info' }))
      .toEqual(['multiple-cmd info', 'multiple-entrypoint info', 'multiple-healthcheck warning']);
  });

  it('options are checked against each rule', () => {
    expect(check({ rules: { MultipleInstructionsDisallowed: { options: { x: 1 } } } }))
      .toThrow('/repo/.whale.yaml: rules.MultipleInstructionsDisallowed.options.x: this rule takes no options');
  });
});
