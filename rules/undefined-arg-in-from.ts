import type { Range, Word } from '../src/dockerfile/model';
import { expand } from '../src/dockerfile/variables';
import { defineRule } from '../src/lint/rule';
import { closestName } from '../src/lint/suggest';

/** Where a reference sits in a word: exact when the word is written on one line as its value, else the word. */
function referenceRange(word: { value: string; range: Range }, offset: number, length: number): Range {
  const { start, end } = word.range;
  if (start.line !== end.line || end.character - start.character !== word.value.length) return word.range;
  return { start: { line: start.line, character: start.character + offset }, end: { line: start.line, character: start.character + offset + length } };
}

export default defineRule({
  id: 'undefined-arg-in-from',
  aliases: ['UndefinedArgInFrom'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: 'FROM uses a variable that no ARG before the first FROM declares',
    details: `Flags \`$NAME\` and \`\${NAME}\` in the image and the \`--platform\` of a \`FROM\` when no \`ARG NAME\`
comes before the first \`FROM\`. Only those global ARGs (and Docker's built-in build arguments such as
\`TARGETPLATFORM\` and \`BUILDPLATFORM\`) are visible to FROM: an ARG or ENV inside a stage is not. When a
declared name is close, the message suggests it.`,
    why: `An undeclared variable expands to nothing, so \`FROM python:\${PY_VERSON}-slim\` asks for \`python:-slim\`
and the build fails, or worse, \`FROM \${REGISTRY}/app\` silently pulls from Docker Hub.`,
    bad: `ARG VERSION=3.20
FROM alpine:\${VERSON}`,
    good: `ARG VERSION=3.20
FROM alpine:\${VERSION}`,
    notes: `Same as BuildKit's \`UndefinedArgInFrom\` check. A reference with a default or an alternative
(\`\${TAG:-latest}\`, \`\${TAG:+:$TAG}\`) is reported too, as BuildKit does: without \`ARG TAG\` before the first
FROM, \`--build-arg TAG=...\` cannot reach it, so the default is always what the build gets.`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      const from = stage.from;
      const words: Array<{ value: string; range: Range }> = [];
      if (from.args[0]) words.push(from.args[0] as Word);
      for (const flag of from.flags) {
        if (flag.name.toLowerCase() === 'platform' && flag.value !== null && flag.valueRange) words.push({ value: flag.value, range: flag.valueRange });
      }
      for (const word of words) {
        const expansion = expand(word.value, () => undefined, file.escapeChar);
        // One finding per name and word, as BuildKit (`\${TAG:+:$TAG}` names TAG twice).
        const seen = new Set<string>();
        for (const ref of expansion.references) {
          if (from.scope.has(ref.name) || seen.has(ref.name)) continue;
          seen.add(ref.name);
          const suggestion = closestName(ref.name, [...from.scope.keys()]);
          report({
            message: `FROM argument '${ref.name}' is not declared${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
            range: referenceRange(word, ref.offset, ref.length),
          });
        }
      }
    }
  },
});
