import type { KeyValue, Range } from '../src/dockerfile/model';
import { expand } from '../src/dockerfile/variables';
import { defineRule } from '../src/lint/rule';

/** The range of `length` characters at `offset` in the value as written, when the value sits on one line. */
function rangeIn(pair: KeyValue, offset: number, length: number): Range {
  const range = pair.valueRange!;
  if (range.start.line !== range.end.line) return range;
  const start = range.start.character + offset;
  return { start: { line: range.start.line, character: start }, end: { line: range.start.line, character: start + length } };
}

export default defineRule({
  id: 'env-self-reference',
  aliases: ['DL3044'],
  severity: 'error',
  category: 'correctness',
  docs: {
    summary: 'ENV uses a variable that the same ENV statement defines',
    details: `Flags a \`$NAME\` in an \`ENV\` value when \`NAME\` is set by an earlier pair of the same \`ENV\`
statement: \`ENV DIR=/opt/app BIN=$DIR/bin\`. ONBUILD triggers too.`,
    why: `Docker expands every value of an ENV statement with the variables as they were before the statement:
\`BIN\` gets the old \`DIR\` (or an empty string), not \`/opt/app\`. Split the statement so the variable is
defined before it is used.`,
    bad: `FROM alpine:3.20
ENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin`,
    good: `FROM alpine:3.20
ENV APP_HOME=/opt/app
ENV APP_BIN=$APP_HOME/bin`,
    notes: `Not reported: a value that refers to its own key (\`ENV PATH=/opt/bin:$PATH\` extends the previous
value, as intended; \`ENV PATH=/a:$PATH PATH=/b:$PATH\` is reported, as in hadolint: the second pair does not see
\`/a\`), a reference to a key set by a later pair of the statement (its value before the statement
is what the order suggests anyway), and escaped or single-quoted \`$\`, which Docker does not expand.`,
  },
  check({ file, report }) {
    for (const top of file.instructions) {
      const inst = top.trigger ?? top;
      if (inst.keyword !== 'ENV') continue;
      const defined = new Set<string>();
      for (const pair of inst.pairs) {
        if (pair.rawValue !== null && pair.valueRange !== null) {
          const expansion = expand(pair.rawValue, () => undefined, file.escapeChar);
          for (const ref of expansion.references) {
            if (!defined.has(ref.name)) continue;
            report({
              message: `${ref.name} is defined in the same ENV statement: the value uses its previous value; set it in an earlier ENV`,
              range: rangeIn(pair, ref.offset, ref.length),
            });
          }
        }
        defined.add(pair.key);
      }
    }
  },
});
