import { POSIX_SHELLS, type ShellCommand } from '../src/dockerfile/command';
import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { allRuns, APT_INDEX_READERS, commandsOf, packageCommand, removesDirectory, runsAfter, type PackageManager } from '../src/lint/queries';

/** Package managers that keep a local index, grouped by the index they share. */
type Family = 'apt' | 'apk' | 'rpm' | 'zypper';

const FAMILIES: Partial<Record<PackageManager, Family>> = { apt: 'apt', apk: 'apk', yum: 'rpm', dnf: 'rpm', zypper: 'zypper' };

// Subcommands that read the index to fetch packages, per family.
const INDEX_USERS: Record<Family, ReadonlySet<string>> = {
  apt: APT_INDEX_READERS,
  apk: new Set(['add', 'upgrade', 'fix', 'fetch']),
  rpm: new Set([
    'install', 'in', 'localinstall', 'groupinstall', 'group', 'module', 'reinstall', 'downgrade', 'distro-sync', 'builddep',
    'update', 'upgrade', 'up', 'update-minimal', 'upgrade-minimal', 'swap', 'download', 'groupupdate', 'install-n', 'install-na', 'install-nevra',
  ]),
  zypper: new Set(['install', 'in', 'update', 'up', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si', 'install-new-recommends', 'inr', 'download']),
};

// Front ends that install from the same index without being the package manager itself.
const OTHER_INSTALLERS: Record<string, Family> = {
  aptitude: 'apt', 'apt-fast': 'apt', 'yum-builddep': 'rpm', yumdownloader: 'rpm', 'debuginfo-install': 'rpm',
  // bitnami/minideb's helper: updates, installs and cleans in one go.
  install_packages: 'apt',
};

// Programs that run other commands we cannot see (a script, a string, stdin): they may well install.
const OPAQUE = new Set([...POSIX_SHELLS, 'xargs', 'eval', 'source', '.', 'make', 'su', 'runuser', 'chroot', 'ansible-playbook', 'parallel']);

// Where each family keeps its index; removing it in the same RUN makes the update merely wasted, not stale.
const INDEX_DIRS: Record<Family, readonly string[]> = {
  apt: ['/var/lib/apt/lists'],
  apk: ['/var/cache/apk'],
  rpm: ['/var/cache/yum', '/var/cache/dnf'],
  zypper: ['/var/cache/zypp'],
};

/** The command removes the family's index: `rm -rf /var/lib/apt/lists/*`, `yum clean all`, `apt-get dist-clean`. */
function dropsIndex(command: ShellCommand, family: Family, run: Instruction): boolean {
  if (INDEX_DIRS[family].some((dir) => removesDirectory(command, dir, run))) return true;
  const pkg = packageCommand(command);
  if (!pkg || FAMILIES[pkg.manager] !== family) return false;
  const [sub, what] = command.positionals.map((word) => word.value);
  if (family === 'apt') return sub === 'dist-clean';
  if (family === 'rpm') return sub === 'clean' && (what === 'all' || what === 'metadata' || what === 'dbcache');
  if (family === 'zypper') return sub === 'clean' && command.flags.some((f) => ['-a', '--all', '-m', '--metadata', '-M', '--raw-metadata'].includes(f.name));
  return sub === 'cache' && what === 'clean';
}

interface IndexUse {
  family: Family;
  kind: 'update' | 'install';
}

function indexUse(command: ShellCommand): IndexUse | null {
  const other = OTHER_INSTALLERS[command.name];
  if (other) return { family: other, kind: 'install' };
  const pkg = packageCommand(command);
  const family = pkg && FAMILIES[pkg.manager];
  if (!pkg || !family) return null;
  if (pkg.action === 'update') return { family, kind: 'update' };
  const subcommand = command.positionals[0]?.value ?? '';
  return INDEX_USERS[family].has(subcommand) ? { family, kind: 'install' } : null;
}

/** A command that runs code we cannot see: a script file, a shell, `xargs apt-get ...`. */
function opaque(command: ShellCommand): boolean {
  // Sourcing the release file only sets variables (`. /etc/os-release && echo "deb ... $VERSION_CODENAME"`).
  if ((command.name === '.' || command.name === 'source') && /^\/etc\/(os|lsb)-release$/.test(command.positionals[0]?.value ?? '')) return false;
  if (OPAQUE.has(command.name) || command.name.endsWith('.sh')) return true;
  const written = command.nameWord?.display ?? '';
  return written.includes('/') && indexUse(command) === null && !/^\/(usr\/)?s?bin\//.test(written);
}

function describe(command: ShellCommand): string {
  return [command.name, command.positionals[0]?.display ?? ''].join(' ').trim();
}

export default defineRule({
  id: 'apt-update-without-install',
  aliases: [],
  severity: 'warning',
  category: 'cache',
  docs: {
    summary: 'An index update (`apt-get update`, `apk update`, `yum makecache`, `zypper refresh`) in a RUN that installs nothing',
    details: `Flags \`apt-get update\` (or \`apt update\`) in a RUN that does not also install from the index: no
\`install\`, \`upgrade\`, \`dist-upgrade\`, \`full-upgrade\`, \`build-dep\`, \`source\` or \`download\` in the same RUN.
The same goes for \`apk update\` without \`apk add\`, \`yum\`/\`dnf makecache\` without an install, and
\`zypper refresh\` without an install.

The finding sits on the update command. When a later RUN of the stage (or of a stage built on it) installs from
that index, the message names it and its line.`,
    why: `Update and install in one step. Docker caches each RUN as a layer, keyed by the instruction text. The
RUN with \`apt-get update\` alone does not change, so the next build reuses its layer with the index from the
day it was first built; when you add a package to the later \`apt-get install\`, only that RUN runs again, against
the old index, and fails with 404s for versions the mirror no longer has (or silently installs outdated
packages). Updating in the same RUN as the install refreshes the index whenever the package list changes.`,
    bad: `FROM ubuntu:24.04
RUN apt-get update
RUN apt-get install -y --no-install-recommends python3`,
    good: `FROM ubuntu:24.04
RUN apt-get update \\
 && apt-get install -y --no-install-recommends python3 \\
 && rm -rf /var/lib/apt/lists/*`,
    notes: `The rule stays quiet when the same RUN also runs something whose commands it cannot see and that may
install from the index: a script (\`./install.sh\`, \`bash setup.sh\`, \`curl ... | sh\`), \`xargs\`, \`eval\`,
\`make\`, or bitnami's \`install_packages\`. It also stays quiet when the same RUN removes the index again (\`rm -rf /var/lib/apt/lists/*\`, \`yum clean all\`):
the update is then wasted, but nothing can install from it stale. Exec-form RUNs and RUNs for a non-POSIX shell
(Windows images) are
not read. \`yum update\` and \`zypper update\` upgrade packages, so they count as installs, not as index updates.
Related: \`apt-lists-not-cleaned\` (remove the index in the same RUN once it has been used).`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      const commands = commandsOf(run);
      if (commands.some(opaque)) continue;
      const uses = commands.map((command) => ({ command, use: indexUse(command) }));
      for (const { command, use } of uses) {
        if (use?.kind !== 'update') continue;
        if (uses.some((other) => other.use?.family === use.family && other.use.kind === 'install')) continue;
        // The index does not outlive the RUN, so no later install can find it stale.
        if (commands.slice(commands.indexOf(command) + 1).some((other) => dropsIndex(other, use.family, run))) continue;
        let later: ShellCommand | null = null;
        for (const next of runsAfter(run)) {
          const nextUses = commandsOf(next).map(indexUse).filter((u) => u?.family === use.family);
          if (nextUses.length === 0) continue;
          // A later RUN that refreshes its own index does not depend on this one.
          if (!nextUses.some((u) => u?.kind === 'update')) later = commandsOf(next).find((c) => indexUse(c)?.family === use.family) ?? null;
          break;
        }
        const what = describe(command);
        const consequence = later
          ? `the \`${describe(later)}\` on line ${later.range.start.line + 1} may install from a stale index when this layer comes from the cache`
          : 'a later install may use a stale index when this layer comes from the cache';
        report({ message: `\`${what}\` in a RUN that installs nothing: ${consequence}; update and install in the same RUN`, range: command.range });
      }
    }
  },
});
