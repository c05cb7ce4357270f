// hadolint's and BuildKit's comments, directives and configuration change findings as they do in those tools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResolver, defaultConfig } from '../../src/lint/config';
import { lintText } from '../../src/lint/lint-files';
import { registry as builtin } from '../../src/lint/builtin';
import { RuleRegistry } from '../../src/lint/registry';
import { defineRule, type Rule } from '../../src/lint/rule';
import { tempDir } from '../cli/helpers';

// Small rules standing for a hadolint rule and a build check: each flags every instruction with its keyword.
const keywordRule = (id: string, keyword: string, aliases: string[], extra: Partial<Rule> = {}) => defineRule({
  id, aliases, severity: 'warning', category: 'style',
  docs: { summary: id, details: id, why: id, bad: '', good: '' },
  check({ file, report }) {
    for (const inst of file.instructions) if (inst.keyword === keyword) report({ message: id, range: inst.keywordRange });
  },
  ...extra,
});
const ADD = keywordRule('add-rule', 'ADD', ['DL3020']);
const CMD = keywordRule('cmd-rule', 'CMD', ['JSONArgsRecommended']);
const LABEL = keywordRule('label-rule', 'LABEL', ['InvalidDefinitionDescription'], { enabledByDefault: false });
const USER = keywordRule('user-rule', 'USER', ['DL3026'], { options: { trustedRegistries: { type: 'string[]', default: [], description: 'x' } }, enabledByDefault: false });
const registry = new RuleRegistry([ADD, CMD, LABEL, USER]);

function found(text: string, buildArgs: Record<string, string> = {}, config = defaultConfig(registry)) {
  return lintText(text, 'Dockerfile', registry, config, new Map(Object.entries(buildArgs)))
    .map((f) => `${f.range.start.line + 1} ${f.rule} ${f.severity}`);
}

describe('hadolint comments', () => {
  it('ignore= covers the next instruction, with a trailing reason', () => {
    expect(found('FROM a\n# hadolint ignore=DL3020 # vendored on purpose\nADD x /x\nADD y /y\n')).toEqual(['4 add-rule warning']);
  });
  it('global ignore= covers the file, stage ignore= the stage whose FROM follows', () => {
    expect(found('FROM a\nADD x /x\n# hadolint global ignore=DL3020\nADD y /y\n')).toEqual([]);
    expect(found('FROM a\nADD x /x\n# hadolint stage ignore=DL3020\nFROM b\nADD y /y\nFROM c\nADD z /z\n')).toEqual(['2 add-rule warning', '7 add-rule warning']);
  });
  it('shell=powershell makes RUN non-POSIX', () => {
    const text = '# hadolint shell=powershell\nFROM mcr.microsoft.com/windows/servercore\nRUN Get-Item x | Select Name\n';
    const shells = new RuleRegistry([defineRule({ ...keywordRule('x', 'RUN', []), check({ file, report }) {
      for (const inst of file.instructions) if (inst.keyword === 'RUN' && inst.script) report({ message: 'posix', range: inst.range });
    } })]);
    expect(lintText(text, 'Dockerfile', shells, defaultConfig(shells))).toEqual([]);
  });
});

describe('BuildKit check directive', () => {
  it('skip= and skip=all, for the whole file', () => {
    expect(found('# check=skip=JSONArgsRecommended\nFROM a\nCMD x\nADD x /x\n')).toEqual(['4 add-rule warning']);
    // skip=all covers build checks only, not hadolint's rules.
    expect(found('# check=skip=all\nFROM a\nCMD x\nADD x /x\n')).toEqual(['4 add-rule warning']);
  });
  it('error=true makes build-check findings errors', () => {
    expect(found('# check=error=true\nFROM a\nCMD x\nADD x /x\n')).toEqual(['3 cmd-rule error', '4 add-rule warning']);
  });
  it('experimental= turns on an experimental check', () => {
    expect(found('FROM a\nLABEL a=b\n')).toEqual([]);
    expect(found('# check=experimental=InvalidDefinitionDescription\nFROM a\nLABEL a=b\n')).toEqual(['3 label-rule warning']);
  });
  it('the same comment directly above an instruction covers that instruction only', () => {
    expect(found('FROM a\n# check=skip=JSONArgsRecommended\nCMD x\nCMD y\n')).toEqual(['4 cmd-rule warning']);
  });
  it('the BUILDKIT_DOCKERFILE_CHECK build argument replaces the directive', () => {
    expect(found('# check=skip=JSONArgsRecommended\nFROM a\nCMD x\n', { BUILDKIT_DOCKERFILE_CHECK: 'error=true' })).toEqual(['3 cmd-rule error']);
  });
});

