import { defineRule } from '../src/lint/rule';
import { exposedValues } from '../src/lint/expose';

export default defineRule({
  id: 'expose-host-mapping',
  aliases: ['ExposeInvalidFormat'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: 'EXPOSE with an IP address or host port (`EXPOSE 8080:80`): EXPOSE only declares container ports',
    details: `Flags an \`EXPOSE\` value with an IP address or a host port before the container port
(\`EXPOSE 127.0.0.1:8080:80\`, \`EXPOSE 8080:80/tcp\`), at the value. ARG and ENV values are resolved first.`,
    why: `EXPOSE documents the ports the application listens on inside the container; which host address and
port they are published on is decided when the container runs (\`docker run -p 8080:80\`, compose \`ports:\`).
Docker drops the host part with a warning, so the Dockerfile promises a mapping that never happens.`,
    bad: `FROM nginx:1.27
EXPOSE 8080:80`,
    good: `FROM nginx:1.27
EXPOSE 80
# publish with: docker run -p 8080:80 ...`,
    notes: `Values whose variables have no value are not checked. Ports out of range are \`expose-invalid-port\`
(DL3011).`,
  },
  check({ file, report }) {
    for (const { word, value } of exposedValues(file)) {
      const ports = value.split('/')[0]!;
      if (!ports.includes(':')) continue;
      const container = ports.slice(ports.lastIndexOf(':') + 1);
      report({
        message: `\`EXPOSE ${value}\` maps a host address or port, which EXPOSE cannot do: expose \`${container}\` and publish with \`docker run -p\``,
        range: word.range,
      });
    }
  },
});
