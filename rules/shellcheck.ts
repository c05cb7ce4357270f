import { defineRule } from '../src/lint/rule';

// The findings come from the `shellcheck` program, run once over all files in src/lint/shellcheck.ts; this
// entry gives the check its id, docs and configuration.
export default defineRule({
  id: 'shellcheck',
  aliases: [],
  severity: 'info',
  category: 'correctness',
  enabledByDefault: false,
  docs: {
    summary: 'ShellCheck findings in shell-form RUN instructions (needs the shellcheck program)',
    details: `Runs ShellCheck over every shell-form \`RUN\` (ONBUILD triggers included) and reports its findings
as \`SC\` codes at their line and column in the Dockerfile. Each RUN is checked with the dialect of the
\`SHELL\` in force (\`bash\`, \`dash\`, \`ksh\`; \`/bin/sh\` is read as \`dash\`, which is what it is on Debian and
close to BusyBox's \`ash\` on Alpine, except on Red Hat-family images, where it is \`bash\`), and with the ARG and
ENV names in scope declared, so that SC2154 speaks only of variables nothing defines. Windows images and
\`SHELL\` PowerShell or cmd are not checked. Off by default: turn it on with \`--shellcheck\` or in
\`.whale.yaml\` (\`rules: { shellcheck: on }\`). When the \`shellcheck\` program is missing, whale says so on
standard error and the other rules still run.`,
    why: `A RUN is a shell script that runs once, at build time, where its mistakes are hard to see: an unquoted
variable that splits, a \`cd\` that fails silently, a pipe that hides a failure.`,
    bad: `FROM debian:12
ARG VERSION
RUN echo $VERSION > /version`,
    good: `FROM debian:12
ARG VERSION
RUN echo "$VERSION" > /version`,
    notes: `Ignore comments name ShellCheck codes like rules: \`# hadolint ignore=SC2086\` or
\`# whale-ignore SC2086\` before the instruction. ShellCheck's own level (error, warning, info, style) is the
finding's severity.`,
  },
  check() {
    // Reported in one batch for all files: see src/lint/shellcheck.ts.
  },
});
