import type { Dockerfile, Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';

/** MAINTAINER keeps the rest of the line as written; Docker does not expand variables in it. */
function maintainerValue(file: Dockerfile, inst: Instruction): string {
  const first = inst.args[0]!;
  const last = inst.args[inst.args.length - 1]!;
  if (first.range.start.line === last.range.end.line) {
    return file.lines[first.range.start.line]!.slice(first.range.start.character, last.range.end.character);
  }
  return inst.args.map((word) => word.value).join(' ');
}

/** A double-quoted LABEL value that reads back as `value`: the escape character, quotes and `$` escaped. */
function quoted(value: string, escapeChar: string): string {
  let out = '';
  for (const c of value) out += c === '"' || c === '$' || c === escapeChar ? escapeChar + c : c;
  return `"${out}"`;
}

export default defineRule({
  id: 'maintainer-deprecated',
  aliases: ['DL4000', 'MaintainerDeprecated'],
  severity: 'error',
  category: 'maintainability',
  fixable: true,
  docs: {
    summary: 'MAINTAINER is deprecated: use a LABEL',
    details: `Flags every \`MAINTAINER\` instruction. The fix replaces it with
\`LABEL org.opencontainers.image.authors="<the same value>"\`, the OCI annotation for the people responsible
for the image, with quotes, \`$\` and the escape character escaped so that the label holds exactly what
MAINTAINER held.`,
    why: `MAINTAINER has been deprecated since Docker 1.13: it fills a field of the image configuration that
nothing reads, and it cannot say anything else (a URL, a team, a source repository). Labels are shown by
\`docker inspect\`, read by registries and scanners, and sit next to the other OCI annotations. Older
Dockerfiles, such as the one shown in "Docker for Developers" (2015), still start with MAINTAINER; it is the
first line to modernise.`,
    bad: `FROM python:3.12-slim
MAINTAINER Jane Doe <jane@example.com>`,
    good: `FROM python:3.12-slim
LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"`,
    notes: `Severity is \`error\`, as in hadolint (DL4000); BuildKit's build check (MaintainerDeprecated)
only warns. whale keeps hadolint's level because the instruction is deprecated outright, not merely
discouraged, the fix is mechanical and safe, and configurations written for hadolint expect the failure.
\`ONBUILD MAINTAINER\` is left to the rule on invalid ONBUILD triggers (Docker refuses it).`,
  },
  check({ file, report }) {
    for (const inst of file.instructions) {
      if (inst.keyword !== 'MAINTAINER' || inst.args.length === 0) continue;
      const keyword = inst.keywordText === inst.keywordText.toLowerCase() ? 'label' : 'LABEL';
      const label = `${keyword} org.opencontainers.image.authors=${quoted(maintainerValue(file, inst), file.escapeChar)}`;
      report({
        message: 'MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors instead',
        range: inst.range,
        fix: [{ range: inst.range, text: label }],
      });
    }
  },
});
