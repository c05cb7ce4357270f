import type { Comment, Dockerfile, Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';

// Comments that configure tools rather than describe the next instruction.
const TOOL_COMMENT = /^(?:check|syntax|escape)\s*=|^(?:whale-ignore|hadolint\s)/i;

/** The block of comment lines directly above `inst` (no blank line between), first line first. */
function commentsAbove(file: Dockerfile, inst: Instruction): Comment[] {
  const byLine = new Map(file.comments.map((c) => [c.range.start.line, c]));
  const block: Comment[] = [];
  for (let line = inst.range.start.line - 1; byLine.has(line); line--) block.unshift(byLine.get(line)!);
  return block;
}

export default defineRule({
  id: 'definition-description-mismatch',
  aliases: ['InvalidDefinitionDescription'],
  severity: 'warning',
  category: 'style',
  enabledByDefault: false,
  docs: {
    summary: 'Comment directly above an ARG or a named stage that does not start with its name',
    details: `With the rule turned on, flags the comment block written directly above an \`ARG NAME\` (one name) or a
\`FROM image AS name\` when its first line does not start with that name. Build tools read such comments as the
description of the build argument or the stage (\`# NAME what it is for\`), as Go reads doc comments.`,
    why: `\`docker buildx build --call=outline\` shows these descriptions to the people who run the build. A comment
that does not follow the convention is either shown as a wrong description or is not meant as one, and then
an empty line between it and the instruction says so.`,
    bad: `# The Alpine release to build on
ARG ALPINE_VERSION=3.20
FROM alpine:\${ALPINE_VERSION}`,
    good: `# ALPINE_VERSION is the Alpine release to build on
ARG ALPINE_VERSION=3.20

# Alpine is the base image
FROM alpine:\${ALPINE_VERSION}`,
    notes: `Same as BuildKit's experimental \`InvalidDefinitionDescription\` check, which is off by default there too
(\`# check=experimental=InvalidDefinitionDescription\`). Stage names are compared without regard to case.
Comments that configure tools (\`# check=...\`, \`# syntax=...\`, \`# whale-ignore ...\`, \`# hadolint ...\`) are
not descriptions.`,
  },
  check({ file, report }) {
    for (const inst of file.instructions) {
      let name: string | null = null;
      let what = '';
      if (inst.keyword === 'ARG' && inst.pairs.length === 1) { name = inst.pairs[0]!.key; what = 'ARG'; }
      else if (inst.keyword === 'FROM') {
        const stage = file.stages.find((s) => s.from === inst);
        if (stage?.nameText) { name = stage.nameText; what = 'build stage'; }
      }
      if (name === null) continue;
      const block = commentsAbove(file, inst);
      if (block.length === 0 || block.some((c) => TOOL_COMMENT.test(c.text))) continue;
      const first = block[0]!;
      const word = first.text.split(/\s+/)[0] ?? '';
      const matches = what === 'ARG' ? word === name : word.toLowerCase() === name.toLowerCase();
      if (matches) continue;
      report({
        message: `Comment for ${what} should follow the format: \`# ${name} <description>\`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.`,
        range: first.range,
      });
    }
  },
});
