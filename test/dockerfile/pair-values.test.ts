// ENV/LABEL/ARG values: quotes and escapes are removed once, as Docker does.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/lint/lint-files';

const pairs = (code: string, index: number) =>
  parseText(code, 'Dockerfile').instructions[index]!.pairs.map((p) => ({ key: p.key, raw: p.rawValue, value: p.value }));

describe('key-value pairs', () => {
  it('keep quotes in the raw value and remove them once in the value', () => {
    expect(pairs('FROM a\nLABEL k="a \\"b\\" \\\\c \\$d" x=plain y=\'s q\' z=a\\ b\n', 1)).toEqual([
      { key: 'k', raw: '"a \\"b\\" \\\\c \\$d"', value: 'a "b" \\c $d' },
      { key: 'x', raw: 'plain', value: 'plain' },
      { key: 'y', raw: "'s q'", value: 's q' },
      { key: 'z', raw: 'a\\ b', value: 'a b' },
    ]);
  });
  it('resolve an ENV value with escaped quotes into the scope', () => {
    const file = parseText('FROM a\nENV X="a \\"q\\""\nRUN true\n', 'Dockerfile');
    expect(file.instructions[2]!.scope.get('X')?.value).toBe('a "q"');
  });
});
