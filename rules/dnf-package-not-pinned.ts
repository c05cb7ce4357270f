import { defineRule } from '../src/lint/rule';
import { unpinnedPackages } from '../src/lint/rpm-packages';

const MANAGERS = new Set(['dnf', 'dnf5', 'microdnf']);
const INSTALLS = new Set(['install', 'in']);

export default defineRule({
  id: 'dnf-package-not-pinned',
  aliases: ['DL3041'],
  severity: 'warning',
  category: 'maintainability',
  docs: {
    summary: '`dnf install` or `microdnf install` of a package without a version',
    details: `Flags each package of a \`dnf install\` (\`dnf5\`, \`microdnf\`) that names no version: a version is
the last dash-separated part of the name starting with a digit (\`httpd-2.4.62\`, \`httpd-2.4.62-1.fc40\`,
\`nodejs-20.*\`, \`name-1:2.0\`) or follows a comparison (\`'httpd >= 2.4'\`). For \`dnf module install\` a module
needs its stream: \`nodejs:20\`, not \`nodejs\`. ARG and ENV values are resolved, so \`dnf install -y $PKG\` is
checked against PKG's value.`,
    why: `Pin versions. \`dnf install httpd\` installs whatever version the repositories hold on the day of the
build: two builds of the same Dockerfile differ, and an update you did not ask for can break the image.
Pinning makes the build repeatable and upgrades a deliberate change.`,
    bad: `FROM fedora:40
RUN dnf install -y httpd && dnf clean all`,
    good: `FROM fedora:40
RUN dnf install -y httpd-2.4.62 && dnf clean all`,
    notes: `Not reported: \`.rpm\` files, paths and URLs (pinned by nature), groups and modules written \`@name\`,
capabilities such as \`perl(JSON)\`, words whose value is unknown (\`$(cat pkgs)\`, an ARG without a value), and
values of options that take one (\`--enablerepo epel\`, \`--setopt install_weak_deps=0\`). hadolint accepts any
name containing a dash, so it misses \`python3-pip\` or \`java-21-openjdk\`; here the part after the last dash
must be a version. yum has its own rule (yum-package-not-pinned, DL3033). Exec-form RUNs and non-POSIX shells
are not read.`,
  },
  check({ file, report }) {
    for (const finding of unpinnedPackages(file, MANAGERS, INSTALLS)) report(finding);
  },
});
