import healthcheck from '../../rules/multiple-healthcheck';
import { ruleTable } from '../rule-table';

const over = (keyword: string, line: number, winner: number) => ({
  message: `${keyword} is overridden by the ${keyword} on line ${winner}: only the last ${keyword} of a stage takes effect`,
  line, column: 1, endLine: line, endColumn: 1 + keyword.length,
});

ruleTable(healthcheck, {
  accept: [
    { description: 'one per stage', code: 'FROM a:1 AS x\nHEALTHCHECK CMD true\nFROM b:1\nHEALTHCHECK NONE\n' },
  ],
  reject: [
    { description: 'hadolint: two HEALTHCHECKs', code: 'FROM debian\nHEALTHCHECK CMD /bin/bla\nHEALTHCHECK CMD /bin/bla2\n', findings: [over('HEALTHCHECK', 2, 3)] },
    { description: 'HEALTHCHECK NONE counts', code: 'FROM debian\nHEALTHCHECK NONE\nHEALTHCHECK --interval=5s CMD true\n', findings: [over('HEALTHCHECK', 2, 3)] },
  ],
});
