import { hasFlag, type ShellCommand } from '../src/dockerfile/command';
import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { allRuns, cacheMountTargets, commandsOf, packageCommand, removesDirectory, resolveWord } from '../src/lint/queries';

/** The yarn cache directories a RUN may remove instead of `yarn cache clean`. */
const CACHE_DIRS = ['/usr/local/share/.cache/yarn', '/root/.cache/yarn', '/root/.yarn/berry/cache'];

/** `yarn install`, or a bare `yarn` (which installs). */
function isYarnInstall(command: ShellCommand): boolean {
  const pkg = packageCommand(command);
  if (pkg?.manager !== 'yarn') return false;
  // A bare `yarn` installs, unless it only prints something (`yarn --version`).
  if (command.positionals.length === 0) return !hasFlag(command, '--version', '-v', '-V', '--help', '-h');
  return command.positionals[0]?.value === 'install';
}

function cleansCache(command: ShellCommand, run: Instruction): boolean {
  const pkg = packageCommand(command);
  if (pkg?.manager === 'yarn' && command.positionals[0]?.value === 'cache' && command.positionals[1]?.value === 'clean') return true;
  const configured = run.scope.get('YARN_CACHE_FOLDER')?.value;
  return [...CACHE_DIRS, ...(configured ? [configured] : [])].some((dir) => removesDirectory(command, dir, run));
}

/** A cache or tmpfs mount on a yarn cache: a target naming yarn, or the configured cache folder. */
function cacheMounted(command: ShellCommand, run: Instruction): boolean {
  const flag = command.flags.find((f) => f.name === '--cache-folder')?.value;
  const folder = (flag ? resolveWord(run, flag) : run.scope.get('YARN_CACHE_FOLDER')?.value)?.replace(/\/+$/, '');
  return cacheMountTargets(run).some((target) => /yarn/i.test(target) || (folder != null && (folder === target || folder.startsWith(target + '/'))));
}

export default defineRule({
  id: 'yarn-cache-not-cleaned',
  aliases: ['DL3060'],
  severity: 'info',
  category: 'size',
  docs: {
    summary: '`yarn install` without `yarn cache clean` in the same RUN',
    details: `Flags \`yarn install\` (or a bare \`yarn\`, which installs; \`yarn --version\` and \`yarn --help\` do not) when the same RUN does not run
\`yarn cache clean\` afterwards or remove the yarn cache directory (\`/usr/local/share/.cache/yarn\`, the folder set
by \`YARN_CACHE_FOLDER\`). Quiet when a cache or tmpfs mount covers the yarn cache
(\`--mount=type=cache,target=/usr/local/share/.cache/yarn\`, or on the folder given by \`--cache-folder\` or
\`YARN_CACHE_FOLDER\`).`,
    why: `Clean caches in the same layer. yarn keeps a copy of every package it downloads in its global cache; in
an image that copy often weighs more than \`node_modules\` itself. A file deleted in a later RUN still ships in
the earlier layer, so the cache must go in the RUN that filled it.`,
    bad: `FROM node:22-slim
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile`,
    good: `FROM node:22-slim
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile && yarn cache clean`,
    notes: `A cache clean before the install does not count. Exec-form RUNs and non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      const commands = commandsOf(run);
      for (const [i, command] of commands.entries()) {
        if (!isYarnInstall(command) || cacheMounted(command, run)) continue;
        if (commands.slice(i + 1).some((c) => cleansCache(c, run))) continue;
        report({
          message: `\`${command.positionals.length ? 'yarn install' : 'yarn'}\` leaves the downloaded packages in the yarn cache in this layer; add \`yarn cache clean\` to this RUN`,
          range: command.range,
        });
        break;
      }
    }
  },
});