describe('.hadolint.yaml', () => {
  function configFor(yaml: string) {
    const dir = tempDir();
    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, '.hadolint.yaml'), yaml);
    return new ConfigResolver(registry, null).forFile(join(dir, 'app', 'Dockerfile'));
  }
  it('ignored, override, failure-threshold, no-fail', () => {
    const config = configFor('ignored: [DL3020, SC2086]\noverride:\n  error: [JSONArgsRecommended]\nfailure-threshold: info\n');
    expect(found('FROM a\nCMD x\nADD x /x\n', {}, config)).toEqual(['2 cmd-rule error']);
    expect(config.failureThreshold).toBe('info');
    expect(configFor('no-fail: true\n').failureThreshold).toBe('none');
  });
  it('trustedRegistries turns on the rule that takes it', () => {
    const config = configFor('trustedRegistries:\n  - docker.io\n  - "*.example.com"\n');
    expect(config.rules.get('user-rule')).toMatchObject({ enabled: true, options: { trustedRegistries: ['docker.io', '*.example.com'] } });
  });
  it('disable-ignore-pragma makes inline ignores count for nothing', () => {
    const config = configFor('disable-ignore-pragma: true\n');
    expect(found('FROM a\n# hadolint ignore=DL3020\nADD x /x\n', {}, config)).toEqual(['3 add-rule warning']);
  });
  it('.whale.yaml wins in the same folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.hadolint.yaml'), 'ignored: [DL3020]\n');
    writeFileSync(join(dir, '.whale.yaml'), 'rules: {}\n');
    expect(new ConfigResolver(registry, null).forFile(join(dir, 'Dockerfile')).rules.get('add-rule')!.enabled).toBe(true);
  });
  it('an unknown key names the file and the key', () => {
    expect(() => configFor('ignore: [DL3020]\n')).toThrow(/\.hadolint\.yaml: ignore: unknown key; hadolint's keys are ignored, override/);
  });
});

describe('--build-arg', () => {
  it('overrides ARG defaults in the model', () => {
    const probe = new RuleRegistry([defineRule({ ...keywordRule('probe', 'FROM', []), check({ file, report }) {
      report({ message: file.stages[0]!.image!.resolved, range: file.stages[0]!.from.range });
    } })]);
    const [finding] = lintText('ARG TAG=3.11\nFROM python:${TAG}\n', 'Dockerfile', probe, defaultConfig(probe), new Map([['TAG', '3.12']]));
    expect(finding!.message).toBe('python:3.12');
  });
});

describe('an alias shared by several rules', () => {
  const shared = (rules: Rule[], names: string[] = ['OneCheck']) => new RuleRegistry(rules, new Set(names));

  it('is declared: two rules with one undeclared alias, the same id, or an id that is an alias, are refused', () => {
    const a = keywordRule('a-rule', 'CMD', ['OneCheck']);
    const b = keywordRule('b-rule', 'ENTRYPOINT', ['onecheck']);
    expect(() => shared([a, b], [])).toThrow('a-rule and b-rule have the alias onecheck, which is not declared as shared');
    expect(() => shared([a, keywordRule('A-Rule', 'ADD', [])])).toThrow('two rules have the id A-Rule');
    expect(() => shared([a, keywordRule('c-rule', 'ADD', ['A-RULE'])])).toThrow('the alias a-rule of c-rule is the id of the rule a-rule');
    expect(() => shared([a, keywordRule('onecheck', 'ADD', [])])).toThrow('the alias onecheck of a-rule is the id of the rule onecheck');
    expect(() => shared([keywordRule('c-rule', 'ADD', ['C-RULE'])])).toThrow('the alias c-rule of c-rule is the id of the rule itself');
  });

  it('findAll gives all its rules, find refuses it', () => {
    const both = shared([keywordRule('a-rule', 'CMD', ['OneCheck']), keywordRule('b-rule', 'ENTRYPOINT', ['OneCheck'])]);
    expect(both.findAll(' onecheck ').map((r) => r.id)).toEqual(['a-rule', 'b-rule']);
    expect(both.findAll('A-RULE').map((r) => r.id)).toEqual(['a-rule']);
    expect(both.findAll('nope')).toEqual([]);
    expect(both.find('a-rule')!.id).toBe('a-rule');
    expect(both.find('nope')).toBeUndefined();
    expect(() => both.find('OneCheck')).toThrow('OneCheck names several rules (a-rule, b-rule); use findAll');
  });

  it('the built-in registry shares MultipleInstructionsDisallowed only', () => {
    const counts = new Map<string, number>();
    for (const rule of builtin.rules) for (const alias of rule.aliases) counts.set(alias, (counts.get(alias) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([['MultipleInstructionsDisallowed', 3]]);
  });

  describe('.hadolint.yaml', () => {
    const DUPLICATES = 'FROM alpine:3\nCMD ["a"]\nCMD ["b"]\nENTRYPOINT ["c"]\nENTRYPOINT ["d"]\nHEALTHCHECK CMD true\nHEALTHCHECK CMD false\n';
    function multiple(yaml: string) {
      const dir = tempDir();
      writeFileSync(join(dir, '.hadolint.yaml'), yaml);
      const config = new ConfigResolver(builtin, null).forFile(join(dir, 'Dockerfile'));
      return lintText(DUPLICATES, 'Dockerfile', builtin, config).filter((f) => f.rule.startsWith('multiple-')).map((f) => `${f.rule} ${f.severity}`);
    }
    it('ignored: [DL4004] turns off the ENTRYPOINT rule only', () => {
      expect(multiple('')).toEqual(['multiple-cmd warning', 'multiple-entrypoint error', 'multiple-healthcheck error']);
      expect(multiple('ignored: [DL4004]\n')).toEqual(['multiple-cmd warning', 'multiple-healthcheck error']);
    });
    it('the shared name turns off, or overrides, the three', () => {
      expect(multiple('ignored: [MultipleInstructionsDisallowed]\n')).toEqual([]);
      expect(multiple('override:\n  info: [MultipleInstructionsDisallowed]\n')).toEqual(['multiple-cmd info', 'multiple-entrypoint info', 'multiple-healthcheck info']);
    });
  });
});
