import type { KeyValue } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';

/** `key="value"` that reads back as the legacy value, or null when that needs escapes (no fix then). */
function modern(pair: KeyValue, escapeChar: string): string | null {
  const raw = pair.rawValue ?? '';
  if (pair.range.start.line !== pair.range.end.line) return null;
  if (raw.includes('"') || raw.includes("'") || raw.includes(escapeChar)) return null;
  return /\s/.test(raw) || raw === '' ? `${pair.key}="${raw}"` : `${pair.key}=${raw}`;
}

export default defineRule({
  id: 'legacy-key-value-format',
  aliases: ['LegacyKeyValueFormat'],
  severity: 'warning',
  category: 'maintainability',
  fixable: true,
  docs: {
    summary: '`ENV key value` or `LABEL key value`: use `key=value`',
    details: `Flags \`ENV\` and \`LABEL\` written in the legacy form, a key then everything else on the line as its
value (\`ENV PATH /app/bin:$PATH\`). ONBUILD triggers are not checked, as in BuildKit, which keeps a
trigger as text until a child image runs it. The fix writes \`key=value\`, quoting the value
when it has spaces; a value with quotes or escapes is left for a person to rewrite.`,
    why: `The legacy form takes the rest of the line as one value, so \`ENV A 1 B 2\` sets \`A\` to \`1 B 2\` rather
than two variables. Docker deprecated it; \`key=value\` is unambiguous and lets one instruction set several
values.`,
    bad: `FROM alpine:3.20
ENV APP_HOME /app
LABEL maintainer team@example.com`,
    good: `FROM alpine:3.20
ENV APP_HOME=/app
LABEL maintainer=team@example.com`,
    notes: 'Same as BuildKit\'s `LegacyKeyValueFormat` check.',
  },
  check({ file, report }) {
    for (const inst of file.instructions) {
      if (inst.keyword !== 'ENV' && inst.keyword !== 'LABEL') continue;
      for (const pair of inst.pairs) {
        if (!pair.legacyForm) continue;
        const text = modern(pair, file.escapeChar);
        report({
          message: `"${inst.keyword} key=value" should be used instead of legacy "${inst.keyword} key value" format`,
          range: pair.range,
          ...(text === null ? {} : { fix: [{ range: pair.range, text }] }),
        });
      }
    }
  },
});
