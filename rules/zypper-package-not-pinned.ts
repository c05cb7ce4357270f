import { flagValue } from '../src/dockerfile/command';
import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf } from '../src/lint/queries';
import { wordValues } from '../src/lint/rpm-packages';

/** A package spec that names a version, or one that cannot take one (a file, a URL, a pattern...). */
function pinned(spec: string): boolean {
  if (/\.rpm$/i.test(spec) || spec.includes('/') || spec.includes('(')) return true;
  // `pattern:devel_basis`, `patch:...`, `product:...`: not packages.
  if (/^(pattern|patch|product|srcpackage|application):/.test(spec)) return true;
  // `!name` and `~name` remove a package.
  if (spec.startsWith('!') || spec.startsWith('~')) return true;
  return /[=<>]/.test(spec) || /-(\d+:)?\d[^-]*$/.test(spec);
}

export default defineRule({
  id: 'zypper-package-not-pinned',
  aliases: ['DL3037'],
  severity: 'warning',
  category: 'maintainability',
  docs: {
    summary: '`zypper install` of a package without a version',
    details: `Flags each package of a \`zypper install\` (\`zypper in\`) that names no version: \`name=1.2\`,
\`name>=1.2\`, \`name<2\` and \`name-1.2\` (the last dash-separated part starting with a digit) all name one. ARG and
ENV values are resolved, so \`zypper in -y $PKG\` is checked against PKG's value.`,
    why: `Pin versions. \`zypper install httpd\` installs whatever version the repositories hold on the day of the
build: two builds of the same Dockerfile differ, and an update you did not ask for can break the image.
Pinning makes the build repeatable and upgrades a deliberate change.`,
    bad: `FROM opensuse/leap:15.6
RUN zypper -n install httpd && zypper clean`,
    good: `FROM opensuse/leap:15.6
RUN zypper -n install httpd=2.4.58 && zypper clean`,
    notes: `Not reported: \`.rpm\` files, paths and URLs (pinned by nature), patterns, patches and products
(\`-t pattern devel_basis\`, \`pattern:devel_basis\`), capabilities such as \`perl(JSON)\`, \`!name\`/\`~name\` (removals),
words whose value is unknown (\`$(cat pkgs)\`, an ARG without a value) and values of options that take one
(\`--from repo\`, \`-r repo\`). hadolint knows only the comparison operators; zypper also reads \`name-version\`,
so that counts as pinned here. Exec-form RUNs and non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        if (command.name !== 'zypper') continue;
        const sub = command.positionals[0]?.value ?? '';
        if (sub !== 'install' && sub !== 'in') continue;
        const kind = flagValue(command, '-t', '--type');
        if (kind && kind !== 'package') continue;
        for (const word of command.positionals.slice(1)) {
          for (const spec of wordValues(word, run) ?? []) {
            if (pinned(spec)) continue;
            report({ message: `\`zypper ${sub}\` of \`${spec}\` without a version; pin it: \`${spec}=<version>\``, range: word.range });
          }
        }
      }
    }
  },
});
