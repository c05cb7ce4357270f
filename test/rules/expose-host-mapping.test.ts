import rule from '../../rules/expose-host-mapping';
import { ruleTable } from '../rule-table';

const at = (value: string, container: string, line: number, column: number, length = value.length) => ({
  message: `\`EXPOSE ${value}\` maps a host address or port, which EXPOSE cannot do: expose \`${container}\` and publish with \`docker run -p\``,
  line, column, endLine: line, endColumn: column + length,
});

ruleTable(rule, {
  accept: [
    { description: 'container ports', code: 'FROM nginx:1.27\nEXPOSE 80 443/tcp 8000-8010/udp\n' },
    { description: 'unresolved', code: 'FROM nginx:1.27\nEXPOSE $HOST_PORT:80\n' },
    { description: 'ONBUILD with a variable', code: 'FROM nginx:1.27\nONBUILD EXPOSE $A:80\n' },
  ],
  reject: [
    { description: 'BuildKit example: IP and host port', code: 'FROM nginx:1.27\nEXPOSE 127.0.0.1:80:80\n', findings: [at('127.0.0.1:80:80', '80', 2, 8)] },
    { description: 'host port with a protocol', code: 'FROM nginx:1.27\nEXPOSE 80 8080:80/tcp\n', findings: [at('8080:80/tcp', '80', 2, 11)] },
    { description: 'from an ARG', code: 'FROM nginx:1.27\nARG P=8080:8000\nEXPOSE $P\n', findings: [at('8080:8000', '8000', 3, 8, 2)] },
    { description: 'ONBUILD', code: 'FROM nginx:1.27\nONBUILD EXPOSE 1:2\n', findings: [at('1:2', '2', 2, 16)] },
  ],
});
