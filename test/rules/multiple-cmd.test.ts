import cmd from '../../rules/multiple-cmd';
import { ruleTable } from '../rule-table';

const over = (keyword: string, line: number, winner: number) => ({
  message: `${keyword} is overridden by the ${keyword} on line ${winner}: only the last ${keyword} of a stage takes effect`,
  line, column: 1, endLine: line, endColumn: 1 + keyword.length,
});

ruleTable(cmd, {
  accept: [
    { description: 'one CMD per stage', code: 'FROM a:1 AS build\nCMD ["a"]\nFROM b:1\nCMD ["b"]\n' },
    { description: 'overriding a parent stage', code: 'FROM a:1 AS base\nCMD ["a"]\nFROM base\nCMD ["b"]\n' },
    { description: 'an ONBUILD CMD', code: 'FROM a:1\nONBUILD CMD ["a"]\nCMD ["b"]\n' },
    { description: 'one of each', code: 'FROM scratch\nCMD ["/bin/true"]\nENTRYPOINT ["/bin/false"]\nHEALTHCHECK CMD ["/bin/true"]\n' },
    { description: 'two ENTRYPOINTs and two HEALTHCHECKs (the other rules)', code: 'FROM a:1\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\nHEALTHCHECK CMD true\nHEALTHCHECK CMD false\nCMD ["c"]\n' },
  ],
  reject: [
    { description: 'hadolint: two CMDs', code: 'FROM debian:buster\nCMD bash\nRUN foo\nCMD another\n', findings: [over('CMD', 2, 4)] },
    { description: 'three CMDs', code: 'FROM a:1\nCMD ["a"]\nCMD ["b"]\ncmd ["c"]\n', findings: [over('CMD', 2, 4), over('CMD', 3, 4)] },
    {
      description: 'the CMDs only, among duplicates of all three',
      code: 'FROM scratch\nCMD ["a"]\nENTRYPOINT ["b"]\nHEALTHCHECK CMD ["c"]\nCMD ["d"]\nENTRYPOINT ["e"]\nHEALTHCHECK CMD ["f"]\n',
      findings: [over('CMD', 2, 5)],
    },
  ],
});
