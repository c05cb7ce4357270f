import entrypoint from '../../rules/multiple-entrypoint';
import { ruleTable } from '../rule-table';

const over = (keyword: string, line: number, winner: number) => ({
  message: `${keyword} is overridden by the ${keyword} on line ${winner}: only the last ${keyword} of a stage takes effect`,
  line, column: 1, endLine: line, endColumn: 1 + keyword.length,
});

ruleTable(entrypoint, {
  accept: [
    { description: 'one per stage', code: 'FROM a:1 AS x\nENTRYPOINT ["a"]\nFROM b:1\nENTRYPOINT ["b"]\nCMD ["c"]\n' },
  ],
  reject: [
    { description: 'hadolint: two ENTRYPOINTs', code: 'FROM debian:buster\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\n', findings: [over('ENTRYPOINT', 2, 4)] },
  ],
});
