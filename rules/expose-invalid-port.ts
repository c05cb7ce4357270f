import { defineRule } from '../src/lint/rule';
import { exposedValues } from '../src/lint/expose';

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

/** What is wrong with one EXPOSE value (`80`, `8000-8010/udp`), or null. */
function problem(value: string): string | null {
  const slash = value.indexOf('/');
  const ports = slash >= 0 ? value.slice(0, slash) : value;
  const protocol = slash >= 0 ? value.slice(slash + 1) : null;
  // A host address or host port is `expose-host-mapping`.
  if (ports.includes(':')) return null;
  const match = /^([0-9]+)(?:-([0-9]+))?$/.exec(ports);
  if (!match) return `\`${value}\` is not a port or a port range`;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  if (start > 65535 || end > 65535) return `\`${ports}\` is outside the valid port range 0-65535`;
  if (end < start) return `\`${ports}\` is an empty port range: the end is below the start`;
  if (protocol !== null && !PROTOCOLS.has(protocol.toLowerCase())) return `\`${protocol}\` is not a protocol EXPOSE knows: use tcp, udp or sctp`;
  return null;
}

export default defineRule({
  id: 'expose-invalid-port',
  aliases: ['DL3011'],
  severity: 'error',
  category: 'correctness',
  docs: {
    summary: 'EXPOSE of an invalid port: out of 0-65535, not a number, or an unknown protocol',
    details: `Flags each \`EXPOSE\` value that Docker rejects or does not honour:

- a port or a range end above 65535 (\`EXPOSE 80000\`, \`EXPOSE 8000-70000\`), or a range whose end is below its start;
- a value that is not a port (\`EXPOSE http\`) or a protocol other than tcp, udp and sctp.

ARG and ENV values are resolved first; a value that stays unknown (\`EXPOSE $PORT\` without a default) is fine.`,
    why: `EXPOSE documents the ports the application listens on, and \`docker run -P\` publishes them. A port out of
range, not a number or with an unknown protocol makes the build fail, or an image whose configuration other tools
cannot read.`,
    bad: `FROM nginx:1.27
EXPOSE 80800`,
    good: `FROM nginx:1.27
EXPOSE 80 443/tcp 8000-8010/udp`,
    notes: `An IP address or host port (\`EXPOSE 8080:80\`) is \`expose-host-mapping\` (ExposeInvalidFormat). A protocol
written in upper case is \`expose-protocol-casing\` (ExposeProtoCasing). \`EXPOSE 22\` is reported
by \`sshd-in-container\`.`,
  },
  check({ file, report }) {
    for (const { word, value } of exposedValues(file)) {
      const message = problem(value);
      if (message) report({ message, range: word.range });
    }
  },
});
