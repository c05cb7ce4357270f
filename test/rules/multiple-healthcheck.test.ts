import healthcheck from '../../rules/multiple-healthcheck';
import { ruleTable } from '../rule-table';

const over = (keyword: string, line: number, winner: number) => ({
  message: `${keyword} is overridden by the ${keyword} on line ${winner}: only the last ${keyword} of a stage takes effect`,
  line, column: 1, endLine: line, endColumn: 1 + keyword.length,
});

ruleTable(healthcheck, {
  accept: [
    { description: 'one per stage', code: 'FROM a:1 AS x\nHEALTHCHECK CMD true\nFROM b:1\nHEALTHCHECK NONE\n' },
    { description: 'overriding a parent stage', code: 'FROM a:1 AS base\nHEALTHCHECK CMD true\nFROM base\nHEALTHCHECK NONE\n' },
    { description: 'two CMDs and two ENTRYPOINTs (the other rules)', code: 'FROM a:1\nHEALTHCHECK CMD true\nCMD ["a"]\nCMD ["b"]\nENTRYPOINT ["c"]\nENTRYPOINT ["d"]\n' },
  ],
  reject: [
    { description: 'hadolint: two HEALTHCHECKs', code: 'FROM debian\nHEALTHCHECK CMD /bin/bla\nHEALTHCHECK CMD /bin/bla2\n', findings: [over('HEALTHCHECK', 2, 3)] },
    { description: 'HEALTHCHECK NONE counts', code: 'FROM debian\nHEALTHCHECK NONE\nHEALTHCHECK --interval=5s CMD true\n', findings: [over('HEALTHCHECK', 2, 3)] },
    {
      description: 'the HEALTHCHECKs only, among duplicates of all three',
      code: 'FROM scratch\nCMD ["a"]\nENTRYPOINT ["b"]\nHEALTHCHECK CMD ["c"]\nCMD ["d"]\nENTRYPOINT ["e"]\nHEALTHCHECK CMD ["f"]\n',
      findings: [over('HEALTHCHECK', 4, 7)],
    },
  ],
});
