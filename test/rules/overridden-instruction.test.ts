import rule from '../../rules/overridden-instruction';
import { ruleTable } from '../rule-table';

const over = (keyword: string, line: number, winner: number) => ({
  message: `${keyword} is overridden by the ${keyword} on line ${winner}: only the last ${keyword} of a stage takes effect`,
  line, column: 1, endLine: line, endColumn: 1 + keyword.length,
});

ruleTable(rule, {
  accept: [
    { description: 'one CMD per stage', code: 'FROM a:1 AS build\nCMD ["a"]\nFROM b:1\nCMD ["b"]\n' },
    { description: 'overriding a parent stage', code: 'FROM a:1 AS base\nCMD ["a"]\nFROM base\nCMD ["b"]\n' },
    { description: 'an ONBUILD CMD', code: 'FROM a:1\nONBUILD CMD ["a"]\nCMD ["b"]\n' },
    { description: 'one ENTRYPOINT per stage', code: 'FROM a:1 AS x\nENTRYPOINT ["a"]\nFROM b:1\nENTRYPOINT ["b"]\nCMD ["c"]\n' },
    { description: 'one HEALTHCHECK per stage', code: 'FROM a:1 AS x\nHEALTHCHECK CMD true\nFROM b:1\nHEALTHCHECK NONE\n' },
    { description: 'one of each', code: 'FROM scratch\nCMD ["/bin/true"]\nENTRYPOINT ["/bin/false"]\nHEALTHCHECK CMD ["/bin/true"]\n' },
  ],
  reject: [
    { description: 'hadolint: two CMDs', code: 'FROM debian:buster\nCMD bash\nRUN foo\nCMD another\n', findings: [over('CMD', 2, 4)] },
    { description: 'three CMDs', code: 'FROM a:1\nCMD ["a"]\nCMD ["b"]\ncmd ["c"]\n', findings: [over('CMD', 2, 4), over('CMD', 3, 4)] },
    { description: 'hadolint: two ENTRYPOINTs', code: 'FROM debian:buster\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\n', findings: [over('ENTRYPOINT', 2, 4)] },
    { description: 'BuildKit example: two ENTRYPOINTs', code: 'FROM alpine\nENTRYPOINT ["echo", "Hello, Norway!"]\nENTRYPOINT ["echo", "Hello, Sweden!"]\n', findings: [over('ENTRYPOINT', 2, 3)] },
    { description: 'hadolint: two HEALTHCHECKs', code: 'FROM debian\nHEALTHCHECK CMD /bin/bla\nHEALTHCHECK CMD /bin/bla2\n', findings: [over('HEALTHCHECK', 2, 3)] },
    { description: 'HEALTHCHECK NONE counts', code: 'FROM debian\nHEALTHCHECK NONE\nHEALTHCHECK --interval=5s CMD true\n', findings: [over('HEALTHCHECK', 2, 3)] },
    {
      description: 'all three, in file order',
      code: 'FROM scratch\nCMD ["a"]\nENTRYPOINT ["b"]\nHEALTHCHECK CMD ["c"]\nCMD ["d"]\nENTRYPOINT ["e"]\nHEALTHCHECK CMD ["f"]\n',
      findings: [over('CMD', 2, 5), over('ENTRYPOINT', 3, 6), over('HEALTHCHECK', 4, 7)],
    },
  ],
});
