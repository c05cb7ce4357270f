import rule from '../../rules/expose-invalid-port';
import { ruleTable } from '../rule-table';

const at = (message: string, line: number, column: number, length: number) => ({ message, line, column, endLine: line, endColumn: column + length });
const range = (ports: string) => `\`${ports}\` is outside the valid port range 0-65535`;

ruleTable(rule, {
  accept: [
    { description: 'ports, ranges, protocols', code: 'FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp 9/sctp 8000-8010 0 65535\n' },
    { description: 'a variable without a value', code: 'FROM nginx:1.27\nEXPOSE $PORT\nEXPOSE ${PORT}/tcp\n' },
    { description: 'a variable with a value', code: 'FROM nginx:1.27\nARG PORT=8080\nENV PORTS="80 443"\nEXPOSE $PORT $PORTS\n' },
    { description: 'upper-case protocol (another rule)', code: 'FROM nginx:1.27\nEXPOSE 80/TCP\n' },
    { description: 'a host mapping (another rule)', code: 'FROM nginx:1.27\nEXPOSE 8080:80\n' },
    { description: 'ONBUILD with a variable', code: 'FROM nginx:1.27\nONBUILD EXPOSE $PORT\n' },
  ],
  reject: [
    { description: 'hadolint example', code: 'FROM nginx:1.27\nEXPOSE 80000\n', findings: [at(range('80000'), 2, 8, 5)] },
    { description: 'a range', code: 'FROM nginx:1.27\nEXPOSE 8000-70000/tcp\n', findings: [at(range('8000-70000'), 2, 8, 14)] },
    { description: 'an empty range', code: 'FROM nginx:1.27\nEXPOSE 90-80\n', findings: [at('`90-80` is an empty port range: the end is below the start', 2, 8, 5)] },
    { description: 'not a port', code: 'FROM nginx:1.27\nEXPOSE http\n', findings: [at('`http` is not a port or a port range', 2, 8, 4)] },
    { description: 'unknown protocol', code: 'FROM nginx:1.27\nEXPOSE 80/http\n', findings: [at('`http` is not a protocol EXPOSE knows: use tcp, udp or sctp', 2, 8, 7)] },
    { description: 'from an ARG', code: 'FROM nginx:1.27\nARG PORT=99999\nEXPOSE $PORT\n', findings: [at(range('99999'), 3, 8, 5)] },
    { description: 'ONBUILD', code: 'FROM nginx:1.27\nONBUILD EXPOSE 70000\n', findings: [at(range('70000'), 2, 16, 5)] },
  ],
});
