import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf } from '../src/lint/queries';

export default defineRule({
  id: 'zypper-dist-upgrade',
  aliases: ['DL3035'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: '`zypper dist-upgrade` in a RUN',
    details: `Flags \`zypper dist-upgrade\` and its short form \`zypper dup\`.`,
    why: `A distribution upgrade inside an image build swaps the base image's release for whatever the repositories
offer on the day of the build: the image no longer matches its FROM line, builds stop being reproducible, and
the layer carries a second copy of most of the system. Pick a newer base image instead, and install the few
packages you need with \`zypper install\`.`,
    bad: `FROM opensuse/leap:15.5
RUN zypper -n dist-upgrade && zypper clean`,
    good: `FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0 && zypper clean`,
    notes: `Moving to a newer release is what a newer base image is for. Tumbleweed images are rolling releases
where \`dup\` is the usual way to update; write \`# hadolint ignore=DL3035\` (or disable the rule) there if you mean
it. Exec-form RUNs and non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        if (command.name !== 'zypper') continue;
        const sub = command.positionals[0]?.value ?? '';
        if (sub !== 'dist-upgrade' && sub !== 'dup') continue;
        report({ message: `Do not use \`zypper ${sub}\`: build from a newer base image instead`, range: command.range });
      }
    }
  },
});
