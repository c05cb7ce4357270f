import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors';
import { ciRulesFromFlags, DEFAULT_CI_RULES, evaluateCi, loadDiveCi, mergeCiRules, parseBytes, parseGateValue } from '../../src/image/ci';

const dir = mkdtempSync(join(tmpdir(), 'whale-ci-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('sizes as dive reads them', () => {
  it.each([
    ['20MB', 20_000_000],
    ['20mb', 20_000_000],
    ['20 MB', 20_000_000],
    ['20M', 20_000_000],
    ['50MiB', 50 * 1024 * 1024],
    ['1.5GiB', 1_610_612_736],
    ['1kB', 1000],
    ['1KiB', 1024],
    ['2Ki', 2048],
    ['123', 123],
    ['123B', 123],
    ['1,000', 1000],
    ['0.5KB', 500],
  ])('%s = %d bytes', (text, bytes) => {
    expect(parseBytes(text)).toBe(bytes);
  });

  it.each(['-5MB', 'MB', '20 XB', 'twenty', '1e6'])('%s is not a size', (text) => {
    expect(parseBytes(text)).toBeNull();
  });
});

describe('gate values', () => {
  it('turns a gate off with disabled, off, false or an empty value', () => {
    for (const value of ['disabled', 'off', 'false', 'OFF', '', '  ', false, null]) {
      expect(parseGateValue('lowestEfficiency', value, 'x')).toBeNull();
    }
  });

  it('reads ratios from YAML numbers and text', () => {
    expect(parseGateValue('lowestEfficiency', 0.95, 'x')).toBe(0.95);
    expect(parseGateValue('highestUserWastedPercent', '0.2', 'x')).toBe(0.2);
    expect(parseGateValue('highestUserWastedPercent', 1, 'x')).toBe(1);
    expect(parseGateValue('highestWastedBytes', '20MB', 'x')).toBe(20_000_000);
    expect(parseGateValue('highestWastedBytes', 1024, 'x')).toBe(1024);
  });

  it('rejects ratios outside 0..1 and bad sizes, naming where', () => {
    expect(() => parseGateValue('lowestEfficiency', '1.5', '--lowest-efficiency')).toThrow(new UsageError('--lowest-efficiency: "1.5" is not a ratio between 0 and 1'));
    expect(() => parseGateValue('highestUserWastedPercent', '10%', 'x')).toThrow(UsageError);
    expect(() => parseGateValue('highestWastedBytes', 'lots', 'x')).toThrow(/x: "lots" is not a size/);
    expect(() => parseGateValue('lowestEfficiency', [0.9], 'x')).toThrow(UsageError);
  });
});

describe('.dive-ci', () => {
  it('reads the gates under rules', () => {
    const path = file('ok.yaml', 'rules:\n  lowestEfficiency: 0.95\n  highestWastedBytes: 20MB\n  highestUserWastedPercent: disabled\n');
    expect(loadDiveCi(path)).toEqual({ lowestEfficiency: 0.95, highestWastedBytes: 20_000_000, highestUserWastedPercent: null });
  });

  it('reads an empty value and off as disabled', () => {
    const path = file('off.yaml', 'rules:\n  lowestEfficiency:\n  highestUserWastedPercent: off\n');
    expect(loadDiveCi(path)).toEqual({ lowestEfficiency: null, highestUserWastedPercent: null });
  });

  it('names the file and key of a bad value', () => {
    const path = file('bad.yaml', 'rules:\n  lowestEfficiency: 95\n');
    expect(() => loadDiveCi(path)).toThrow(new UsageError(`${path}: rules.lowestEfficiency: "95" is not a ratio between 0 and 1`));
  });

  it('rejects unknown gates, bad YAML and missing files with one line', () => {
    const typo = file('typo.yaml', 'rules:\n  lowestEfficency: 0.9\n');
    expect(() => loadDiveCi(typo)).toThrow(`${typo}: rules.lowestEfficency: unknown gate`);
    const broken = file('broken.yaml', 'rules: [\n');
    expect(() => loadDiveCi(broken)).toThrow(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: invalid YAML`));
    expect(() => loadDiveCi(join(dir, 'missing.yaml'))).toThrow(/missing\.yaml: cannot read the CI configuration \(no such file or directory\)/);
  });
});

describe('gates', () => {
  it("uses dive's defaults", () => {
    expect(mergeCiRules()).toEqual({ lowestEfficiency: 0.9, highestWastedBytes: null, highestUserWastedPercent: 0.1 });
    expect(DEFAULT_CI_RULES.lowestEfficiency).toBe(0.9);
  });

  it('lets later sources override earlier ones gate by gate', () => {
    const fromFile = { lowestEfficiency: 0.8, highestWastedBytes: 1000 };
    const fromFlags = ciRulesFromFlags({ highestWastedBytes: 'disabled', highestUserWastedPercent: '0.25' });
    expect(mergeCiRules(fromFile, fromFlags)).toEqual({ lowestEfficiency: 0.8, highestWastedBytes: null, highestUserWastedPercent: 0.25 });
    expect(() => ciRulesFromFlags({ highestWastedBytes: '20 parsecs' })).toThrow(/^--highest-wasted-bytes: /);
  });

  it('passes at the threshold and fails beyond it', () => {
    const rules = { lowestEfficiency: 0.9, highestWastedBytes: 1000, highestUserWastedPercent: 0.1 };
    expect(evaluateCi({ efficiency: 0.9, wastedBytes: 1000, wastedUserPercent: 0.1 }, rules)).toEqual({
      pass: true,
      gates: [
        { name: 'lowestEfficiency', status: 'pass', threshold: 0.9, value: 0.9 },
        { name: 'highestWastedBytes', status: 'pass', threshold: 1000, value: 1000 },
        { name: 'highestUserWastedPercent', status: 'pass', threshold: 0.1, value: 0.1 },
      ],
    });
    const failed = evaluateCi({ efficiency: 0.89, wastedBytes: 1001, wastedUserPercent: 0.11 }, rules);
    expect(failed.pass).toBe(false);
    expect(failed.gates.map((gate) => gate.status)).toEqual(['fail', 'fail', 'fail']);
  });

  it('skips disabled gates', () => {
    const result = evaluateCi({ efficiency: 0.1, wastedBytes: 5, wastedUserPercent: 0.5 }, { lowestEfficiency: null, highestWastedBytes: null, highestUserWastedPercent: null });
    expect(result).toEqual({
      pass: true,
      gates: [
        { name: 'lowestEfficiency', status: 'skip', threshold: null, value: 0.1 },
        { name: 'highestWastedBytes', status: 'skip', threshold: null, value: 5 },
        { name: 'highestUserWastedPercent', status: 'skip', threshold: null, value: 0.5 },
      ],
    });
  });

  it('treats an undefined user percentage as dive does (0/0 passes, n/0 fails)', () => {
    const rules = mergeCiRules();
    expect(evaluateCi({ efficiency: 1, wastedBytes: 0, wastedUserPercent: null }, rules).gates[2].status).toBe('pass');
    expect(evaluateCi({ efficiency: 1, wastedBytes: 10, wastedUserPercent: null }, rules).gates[2].status).toBe('fail');
  });
});
