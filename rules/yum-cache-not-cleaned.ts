import { defineRule } from '../src/lint/rule';
import { installText, uncleanedRpmInstalls } from '../src/lint/rpm-packages';

const MANAGERS = new Set(['yum']);
// On RHEL 8 and later `yum` is dnf: its cache is /var/cache/dnf and `dnf clean all` empties it.
const CACHES = ['/var/cache/yum', '/var/cache/dnf'];

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
    for (const install of uncleanedRpmInstalls(file, MANAGERS, CACHES)) {
      report({ message: `\`${installText(install)}\` leaves its cache in this layer; add \`yum clean all\` to this RUN`, range: install.range });
    }
  },
});
