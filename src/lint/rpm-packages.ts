// Shared by the rules about the RPM package managers (yum, dnf/dnf5/microdnf, zypper): which words are packages,
// when a package spec names a version, which commands install or prompt, and which RUNs leave a cache behind.
import type { ShellCommand, ShellWord } from '../dockerfile/command';
import type { Dockerfile, Instruction } from '../dockerfile/model';
import { allRuns, commandsOf, layerPersists, mountCovers, removesDirectory, resolveWord } from './queries';

/** The package names a word stands for, ARG/ENV values resolved and split; null when its value is unknown. */
export function wordValues(word: ShellWord, run: Instruction): string[] | null {
  if (word.value !== null) return [word.value];
  if (run.onbuild || word.text.includes('$(') || word.text.includes('`')) return null;
  const value = resolveWord(run, word.text);
  return value === null ? null : value.split(/\s+/).filter(Boolean);
}

/** A yum/dnf package spec that names a version, or one that cannot take one (a file, a URL, a group, a capability). */
export function pinned(spec: string): boolean {
  if (/\.rpm$/i.test(spec) || spec.includes('/') || spec.startsWith('@') || spec.includes('(')) return true;
  // name-version, name-version-release, name-epoch:version...: the last dash-separated part starts with a digit.
  return /-(\d+:)?\d[^-]*$/.test(spec) || /[=<>]/.test(spec);
}

export interface Target {
  words: ShellWord[];
  module: boolean;
}

/** The package words of an install by one of `managers` (`install` being any of `installs`), or of a `module install`; null for other commands. */
export function targets(command: ShellCommand, managers: ReadonlySet<string>, installs: ReadonlySet<string>): Target | null {
  if (!managers.has(command.name)) return null;
  const first = command.positionals[0]?.value ?? '';
  if (installs.has(first)) return { words: command.positionals.slice(1), module: false };
  if (first === 'module' && command.positionals[1]?.value === 'install') return { words: command.positionals.slice(2), module: true };
  return null;
}

const CLEANERS = new Set(['yum', 'dnf', 'dnf5', 'microdnf']);

/** An install (`install`, `groupinstall`, `group install`, `module install`...) by one of `managers`. */
export function isInstall(command: ShellCommand, managers: ReadonlySet<string>): boolean {
  if (!managers.has(command.name)) return false;
  const first = command.positionals[0]?.value ?? '';
  if (first === 'install' || first === 'groupinstall' || first === 'localinstall' || first === 'reinstall') return true;
  return (first === 'group' || first === 'groups' || first === 'module') && command.positionals[1]?.value === 'install';
}

/** `yum clean all` (or dnf's), or a removal of one of `caches`. */
export function cleans(command: ShellCommand, run: Instruction, caches: readonly string[]): boolean {
  if (CLEANERS.has(command.name) && command.positionals[0]?.value === 'clean' && command.positionals[1]?.value === 'all') return true;
  return caches.some((cache) => removesDirectory(command, cache, run));
}

/**
 * The last install of each RUN that ends up in an image and leaves its cache there: no cache mount covers one of
 * `caches` and no later command of the RUN cleans it.
 */
export function* uncleanedInstalls(
  file: Dockerfile,
  caches: readonly string[],
  installs: (command: ShellCommand) => boolean,
  cleaned: (command: ShellCommand, run: Instruction) => boolean,
): Generator<ShellCommand> {
  for (const run of allRuns(file)) {
    if (!layerPersists(run)) continue;
    if (caches.some((cache) => mountCovers(run, cache))) continue;
    const commands = commandsOf(run);
    const install = [...commands].reverse().find(installs);
    if (!install) continue;
    if (commands.slice(commands.indexOf(install) + 1).some((c) => cleaned(c, run))) continue;
    yield install;
  }
}

/** uncleanedInstalls for yum and dnf: installs by one of `managers`, cleaned by `clean all` or removing a cache. */
export function uncleanedRpmInstalls(file: Dockerfile, managers: ReadonlySet<string>, caches: readonly string[]): Generator<ShellCommand> {
  return uncleanedInstalls(file, caches, (command) => isInstall(command, managers), (command, run) => cleans(command, run, caches));
}

/** How an install reads in a message: `dnf install`, `yum groupinstall`, `dnf module install`. */
export function installText(install: ShellCommand): string {
  // `group install`, `module install` are two words.
  const first = install.positionals[0]?.value ?? '';
  return `${install.name} ${first.endsWith('install') ? first : `${first} install`}`;
}

// Subcommands that ask for confirmation before they change the system.
const PROMPTING = new Set([
  'install', 'groupinstall', 'localinstall', 'reinstall', 'remove', 'erase', 'update', 'upgrade', 'downgrade',
  'distro-sync', 'autoremove', 'groupupdate', 'groupremove', 'swap',
]);
const GROUPED = new Set(['group', 'groups', 'module']);
const GROUPED_PROMPTING = new Set(['install', 'remove', 'upgrade', 'update', 'enable', 'disable', 'reset', 'switch-to']);

/** The yum/dnf subcommand as written (`install`, `module install`) when it would prompt, else null. */
export function promptingSubcommand(command: ShellCommand): string | null {
  const first = command.positionals[0]?.value ?? '';
  if (PROMPTING.has(first)) return first;
  const second = command.positionals[1]?.value ?? '';
  if (GROUPED.has(first) && GROUPED_PROMPTING.has(second)) return `${first} ${second}`;
  return null;
}

/** `-y`, `--assumeyes` or `--setopt assumeyes=1`. */
export function assumesYes(command: ShellCommand): boolean {
  return command.flags.some(
    (flag) =>
      flag.name === '-y' || flag.name === '--assumeyes' ||
      (flag.name === '--setopt' && /^assumeyes=(1|true|yes|on)$/i.test(flag.value ?? '')),
  );
}

/** Every package of an install by these managers that names no version (or a module without its stream). */
export function* unpinnedPackages(
  file: Dockerfile,
  managers: ReadonlySet<string>,
  installs: ReadonlySet<string>,
): Generator<{ message: string; range: ShellWord['range'] }> {
  for (const run of allRuns(file)) {
    for (const command of commandsOf(run)) {
      const target = targets(command, managers, installs);
      if (!target) continue;
      for (const word of target.words) {
        for (const spec of wordValues(word, run) ?? []) {
          if (target.module) {
            if (!spec.includes(':')) yield { message: `\`${command.name} module install\` of \`${spec}\` without a stream; write \`${spec}:<stream>\``, range: word.range };
          } else if (!pinned(spec)) {
            yield { message: `\`${command.name} ${command.positionals[0]?.value}\` of \`${spec}\` without a version; pin it: \`${spec}-<version>\``, range: word.range };
          }
        }
      }
    }
  }
}
