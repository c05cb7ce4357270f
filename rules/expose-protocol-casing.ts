import { defineRule } from '../src/lint/rule';
import { exposedValues } from '../src/lint/expose';

export default defineRule({
  id: 'expose-protocol-casing',
  aliases: ['ExposeProtoCasing'],
  severity: 'warning',
  category: 'style',
  fixable: true,
  docs: {
    summary: 'EXPOSE protocol not in lower case (`80/TCP`)',
    details: `Flags an \`EXPOSE\` value whose protocol is not written in lower case (\`EXPOSE 80/TCP\`,
\`EXPOSE 53/Udp\`), at the value. The fix lower-cases the protocol where it is written literally.`,
    why: `Docker expects \`tcp\`, \`udp\` and \`sctp\` in lower case; it accepts other casings only by converting them,
and tools that read the image configuration may not. Lower case matches Docker's own output (\`80/tcp\`).`,
    bad: `FROM nginx:1.27
EXPOSE 80/TCP`,
    good: `FROM nginx:1.27
EXPOSE 80/tcp`,
    notes: `A protocol Docker does not know at all (\`80/http\`) is \`expose-invalid-port\`. Values whose variables
have no value are not checked.`,
  },
  check({ file, report }) {
    for (const { word, value } of exposedValues(file)) {
      const slash = value.indexOf('/');
      if (slash < 0) continue;
      const protocol = value.slice(slash + 1);
      if (protocol === protocol.toLowerCase() || !['tcp', 'udp', 'sctp'].includes(protocol.toLowerCase())) continue;
      const literal = word.value === value && word.range.start.line === word.range.end.line;
      report({
        message: `Write the protocol in lower case: \`${value.slice(0, slash)}/${protocol.toLowerCase()}\``,
        range: word.range,
        ...(literal ? { fix: [{ range: word.range, text: value.toLowerCase() }] } : {}),
      });
    }
  },
});
