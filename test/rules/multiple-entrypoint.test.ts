import entrypoint from '../../rules/multiple-entrypoint';
import { ruleTable } from '../rule-table';

const over = (keyword: string, line: number, winner: number) => ({
  message: `${keyword} is overridden by the ${keyword} on line ${winner}: only the last ${keyword} of a stage takes effect`,
  line, column: 1, endLine: line, endColumn: 1 + keyword.length,
});

ruleTable(entrypoint, {
  accept: [
    { description: 'one per stage', code: 'FROM a:1 AS x\nENTRYPOINT ["a"]\nFROM b:1\nENTRYPOINT ["b"]\nCMD ["c"]\n' },
    { description: 'overriding a parent stage', code: 'FROM a:1 AS base\nENTRYPOINT ["a"]\nFROM base\nENTRYPOINT ["b"]\n' },
    { description: 'an ONBUILD ENTRYPOINT', code: 'FROM a:1\nONBUILD ENTRYPOINT ["a"]\nENTRYPOINT ["b"]\n' },
    { description: 'two CMDs and two HEALTHCHECKs (the other rules)', code: 'FROM a:1\nENTRYPOINT ["e"]\nCMD ["a"]\nCMD ["b"]\nHEALTHCHECK CMD true\nHEALTHCHECK CMD false\n' },
  ],
  reject: [
    { description: 'hadolint: two ENTRYPOINTs', code: 'FROM debian:buster\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\n', findings: [over('ENTRYPOINT', 2, 4)] },
    { description: 'BuildKit example: two ENTRYPOINTs', code: 'FROM alpine\nENTRYPOINT ["echo", "Hello, Norway!"]\nENTRYPOINT ["echo", "Hello, Sweden!"]\n', findings: [over('ENTRYPOINT', 2, 3)] },
    {
      description: 'the ENTRYPOINTs only, among duplicates of all three',
      code: 'FROM scratch\nCMD ["a"]\nENTRYPOINT ["b"]\nHEALTHCHECK CMD ["c"]\nCMD ["d"]\nENTRYPOINT ["e"]\nHEALTHCHECK CMD ["f"]\n',
      findings: [over('ENTRYPOINT', 3, 6)],
    },
  ],
});
