import type { Instruction, Stage, Word } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { resolveWord, stageChain } from '../src/lint/queries';

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path);
}

/** A WORKDIR before `inst` in its stage, or anywhere in the stages it is built on. */
function workdirBefore(stage: Stage, inst: Instruction): boolean {
  return stageChain(stage).some((s) => s.instructions.some((other) => other.keyword === 'WORKDIR' && (s !== stage || other.index < inst.index)));
}

export default defineRule({
  id: 'copy-relative-dest-without-workdir',
  aliases: ['DL3045'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: 'COPY to a relative destination before any WORKDIR is set',
    details: `Flags a \`COPY\` whose destination is relative (\`COPY app.py app/\`, \`COPY . .\`) when no \`WORKDIR\`
comes before it in the stage or in the earlier stages it is built on. The finding is at the destination. ARG and
ENV values are resolved first.`,
    why: `A relative destination is resolved against the working directory, which, with no WORKDIR in the
Dockerfile, is whatever the base image set: \`/\` for most images, \`/go\`, \`/var/www/html\` or \`/usr/src/app\` for
others. Files land somewhere the Dockerfile does not show, and move when the base image changes. Set WORKDIR
first, or copy to an absolute path.`,
    bad: `FROM python:3.12-slim
COPY . app/
CMD ["python", "app/main.py"]`,
    good: `FROM python:3.12-slim
WORKDIR /app
COPY . .
CMD ["python", "main.py"]`,
    notes: `Not reported: absolute destinations (\`/app\`, \`C:\\app\`), destinations whose variables have no value,
\`ONBUILD COPY\` (it runs in an image whose WORKDIR is unknown here). A WORKDIR set in a stage this one is built
\`FROM\` counts, as in hadolint. A WORKDIR set by the base image cannot be seen and does not count.`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== 'COPY') continue;
        const words: Word[] = inst.execArgs ?? inst.args;
        if (words.length < 2) continue;
        const destWord = words[words.length - 1]!;
        const dest = resolveWord(inst, destWord.value, file.escapeChar);
        if (dest === null || dest === '' || isAbsolute(dest) || isAbsolute(destWord.value)) continue;
        if (workdirBefore(stage, inst)) continue;
        report({ message: `\`COPY\` to the relative path \`${dest}\` with no WORKDIR set: set WORKDIR first or use an absolute path`, range: destWord.range });
      }
    }
  },
});
