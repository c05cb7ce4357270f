import { defineRule } from '../src/lint/rule';

// whale's own pragmas (`whale-ignore`, `whale-ignore-file`) and hadolint's (`hadolint ignore=`,
// `hadolint global ignore=`), as src/lint/pragmas.ts and hadolint read them.
const PRAGMA = /^(?:whale-ignore(?:-file)?(?:\s|$)|hadolint\s+(?:global\s+)?ignore\s*=)/;

export default defineRule({
  id: 'inline-ignore-comment',
  aliases: ['DL1001'],
  severity: 'info',
  category: 'maintainability',
  enabledByDefault: false,
  docs: {
    summary: 'An inline comment that ignores findings',
    details: `Flags comments that turn rules off inside the Dockerfile: \`# whale-ignore ...\`,
\`# whale-ignore-file ...\`, \`# hadolint ignore=...\` and \`# hadolint global ignore=...\`.`,
    why: `A team that wants every exception to go through review keeps them in the configuration, where they
are in one place; an ignore comment hides a finding in the file that has it, and outlives the reason
it was written for.`,
    bad: `FROM debian:12-slim
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    good: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\
 && rm -rf /var/lib/apt/lists/*`,
    notes: `Off by default, as in hadolint: ignore comments are the normal way to accept a finding. Turn it on
where exceptions must be made in \`.whale.yaml\` instead. Comments that only mention a tool
(\`# linted with hadolint\`) are not reported.`,
  },
  check({ file, report }) {
    for (const comment of file.comments) {
      if (!PRAGMA.test(comment.text)) continue;
      report({ message: 'inline ignore comment: accept the finding in the configuration instead', range: comment.range });
    }
  },
});
