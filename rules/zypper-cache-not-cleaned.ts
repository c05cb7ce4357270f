import type { ShellCommand } from '../src/dockerfile/command';
import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { removesDirectory } from '../src/lint/queries';
import { uncleanedInstalls } from '../src/lint/rpm-packages';

const CACHE = '/var/cache/zypp';
const INSTALLS = new Set(['install', 'in', 'source-install', 'si', 'patch', 'update', 'up', 'dist-upgrade', 'dup']);

function isInstall(command: ShellCommand): boolean {
  return command.name === 'zypper' && INSTALLS.has(command.positionals[0]?.value ?? '');
}

function cleans(command: ShellCommand, run: Instruction): boolean {
  if (command.name === 'zypper') {
    const sub = command.positionals[0]?.value;
    return sub === 'clean' || sub === 'cc';
  }
  return removesDirectory(command, CACHE, run);
}

export default defineRule({
  id: 'zypper-cache-not-cleaned',
  aliases: ['DL3036'],
  severity: 'warning',
  category: 'size',
  docs: {
    summary: '`zypper install` without `zypper clean` in the same RUN',
    details: `Flags a RUN that installs with \`zypper\` (\`install\`/\`in\`, \`source-install\`, \`patch\`, \`update\`,
\`dist-upgrade\`) and does not empty zypper's cache after its last install in the same RUN: \`zypper clean\`
(\`zypper cc\`, with any options such as \`-a\`) or a removal of \`/var/cache/zypp\` (\`rm -rf /var/cache/zypp/*\`).
The finding is on the last install.`,
    why: `Clean caches in the same layer. zypper keeps repository metadata and, depending on the repository,
downloaded packages in /var/cache/zypp. Each RUN is a layer, and a file deleted in a later RUN still ships in
the earlier layer, so the cache must go in the RUN that filled it.`,
    bad: `FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0`,
    good: `FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0 && zypper clean --all`,
    notes: `Only where the layer persists: stages whose layers end up in the final image, stages that other
stages are built FROM, and ONBUILD RUNs; a builder stage that later stages only copy files from is fine (hadolint
checks every stage). A cache or tmpfs mount on /var/cache/zypp keeps the cache out of the layer and silences
the rule. A clean before the install does not count. Exec-form RUNs and non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const install of uncleanedInstalls(file, [CACHE], isInstall, cleans)) {
      const sub = install.positionals[0]?.value ?? 'install';
      report({ message: `\`zypper ${sub}\` leaves its cache in this layer; add \`zypper clean\` to this RUN`, range: install.range });
    }
  },
});
