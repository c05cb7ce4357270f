import type { Instruction, Stage } from '../src/dockerfile/model';
import { unquote } from '../src/dockerfile/variables';
import { defineRule } from '../src/lint/rule';
import { stageChain } from '../src/lint/queries';

/** `/app`, `$HOME/app`, `C:\\app`, `c:/app`, `\\app`: paths that do not depend on the working directory before. */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || path.startsWith('$') || /^[A-Za-z]:/.test(path);
}

/** True when an absolute WORKDIR comes before `inst` in its stage or in the stages it is built on. */
function absoluteBefore(stage: Stage, inst: Instruction, escapeChar: string): boolean {
  return stageChain(stage).some((s) => s.instructions.some((other) =>
    other.keyword === 'WORKDIR' && (s !== stage || other.index < inst.index) && other.args.length > 0
    && workdirIsAbsolute(other, escapeChar)));
}

function workdirIsAbsolute(inst: Instruction, escapeChar: string): boolean {
  const raw = inst.args.map((w) => w.value).join(' ');
  return isAbsolute(raw) || isAbsolute(unquote(raw, escapeChar));
}

export default defineRule({
  id: 'workdir-relative-path',
  aliases: ['DL3000', 'WorkdirRelativePath'],
  severity: 'error',
  category: 'correctness',
  docs: {
    summary: 'WORKDIR is a relative path with no absolute WORKDIR before it',
    details: `Flags a \`WORKDIR\` whose path is relative (\`WORKDIR app\`) when no absolute \`WORKDIR\` came before it
in the stage or in the earlier stages it is built on. Such a path is resolved against whatever working directory the
base image happens to set, which the Dockerfile does not show.

Paths starting with \`/\`, \`\\\`, a Windows drive (\`C:\\app\`, \`c:/app\`) or a variable (\`$HOME/app\`) count as
absolute. Quotes are removed first, so \`WORKDIR "app"\` is relative.`,
    why: `\`WORKDIR app\` means \`app\` under the base image's working directory: \`/app\` today, \`/usr/src/app\` or
\`/go/app\` after a change of base image. Every later \`COPY . .\`, \`RUN\` and \`CMD\` then runs somewhere else.
An absolute path says where the files go, whatever the base image does.`,
    bad: `FROM python:3.12-slim
WORKDIR app
COPY . .`,
    good: `FROM python:3.12-slim
WORKDIR /app
COPY . .
# relative to the absolute WORKDIR above: /app/static
WORKDIR static`,
    notes: `hadolint (DL3000) flags every relative \`WORKDIR\`; BuildKit (WorkdirRelativePath) only the first one of a
stage when no absolute one came before. whale follows BuildKit, the more precise behaviour: after \`WORKDIR /app\`,
\`WORKDIR static\` is exactly \`/app/static\`, and nothing depends on the base image. An absolute \`WORKDIR\` in a
stage this one is built \`FROM\` counts too. hadolint also takes any quoted path as absolute; whale removes the
quotes and looks at the path. \`ONBUILD WORKDIR\` is not checked: it runs in an image whose WORKDIR is unknown here.`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== 'WORKDIR' || inst.args.length === 0) continue;
        const path = unquote(inst.args.map((w) => w.value).join(' '), file.escapeChar);
        if (workdirIsAbsolute(inst, file.escapeChar) || absoluteBefore(stage, inst, file.escapeChar)) continue;
        report({
          message: `\`WORKDIR ${path}\` is relative to the base image's working directory: use an absolute path`,
          range: inst.argsRange ?? inst.range,
        });
      }
    }
  },
});
