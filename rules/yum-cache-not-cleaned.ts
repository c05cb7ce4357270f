import type { ShellCommand } from '../src/dockerfile/command';
import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf, mountCovers, removesDirectory } from '../src/lint/queries';

const MANAGERS = new Set(['yum']);
// On RHEL 8 and later `yum` is dnf: its cache is /var/cache/dnf and `dnf clean all` empties it.
const CACHES = ['/var/cache/yum', '/var/cache/dnf'];
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
  id: 'yum-cache-not-cleaned',
  aliases: ['DL3032'],
  severity: 'warning',
  category: 'size',
  docs: {
    summary: '`yum install` without `yum clean all` in the same RUN',
    details: `Flags a RUN that installs with \`yum\` (\`install\`, \`groupinstall\`, \`localinstall\`, \`reinstall\`,
\`group install\`, \`module install\`) and does not empty yum's cache after its last install in the same RUN:
\`yum clean all\` (or \`dnf clean all\`), or a removal of \`/var/cache/yum\` (\`rm -rf /var/cache/yum\`,
\`/var/cache/yum/*\`, \`/var/cache/dnf\` on distributions where yum is dnf). The finding is on the last install.`,
    why: `Clean caches in the same layer. yum keeps the repository metadata it downloaded, often more than a hundred
megabytes, in /var/cache/yum. Each RUN is a layer, and a file deleted in a later RUN still ships in the earlier
layer, so the cache must go in the RUN that filled it.`,
    bad: `FROM centos:7
RUN yum install -y httpd-2.4.6`,
    good: `FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all && rm -rf /var/cache/yum`,
    notes: `Only where the layer persists: stages whose layers end up in the final image, stages that other
stages are built FROM, and ONBUILD RUNs; a builder stage that later stages only copy files from is fine (hadolint
checks every stage). A cache or tmpfs mount on /var/cache/yum (or /var/cache/dnf) keeps the cache out of the
layer and silences the rule. A clean before the install does not count. Exec-form RUNs and non-POSIX shells
are not read. dnf and microdnf have their own rule (dnf-cache-not-cleaned, DL3040).`,
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
      report({ message: `\`${install.name} ${sub}\` leaves its cache in this layer; add \`yum clean all\` to this RUN`, range: install.range });
    }
  },
});
