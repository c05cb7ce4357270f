import type { ShellCommand, ShellWord } from '../src/dockerfile/command';
import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf } from '../src/lint/queries';
import { unpinnedMessage } from '../src/lint/package-pins';

function pinned(name: string): boolean {
  // `rails:7.1.3`, or a local gem file.
  return name.includes(':') || name.startsWith('/') || name.startsWith('.') || name.endsWith('.gem');
}

/** The gem arguments of `gem install`: positionals before `--` (what follows `--` goes to the extension build). */
function gems(command: ShellCommand): ShellWord[] {
  const separator = command.args.findIndex((word) => word.value === '--');
  const before = separator < 0 ? command.args : command.args.slice(0, separator);
  return command.positionals.slice(1).filter((word) => before.includes(word));
}

export default defineRule({
  id: 'gem-not-pinned',
  aliases: ['DL3028'],
  severity: 'warning',
  category: 'correctness',
  docs: {
    summary: '`gem install` of a gem without a version',
    details: `Flags each gem of a \`gem install\` that names no version: neither \`gem:version\` nor a
\`-v\`/\`--version\` option on the command. Local \`.gem\` files are fine, and so is \`gem install -g\` (a
gem.deps.rb or Gemfile). The values of options that take one (\`-i\`, \`-n\`, \`--source\`, \`--platform\`...) and
the extension build options after \`--\` are not gems. ARG and ENV values are substituted before deciding
(\`bundler:\${BUNDLER_VERSION}\` is pinned).`,
    why: `Without a version, \`gem install\` takes the latest release on the day of the build, so the same
Dockerfile can give a different image, or fail when a new release drops support for the Ruby in the image.`,
    bad: `FROM ruby:3.3-slim
RUN gem install bundler`,
    good: `FROM ruby:3.3-slim
RUN gem install bundler:2.5.6`,
    notes: `One finding per unpinned gem, on the gem. \`-v\` applies to every gem of the command, as in hadolint.
Gems from a Gemfile are pinned by Gemfile.lock: prefer \`bundle install\`.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        if (command.name !== 'gem' || command.positionals[0]?.value !== 'install') continue;
        if (command.flags.some((flag) => flag.name === '-v' || flag.name === '--version')) continue;
        for (const word of gems(command)) {
          const message = unpinnedMessage(
            word,
            run,
            pinned,
            `\`${word.display}\` is not pinned to a version: use \`${word.display}:<version>\` or \`-v <version>\``,
            (unpinned) => `\`${word.display}\` holds gems not pinned to a version (${unpinned}): use \`gem:<version>\``,
          );
          if (message) report({ message, range: word.range });
        }
      }
    }
  },
});
