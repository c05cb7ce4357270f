import type { ShellCommand } from '../src/dockerfile/command';
import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf } from '../src/lint/queries';
import { unpinnedMessage } from '../src/lint/package-pins';

function pinned(name: string): boolean {
  // `curl=8.5.0-r0`, `curl~8.5`, `curl>=8`, `curl<9`, or a local file.
  return /[=<>~]/.test(name) || name.startsWith('/') || name.startsWith('.') || name.endsWith('.apk');
}

function adds(command: ShellCommand): boolean {
  return command.name === 'apk' && command.positionals[0]?.value === 'add';
}

export default defineRule({
  id: 'apk-package-not-pinned',
  aliases: ['DL3018'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: '`apk add` of a package without a version',
    details: `Flags each package of an \`apk add\` without a version constraint: \`package=1.2.3-r0\`,
\`package~1.2\` (fuzzy), \`package>=1.2\`, \`package<2\`. Local \`.apk\` files and paths are fine. The values of
\`-t\`/\`--virtual\`, \`-X\`/\`--repository\` and other options that take one are not packages. ARG and ENV values
are substituted before deciding (\`curl=\${CURL_VERSION}\` is pinned); a word whose value is unknown
(\`$(cat packages.txt)\`, an ARG without a default) is not reported.`,
    why: `Without a version, \`apk add\` installs whatever the repository holds on the day of the build, so
rebuilding the same Dockerfile can give a different image, or break. A pin (or a fuzzy pin on the minor
version, \`curl~8.5\`) keeps builds repeatable and makes upgrades a visible change.`,
    bad: `FROM alpine:3.20
RUN apk add --no-cache curl`,
    good: `FROM alpine:3.20
RUN apk add --no-cache curl~8`,
    notes: `One finding per unpinned package, on the package. hadolint only accepts \`=\`; whale also accepts the
other apk constraints (\`~\`, \`<\`, \`>\`). \`package@tag\` selects a repository, not a version, and is reported.
Alpine keeps only the current version of a package in each release branch, so exact pins break when it is
updated; \`~\` on the major or minor version is the usual compromise.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        if (!adds(command)) continue;
        for (const word of command.positionals.slice(1)) {
          const message = unpinnedMessage(
            word,
            run,
            pinned,
            `\`${word.display}\` is not pinned to a version: use \`${word.display}=<version>\` or \`${word.display}~<version>\``,
            (unpinned) => `\`${word.display}\` holds packages not pinned to a version (${unpinned}): use \`package=<version>\``,
          );
          if (message) report({ message, range: word.range });
        }
      }
    }
  },
});
