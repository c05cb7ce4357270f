import type { ShellCommand } from '../src/dockerfile/command';
import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { allRuns, cacheMountTargets, commandsOf, layerPersists, packageCommand, removesDirectory, resolveWord } from '../src/lint/queries';

/** npm's cache as root writes it, and the forms a RUN may use to remove it. */
const CACHE_DIRS = ['/root/.npm', '/root/.npm/_cacache', '~/.npm', '~/.npm/_cacache'];

/** `npm install`, `npm i`, `npm ci`, `npm add`: the commands that download packages into the cache. */
function isNpmInstall(command: ShellCommand): boolean {
  const pkg = packageCommand(command);
  return pkg?.manager === 'npm' && pkg.action === 'install';
}

/** The cache folder set by `--cache DIR` or by the npm_config_cache variable, if any. */
function configuredCache(command: ShellCommand, run: Instruction): string | null {
  const flag = command.flags.find((f) => f.name === '--cache')?.value;
  const folder = flag ? resolveWord(run, flag) : (run.scope.get('NPM_CONFIG_CACHE') ?? run.scope.get('npm_config_cache'))?.value;
  return folder ? folder.replace(/\/+$/, '') : null;
}

function cleansCache(command: ShellCommand, run: Instruction, folder: string | null): boolean {
  const pkg = packageCommand(command);
  if (pkg?.manager === 'npm' && command.positionals[0]?.value === 'cache' && ['clean', 'rm', 'clear'].includes(command.positionals[1]?.value ?? '')) return true;
  return [...CACHE_DIRS, ...(folder ? [folder] : [])].some((dir) => removesDirectory(command, dir, run));
}

/** A cache or tmpfs mount on npm's cache: a target naming npm, or the configured folder. */
function cacheMounted(run: Instruction, folder: string | null): boolean {
  return cacheMountTargets(run).some((target) => /(^|\/)\.?npm(\/|$)/.test(target) || (folder !== null && (folder === target || folder.startsWith(target + '/'))));
}

export default defineRule({
  id: 'npm-cache-not-cleaned',
  aliases: [],
  severity: 'info',
  category: 'size',
  docs: {
    summary: '`npm install` or `npm ci` without `npm cache clean --force` in the same RUN',
    details: `Flags \`npm install\`, \`npm i\`, \`npm ci\` and \`npm add\` in a stage whose layers end up in the image when
the same RUN does not then run \`npm cache clean --force\` or remove npm's cache (\`/root/.npm\`, \`~/.npm\`, or the
folder given by \`--cache\` or \`npm_config_cache\`). Quiet when a cache or tmpfs mount covers the cache
(\`--mount=type=cache,target=/root/.npm\`).`,
    why: `Clean caches in the same layer. npm keeps a compressed copy of every package it downloads in
\`~/.npm/_cacache\`, often as large as \`node_modules\` itself, and nothing in the container ever reads it again.
A file deleted in a later RUN still ships in the earlier layer, so the cache must go in the RUN that filled it
(or never reach the layer: a cache mount keeps it on the build host, where the next build reuses it).
\`whale lint --image\` shows the bytes it takes in the image that was built.`,
    bad: `FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev`,
    good: `FROM node:22-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force`,
    notes: `Neither hadolint nor Docker's build checks have this check (hadolint's DL3060 is the same lesson for yarn).
Builder stages whose files are copied out with \`COPY --from\` are not reported: their cache never reaches the
image. A cache clean before the install does not count. Exec-form RUNs and non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      if (!layerPersists(run)) continue;
      const commands = commandsOf(run);
      for (const [i, command] of commands.entries()) {
        if (!isNpmInstall(command)) continue;
        const folder = configuredCache(command, run);
        if (cacheMounted(run, folder)) continue;
        if (commands.slice(i + 1).some((c) => cleansCache(c, run, folder))) continue;
        report({
          message: `\`npm ${command.positionals[0]?.value ?? 'install'}\` leaves a copy of every downloaded package in npm's cache in this layer; add \`npm cache clean --force\` to this RUN`,
          range: command.range,
        });
        break;
      }
    }
  },
});
