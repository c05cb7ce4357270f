import { defineRule } from '../src/lint/rule';
import { labelsOf } from '../src/lint/labels';

// Docker's label key guidance: lower-case letters, digits, `.` and `-`; start with a letter, end with a letter
// or digit; no `..` or `--`. Namespaces Docker reserves for itself.
const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];
const VALID = /^[a-z](?:[a-z0-9.-]*[a-z0-9])?$/;

export default defineRule({
  id: 'invalid-label-key',
  aliases: ['DL3048'],
  severity: 'style',
  category: 'style',
  docs: {
    summary: 'A LABEL key that is not a valid label key, or uses a namespace reserved for Docker',
    details: `Flags a \`LABEL\` key (ARG and ENV values substituted) that:

- uses a namespace Docker reserves for itself: \`com.docker.*\`, \`io.docker.*\`, \`org.dockerproject.*\`;
- or is not written as Docker asks label keys to be: lower-case letters, digits, \`.\` and \`-\` only,
  starting with a letter and ending with a letter or digit, without \`..\` or \`--\`.

ONBUILD LABEL keys are checked too.`,
    why: `Label keys are read by tools that match them exactly: \`Maintainer\`, \`maintainer\` and
\`MAINTAINER\` are three labels, and \`version_1\` does not fit the reverse-DNS naming that lets
organisations share label names without clashes. Keys in Docker's own namespaces may be overwritten or
interpreted by Docker.`,
    bad: `FROM alpine:3.20
LABEL Maintainer="team@example.com" com.docker.extension.title="App"`,
    good: `FROM alpine:3.20
LABEL org.opencontainers.image.authors="team@example.com" com.example.title="App"`,
    notes: `Not reported: keys built from a variable that has no value in the Dockerfile. The reverse-DNS
prefix is recommended by Docker but not required, so \`maintainer\` or \`version\` alone are valid keys.
\`org.label-schema.*\` and \`org.opencontainers.*\` are fine.`,
  },
  check({ file, report }) {
    for (const label of labelsOf(file, true)) {
      const key = label.key;
      if (key === null || key === '') continue;
      const range = label.pair.keyRange;
      const reserved = RESERVED.find((prefix) => key.toLowerCase().startsWith(prefix));
      if (reserved) {
        report({ message: `label key "${key}" uses the namespace ${reserved}* reserved for Docker`, range });
      } else if (!VALID.test(key) || key.includes('..') || key.includes('--')) {
        report({ message: `invalid label key "${key}": use lower-case letters, digits, "." and "-", start with a letter, end with a letter or digit, no ".." or "--"`, range });
      }
    }
  },
});
