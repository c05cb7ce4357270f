import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf } from '../src/lint/queries';
import { installs } from '../src/lint/apt-install';
import { packageNames, unpinnedMessage } from '../src/lint/package-pins';

function pinned(name: string): boolean {
  // `curl=7.88.1-10`, a local file (`./pkg.deb`, `/tmp/x.deb`), or an aptitude search pattern (`~nfoo`, `?name(x)`).
  return name.includes('=') || name.startsWith('/') || name.startsWith('.') || name.endsWith('.deb') || name.startsWith('~') || name.startsWith('?');
}

/**
 * A word whose value is unknown but that cannot be a pin however it expands: a literal package name with a
 * variable part and no \`=\` anywhere (\`nginx-\${NGINX_VERSION}\`, \`postgresql-client-$PG_MAJOR\`). hadolint
 * reads the word as written and reports it too.
 */
function unpinnedAsWritten(text: string): boolean {
  const unquoted = text.replace(/["']/g, '');
  if (!/^[A-Za-z0-9]/.test(unquoted) || unquoted.includes('$(') || unquoted.includes('`')) return false;
  const literal = unquoted.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, '');
  return !pinned(literal);
}

export default defineRule({
  id: 'apt-package-not-pinned',
  aliases: ['DL3008'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: '`apt-get install` of a package without a `=version` pin',
    details: `Flags each package of an \`apt-get install\` (also \`apt install\` and \`aptitude install\`) that is
not pinned to a version with \`package=version\`. Local package files (\`./app.deb\`, \`/tmp/app.deb\`) are fine.
The value of \`-t\`/\`--target-release\` and of other options that take one is not a package. ARG and ENV values
are substituted before deciding (\`curl=\${CURL_VERSION}\` is pinned; \`$PACKAGES\` is read as the packages it
holds); a word whose value is unknown (\`$(cat packages.txt)\`, an ARG without a default) is not reported,
unless it is a package name with a variable part and no \`=\` (\`nginx-\${NGINX_VERSION}\`), which no value pins.`,
    why: `Without a pin, the package version depends on the day of the build: rebuilding the same Dockerfile can
pull a newer version that breaks the image, and two builds of one commit may differ. A pin makes the build
repeatable and makes upgrades a visible change in the Dockerfile.`,
    bad: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    good: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*`,
    notes: `A simulated install (\`-s\`, \`--simulate\`, \`--dry-run\`...) installs nothing and is not reported.
One finding per unpinned package, on the package. hadolint checks \`apt-get install\` only; whale also
checks \`apt install\` and \`aptitude install\`, whose packages pin the same way. \`package/release\` selects a
release, not a version, and is reported. Pins tie the build to a snapshot of the archive: Debian and Ubuntu
remove old versions from their mirrors, so pinned builds need updating when a version disappears (or
\`snapshot.debian.org\`). Many teams pin the base image digest instead and leave this rule off.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        if (!installs(command)) continue;
        for (const word of command.positionals.slice(1)) {
          const message = packageNames(word, run) === null
            ? unpinnedAsWritten(word.text) ? `\`${word.display}\` is not pinned to a version: use \`${word.display}=<version>\`` : null
            : unpinnedMessage(
            word,
            run,
            pinned,
            `\`${word.display}\` is not pinned to a version: use \`${word.display}=<version>\``,
            (unpinned) => `\`${word.display}\` holds packages not pinned to a version (${unpinned}): use \`package=<version>\``,
          );
          if (message) report({ message, range: word.range });
        }
      }
    }
  },
});
