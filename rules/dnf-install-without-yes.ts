import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf } from '../src/lint/queries';
import { assumesYes, promptingSubcommand } from '../src/lint/rpm-packages';

const DNF = new Set(['dnf', 'dnf5', 'microdnf']);

export default defineRule({
  id: 'dnf-install-without-yes',
  aliases: ['DL3038'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: '`dnf install` or `microdnf install` (or another changing command) without `-y`',
    details: `Flags a \`dnf\`, \`dnf5\` or \`microdnf\` command that asks for confirmation, \`install\` above all,
run without \`-y\` or \`--assumeyes\` (\`--setopt=assumeyes=1\` also counts). Besides \`install\` the rule knows
\`groupinstall\`, \`localinstall\`, \`reinstall\`, \`remove\`/\`erase\`, \`update\`/\`upgrade\`, \`downgrade\`,
\`distro-sync\`, \`autoremove\`, \`swap\` and \`group\`/\`module\` \`install\`, \`remove\`, \`enable\`...`,
    why: `A build has no one to answer the "Is this ok [y/N]" prompt: without a terminal dnf reads no answer and
aborts the transaction, failing the build, or waits forever where a terminal is attached.`,
    bad: `FROM fedora:40
RUN dnf install httpd-2.4.62 && dnf clean all`,
    good: `FROM fedora:40
RUN dnf install -y httpd-2.4.62 && dnf clean all`,
    notes: `hadolint checks \`install\`, \`groupinstall\` and \`localinstall\` only; every command that prompts is
checked here, since all of them fail the same way. microdnf releases before 3.9 do not ask, later ones
may; every release accepts \`-y\`, so microdnf is held to the rule as hadolint does. yum has its own rule
(yum-install-without-yes, DL3030). Exec-form RUNs and non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        if (!DNF.has(command.name)) continue;
        const sub = promptingSubcommand(command);
        if (!sub || assumesYes(command)) continue;
        report({ message: `\`${command.name} ${sub}\` without \`-y\` stops at its confirmation prompt; add \`-y\``, range: command.range });
      }
    }
  },
});
