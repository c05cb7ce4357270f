import { defineRule } from '../src/lint/rule';
import { unpinnedPackages } from '../src/lint/rpm-packages';

const MANAGERS = new Set(['yum']);
const INSTALLS = new Set(['install']);

export default defineRule({
  id: 'yum-package-not-pinned',
  aliases: ['DL3033'],
  severity: 'warning',
  category: 'maintainability',
  docs: {
    summary: '`yum install` of a package without a version',
    details: `Flags each package of a \`yum install\` that names no version: a version is the last dash-separated
part of the name starting with a digit (\`httpd-2.4.6\`, \`httpd-2.4.6-97.el7\`, \`nodejs-18.*\`, \`name-1:2.0\`).
For \`yum module install\` a module needs its stream: \`nodejs:18\`, not \`nodejs\`. ARG and ENV values are resolved,
so \`yum install -y $PKG\` is checked against PKG's value.`,
    why: `Pin versions. \`yum install httpd\` installs whatever version the repositories hold on the day of the
build: two builds of the same Dockerfile differ, and an update you did not ask for can break the image.
Pinning makes the build repeatable and upgrades a deliberate change.`,
    bad: `FROM centos:7
RUN yum install -y httpd && yum clean all`,
    good: `FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all`,
    notes: `Not reported: \`.rpm\` files, paths and URLs (pinned by nature), groups and modules written \`@name\`,
capabilities such as \`perl(JSON)\`, words whose value is unknown (\`$(cat pkgs)\`, an ARG without a value), and
values of options that take one (\`--enablerepo epel\`). hadolint accepts any name containing a dash, so it misses
\`python3-pip\` or \`java-17-openjdk\`; here the part after the last dash must be a version. dnf and microdnf have
their own rule (dnf-package-not-pinned, DL3041). Exec-form RUNs and non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const finding of unpinnedPackages(file, MANAGERS, INSTALLS)) report(finding);
  },
});
