import { defineRule } from '../src/lint/rule';
import { installText, uncleanedRpmInstalls } from '../src/lint/rpm-packages';

const MANAGERS = new Set(['dnf', 'dnf5', 'microdnf']);
// dnf keeps its cache in /var/cache/dnf, dnf5 in /var/cache/libdnf5, microdnf in /var/cache/yum.
const CACHES = ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'];

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
    for (const install of uncleanedRpmInstalls(file, MANAGERS, CACHES)) {
      report({ message: `\`${installText(install)}\` leaves its cache in this layer; add \`${install.name} clean all\` to this RUN`, range: install.range });
    }
  },
});
