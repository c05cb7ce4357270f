import type { Instruction } from '../src/dockerfile/model';
import { stageChain } from '../src/lint/queries';
import { defineRule } from '../src/lint/rule';

/** True when a SHELL instruction of the stage (before `inst`) or of a stage it builds on is in force. */
function shellSet(inst: Instruction): boolean {
  const stage = inst.stage;
  if (!stage) return false;
  return stageChain(stage).some((s) =>
    s.instructions.some((other) => other.keyword === 'SHELL' && (s !== stage || other.index < (inst.onbuild ?? inst).index)));
}

export default defineRule({
  id: 'cmd-shell-form',
  aliases: ['DL3025', 'JSONArgsRecommended'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: 'CMD or ENTRYPOINT in shell form: use the JSON (exec) form',
    details: `Flags \`CMD\` and \`ENTRYPOINT\` written in shell form (\`CMD node server.js\`) rather than as a JSON
array (\`CMD ["node", "server.js"]\`). ONBUILD triggers are not checked, as in BuildKit, which keeps a trigger
as text until a child image runs it.`,
    why: `In shell form Docker runs the command as \`/bin/sh -c "..."\`: the shell is PID 1 and, as most shells do,
does not forward SIGTERM to the program. \`docker stop\` then waits its 10 seconds and kills the container:
no graceful shutdown, lost requests, slow deploys. A shell-form ENTRYPOINT also ignores CMD and \`docker run\`
arguments.`,
    bad: `FROM node:22-slim
CMD node server.js`,
    good: `FROM node:22-slim
CMD ["node", "server.js"]`,
    notes: `Not reported when a \`SHELL\` instruction is in force in the stage (or a stage it builds on): the shell
form is then a deliberate choice, and BuildKit's JSONArgsRecommended stays quiet too (hadolint's DL3025 does not
look at SHELL and reports it; where the two tools disagree, whale follows BuildKit). \`HEALTHCHECK CMD\` in shell
form is not reported, as in both tools: the health check is not PID 1 and receives no stop signal, so the reason
for the rule does not apply there.`,
  },
  check({ file, report }) {
    for (const inst of file.instructions) {
      if (inst.keyword !== 'CMD' && inst.keyword !== 'ENTRYPOINT') continue;
      if (inst.form !== 'shell' || !inst.argsRange) continue;
      if (shellSet(inst)) continue;
      report({
        message: `JSON arguments recommended for ${inst.keyword} to prevent unintended behavior related to OS signals`,
        range: inst.argsRange,
      });
    }
  },
});
