import { describe, expect, it } from 'vitest';
import { registry } from '../../src/lint/builtin';
import { defaultConfig } from '../../src/lint/config';
import { lintText } from '../../src/lint/lint-files';

const lines = (text: string, rule: string) =>
  lintText(text, 'Dockerfile', registry, defaultConfig(registry)).filter((f) => f.rule === rule).map((f) => f.range.start.line + 1);

it('whale-ignore covers the next instruction only, across comments and continuation lines', () => {
  const text = [
    'FROM alpine:3',
    '# whale-ignore add-instead-of-copy -- vendored on purpose',
    '# another comment',
    'ADD a \\',
    '    /a',
    'ADD b /b',
  ].join('\n');
  expect(lines(text, 'add-instead-of-copy')).toEqual([6]);
});

it('accepts several rules, aliases in any case, and `all`', () => {
  expect(lines('FROM alpine:3\n# whale-ignore maintainer-deprecated,dl3020\nADD a /a\n', 'add-instead-of-copy')).toEqual([]);
  expect(lines('FROM alpine:3\n# whale-ignore all\nADD a /a\n', 'add-instead-of-copy')).toEqual([]);
});

it('whale-ignore-file covers the whole file, wherever it is', () => {
  expect(lines('FROM alpine:3\nADD a /a\n# whale-ignore-file DL3020\nADD b /b\n', 'add-instead-of-copy')).toEqual([]);
});

it('an ignore for another rule, or a plain comment, changes nothing', () => {
  expect(lines('FROM alpine:3\n# whale-ignore consecutive-run\nADD a /a\n# whale ignore add-instead-of-copy\nADD b /b\n', 'add-instead-of-copy')).toEqual([3, 5]);
});

describe('MultipleInstructionsDisallowed, an alias of three rules', () => {
  // Duplicates of the three instructions: each rule reports the earlier one.
  const DUPLICATES = 'FROM alpine:3\nCMD ["a"]\nCMD ["b"]\nENTRYPOINT ["c"]\nENTRYPOINT ["d"]\nHEALTHCHECK CMD true\nHEALTHCHECK CMD false\n';
  const MULTIPLE = ['multiple-cmd', 'multiple-entrypoint', 'multiple-healthcheck'];
  const found = (text: string) =>
    lintText(text, 'Dockerfile', registry, defaultConfig(registry)).filter((f) => MULTIPLE.includes(f.rule))
      .map((f) => `${f.range.start.line + 1} ${f.rule} ${f.severity} ${f.aliases.join(',')}`);

  it('each finding carries its own hadolint code and the shared BuildKit name, with hadolint\'s severity', () => {
    expect(found(DUPLICATES)).toEqual([
      '2 multiple-cmd warning DL4003,MultipleInstructionsDisallowed',
      '4 multiple-entrypoint error DL4004,MultipleInstructionsDisallowed',
      '6 multiple-healthcheck error DL3012,MultipleInstructionsDisallowed',
    ]);
  });

  it('# check=skip=MultipleInstructionsDisallowed skips the three, and only them', () => {
    const text = `# check=skip=MultipleInstructionsDisallowed\n${DUPLICATES}ADD a /a\n`;
    expect(found(text)).toEqual([]);
    expect(lines(text, 'add-instead-of-copy')).toEqual([9]);
  });

  it('# check= above one instruction skips that one', () => {
    expect(found(DUPLICATES.replace('ENTRYPOINT ["c"]', '# check=skip=MultipleInstructionsDisallowed\nENTRYPOINT ["c"]')).map((f) => f.split(' ')[1]))
      .toEqual(['multiple-cmd', 'multiple-healthcheck']);
  });

  it('# check=error=true makes the three errors', () => {
    expect(found(`# check=error=true\n${DUPLICATES}`).map((f) => f.split(' ').slice(1, 3).join(' ')))
      .toEqual(['multiple-cmd error', 'multiple-entrypoint error', 'multiple-healthcheck error']);
  });

  it('# hadolint ignore=DL4003 silences the CMD one only', () => {
    expect(found(DUPLICATES.replace('CMD ["a"]', '# hadolint ignore=DL4003\nCMD ["a"]')).map((f) => f.split(' ')[1]))
      .toEqual(['multiple-entrypoint', 'multiple-healthcheck']);
    // Above an overridden ENTRYPOINT, or for the whole file, DL4003 does not cover ENTRYPOINT.
    expect(found(DUPLICATES.replace('ENTRYPOINT ["c"]', '# hadolint ignore=DL4003\nENTRYPOINT ["c"]')).map((f) => f.split(' ')[1]))
      .toEqual(['multiple-cmd', 'multiple-entrypoint', 'multiple-healthcheck']);
    expect(found(`# hadolint global ignore=DL4003\n${DUPLICATES}`).map((f) => f.split(' ')[1])).toEqual(['multiple-entrypoint', 'multiple-healthcheck']);
  });

  it('whale-ignore-file and hadolint ignore by the shared name silence the three', () => {
    expect(found(`${DUPLICATES}# whale-ignore-file MultipleInstructionsDisallowed\n`)).toEqual([]);
    expect(found(`# hadolint global ignore=multipleinstructionsdisallowed\n${DUPLICATES}`)).toEqual([]);
  });
});
