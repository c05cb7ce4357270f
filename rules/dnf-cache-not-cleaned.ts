import type { ShellCommand } from '../src/dockerfile/command';
import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf, mountCovers, removesDirectory } from '../src/lint/queries';

const MANAGERS = new Set(['dnf', 'dnf5', 'microdnf']);
// dnf keeps its cache in /var/cache/dnf, dnf5 in /var/cache/libdnf5, microdnf in /var/cache/yum.
const CACHES = ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'];
const CLEANERS = new Set(['yum', 'dnf', 'dnf5', 'microdnf']);

function isInstall(command: ShellCommand): boolean {
  if (!MANAGERS.has(command.name)) return false;
  const first = command.positionals[0]?.value ?? '';
  if (first === 'install' || first === 'groupinstall' || first === 'localinstall' || first === 'reinstall') return true;
  return (first === 'group' || first === 'groups' || first === 'module') && command.positionals[1]?.value === 'install';
}

function cleans(command: ShellCommand, run: Instruction): boolean {
  if (CLEANERS.has(command.name) && command.positionals[0]?.value === 'clean' && command.positionals[1]?.value === 'all') return true;
  return CACHES.some((cache) => removesDirectory(command, cache, run));
}

export default defineRule({
  id: 'dnf-cache-not-cleaned',
  aliases: ['DL3040'],
  severity: 'warning',
  category: 'size',
  docs: {
    summary: '`dnf install` or `microdnf install` without `dnf clean all` in the same RUN',
    details: `Flags a RUN that installs with \`dnf\`, \`dnf5\` or \`microdnf\` (\`install\`, \`groupinstall\`,
\`localinstall\`, \`reinstall\`, \`group install\`, \`module install\`) and does not empty the cache after its last
install in the same RUN: \`dnf clean all\` (\`microdnf clean all\`, \`yum clean all\`), or a removal of the cache
directory (\`rm -rf /var/cache/dnf\`, \`/var/cache/yum/*\` for microdnf, \`/var/cache/libdnf5\` for dnf5). The finding
is on the last install.`,
    why: `Clean caches in the same layer. dnf keeps the repository metadata it downloaded, often more than a hundred
megabytes, in its cache directory. Each RUN is a layer, and a file deleted in a later RUN still ships in the
earlier layer, so the cache must go in the RUN that filled it.`,
    bad: `FROM fedora:40
RUN dnf install -y httpd-2.4.62`,
    good: `FROM fedora:40
RUN dnf install -y httpd-2.4.62 && dnf clean all`,
    notes: `Only where the layer persists: stages whose layers end up in the final image, stages that other
stages are built FROM, and ONBUILD RUNs; a builder stage that later stages only copy files from is fine (hadolint
checks every stage). A cache or tmpfs mount on /var/cache/dnf (/var/cache/yum, /var/cache/libdnf5) keeps the
cache out of the layer and silences the rule. A clean before the install does not count. Exec-form RUNs and
non-POSIX shells are not read. yum has its own rule (yum-cache-not-cleaned, DL3032).`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      const stage = run.stage;
      if (!stage || !(run.onbuild || stage.inFinalImage || stage.children.length > 0)) continue;
      if (CACHES.some((cache) => mountCovers(run, cache))) continue;
      const commands = commandsOf(run);
      const install = [...commands].reverse().find(isInstall);
      if (!install) continue;
      if (commands.slice(commands.indexOf(install) + 1).some((c) => cleans(c, run))) continue;
      // `install`, `groupinstall`...; `group install`, `module install` are two words.
      const first = install.positionals[0]?.value ?? '';
      const sub = first.endsWith('install') ? first : `${first} install`;
      report({ message: `\`${install.name} ${sub}\` leaves its cache in this layer; add \`${install.name} clean all\` to this RUN`, range: install.range });
    }
  },
});
