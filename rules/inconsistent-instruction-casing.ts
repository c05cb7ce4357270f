import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';

type Casing = 'uppercase' | 'lowercase';

function casingOf(inst: Instruction): Casing | null {
  const text = inst.keywordText;
  if (text === text.toUpperCase()) return 'uppercase';
  if (text === text.toLowerCase()) return 'lowercase';
  return null;
}

export default defineRule({
  id: 'inconsistent-instruction-casing',
  aliases: ['ConsistentInstructionCasing'],
  severity: 'warning',
  category: 'style',
  fixable: true,
  docs: {
    summary: 'Instruction keyword not in the case most of the file uses',
    details: `Counts the instruction keywords written in upper case and in lower case; the larger group is the
file's convention (upper case on a tie). Flags every keyword written otherwise, including mixed-case keywords
such as \`Run\`. The fix rewrites the keyword in the file's case. The keyword of an ONBUILD trigger is not
checked, as in BuildKit, which looks at the instructions' own keywords only.`,
    why: `Docker accepts keywords in any case, but a file that mixes \`RUN\` and \`run\` is harder to scan, and the
odd one out usually comes from a paste.`,
    bad: `FROM alpine:3.20
run apk add --no-cache curl
COPY app /app`,
    good: `FROM alpine:3.20
RUN apk add --no-cache curl
COPY app /app`,
    notes: 'Same as BuildKit\'s `ConsistentInstructionCasing` check.',
  },
  check({ file, report }) {
    const all: Instruction[] = [...file.instructions];
    let upper = 0;
    let lower = 0;
    for (const inst of all) {
      const casing = casingOf(inst);
      if (casing === 'uppercase') upper++;
      else if (casing === 'lowercase') lower++;
    }
    const majority: Casing = lower > upper ? 'lowercase' : 'uppercase';
    for (const inst of all) {
      if (casingOf(inst) === majority) continue;
      report({
        message: `Command '${inst.keywordText}' should match the case of the command majority (${majority})`,
        range: inst.keywordRange,
        fix: [{ range: inst.keywordRange, text: majority === 'uppercase' ? inst.keywordText.toUpperCase() : inst.keywordText.toLowerCase() }],
      });
    }
  },
});
