import rule from '../../rules/ln-bin-sh';
import { ruleTable } from '../rule-table';

const message = 'Do not relink `/bin/sh`: set the shell for RUN with SHELL';

ruleTable(rule, {
  accept: [
    { description: 'SHELL', code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\n' },
    { description: 'another link', code: 'FROM debian:12\nRUN ln -s /bin/bash /usr/local/bin/sh && ln -sf /bin/sh /bin/mysh\n' },
    { description: 'heredoc data', code: 'FROM debian:12\nRUN cat <<EOF > /x\nln -sf /bin/bash /bin/sh\nEOF\n' },
  ],
  reject: [
    { description: 'hadolint example', code: 'FROM debian:12\nRUN ln -sfv /bin/bash /bin/sh\n', findings: [{ message, line: 2, column: 5, endLine: 2, endColumn: 30 }] },
    { description: 'in a chain', code: 'FROM debian:12\nRUN rm /bin/sh && ln -s /bin/bash /bin/sh\n', findings: [{ message, line: 2, column: 19, endLine: 2, endColumn: 42 }] },
    { description: 'ONBUILD', code: 'FROM debian:12\nONBUILD RUN ln -s bash /bin/sh\n', findings: [{ message, line: 2, column: 13, endLine: 2, endColumn: 31 }] },
  ],
});
