import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/lint/fix';
import type { TextEdit } from '../../src/lint/rule';

const edit = (line: number, start: number, endLine: number, end: number, text: string): TextEdit => ({
  range: { start: { line, character: start }, end: { line: endLine, character: end } },
  text,
});

describe('applyEdits', () => {
  it('returns the text unchanged without edits', () => {
    expect(applyEdits('FROM a\n', [])).toBe('FROM a\n');
  });
  it('applies edits on several lines, in any order', () => {
    const text = 'FROM a\nADD x /x\nADD y /y\n';
    expect(applyEdits(text, [edit(1, 0, 1, 3, 'COPY'), edit(2, 0, 2, 3, 'COPY')])).toBe('FROM a\nCOPY x /x\nCOPY y /y\n');
    expect(applyEdits(text, [edit(2, 0, 2, 3, 'COPY'), edit(1, 0, 1, 3, 'COPY')])).toBe('FROM a\nCOPY x /x\nCOPY y /y\n');
  });
  it('applies two edits on one line', () => {
    expect(applyEdits('abc def', [edit(0, 4, 0, 7, 'XY'), edit(0, 0, 0, 3, '1')])).toBe('1 XY');
  });
  it('replaces across lines and keeps CRLF line ends', () => {
    expect(applyEdits('A\r\nB \\\r\n  C\r\nD\r\n', [edit(1, 0, 2, 3, 'E')])).toBe('A\r\nE\r\nD\r\n');
  });
  it('inserts and deletes', () => {
    expect(applyEdits('ab', [edit(0, 1, 0, 1, '-'), edit(0, 2, 0, 2, '!')])).toBe('a-b!');
    expect(applyEdits('abc', [edit(0, 0, 0, 2, '')])).toBe('c');
  });
  it('accepts adjacent edits', () => {
    expect(applyEdits('abcd', [edit(0, 0, 0, 2, 'X'), edit(0, 2, 0, 4, 'Y')])).toBe('XY');
  });
  it('throws on overlapping edits', () => {
    expect(() => applyEdits('abcd', [edit(0, 0, 0, 3, 'X'), edit(0, 2, 0, 4, 'Y')])).toThrow(/overlapping/);
  });
  it('throws on two insertions at one place', () => {
    expect(() => applyEdits('ab', [edit(0, 1, 0, 1, 'X'), edit(0, 1, 0, 1, 'Y')])).toThrow(/overlapping/);
  });
});
