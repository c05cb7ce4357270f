import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf } from '../src/lint/queries';
import { assumesYes, promptingSubcommand } from '../src/lint/rpm-packages';

export default defineRule({
  id: 'yum-install-without-yes',
  aliases: ['DL3030'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: '`yum install` (or another changing yum command) without `-y`',
    details: `Flags a \`yum\` command that asks for confirmation, \`install\` above all, run without \`-y\` or
\`--assumeyes\` (\`--setopt=assumeyes=1\` also counts). Besides \`install\` the rule knows \`groupinstall\`,
\`localinstall\`, \`reinstall\`, \`remove\`/\`erase\`, \`update\`/\`upgrade\`, \`downgrade\`, \`distro-sync\`,
\`autoremove\`, \`swap\` and \`group\`/\`module\` \`install\`, \`remove\`, \`enable\`...`,
    why: `A build has no one to answer yum's "Is this ok [y/N]" prompt: without a terminal yum reads no answer
and stops with "Exiting on user command", failing the build, or waits forever where a terminal is attached.`,
    bad: `FROM centos:7
RUN yum install httpd-2.4.6 && yum clean all`,
    good: `FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all`,
    notes: `hadolint checks \`install\`, \`groupinstall\` and \`localinstall\` only; every command that prompts is
checked here, since all of them fail the same way. dnf and microdnf have their own rule
(dnf-install-without-yes, DL3038). Exec-form RUNs and non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        if (command.name !== 'yum') continue;
        const sub = promptingSubcommand(command);
        if (!sub || assumesYes(command)) continue;
        report({ message: `\`yum ${sub}\` without \`-y\` stops at its confirmation prompt; add \`-y\``, range: command.range });
      }
    }
  },
});
