import { ruleTable } from '../rule-table';
import rule from '../../rules/inconsistent-instruction-casing';

const at = (cmd: string, casing: string, line: number, column = 1) => ({ message: `Command '${cmd}' should match the case of the command majority (${casing})`, line, column, endLine: line, endColumn: column + cmd.length });

ruleTable(rule, {
  accept: [
    { description: 'all upper case', code: 'FROM alpine\nRUN echo hello > /greeting.txt\nENTRYPOINT ["cat", "/greeting.txt"]\n' },
    { description: 'all lower case', code: 'from alpine\nrun echo hello > /greeting.txt\nentrypoint ["cat", "/greeting.txt"]\n' },
    { description: 'ONBUILD trigger in the same case', code: 'FROM alpine\nONBUILD RUN echo hi\n' },
    { description: 'the keyword of an ONBUILD trigger is not checked (BuildKit)', code: 'FROM alpine\nRUN true\nONBUILD run echo hi\n' },
  ],
  reject: [
    { description: "BuildKit's example (upper-case majority)", code: 'FROM alpine\nRUN echo hello > /greeting.txt\nEntrypoint ["cat", "/greeting.txt"]\n', findings: [at('Entrypoint', 'uppercase', 3)] },
    { description: 'lower-case majority', code: 'from alpine\nrun echo hello > /greeting.txt\nENTRYPOINT ["cat", "/greeting.txt"]\n', findings: [at('ENTRYPOINT', 'lowercase', 3)] },
    { description: 'a tie counts as upper case', code: 'FROM alpine\nrun echo hi\n', findings: [at('run', 'uppercase', 2)] },
  ],
});
