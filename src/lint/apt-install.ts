// Shared by the rules about `apt-get install` (apt, aptitude): which commands really install, and the options
// that hide in variables among the arguments.
import type { ShellCommand } from '../dockerfile/command';
import type { Instruction } from '../dockerfile/model';
import { resolveWord } from './queries';

const PROGRAMS = new Set(['apt-get', 'apt', 'aptitude']);

const SIMULATE = new Set(['-s', '--simulate', '--just-print', '--dry-run', '--recon', '--no-act']);

/** An install that installs: `apt-get install -s` only prints what it would do. */
export function installs(command: ShellCommand): boolean {
  return PROGRAMS.has(command.name) && command.positionals[0]?.value === 'install' && !command.flags.some((flag) => SIMULATE.has(flag.name));
}

/** Options held in variables among the arguments (`apt-get install $APT_OPTS curl`), with ARG/ENV values substituted. */
export function variableOptions(command: ShellCommand, run: Instruction): string[] {
  const options: string[] = [];
  for (const word of command.positionals) {
    if (word.value !== null || word.text.includes('$(') || word.text.includes('`')) continue;
    const value = resolveWord(run, word.text);
    if (value) options.push(...value.split(/\s+/).filter((token) => token.startsWith('-')));
  }
  return options;
}
