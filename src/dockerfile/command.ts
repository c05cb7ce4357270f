// One simple command of a shell script, its program name resolved through wrappers (`sudo`, `env`,
// `python -m pip`) and its arguments split into flags and positionals with the program's option schema.
import type { Range } from './model';
import { schemaFor } from './commands/index';

export interface ShellWord {
  /** The word as written in the script. */
  text: string;
  /** The value after quote removal, or null when the word holds an expansion (`$V`, `$(cmd)`, a glob). */
  value: string | null;
  /** Quotes removed, expansions kept as written: good for messages and loose matching. */
  display: string;
  range: Range;
}

export interface CommandFlag {
  /** With dashes: `-y`, `--no-install-recommends`. Combined short flags (`-qy`) are split. */
  name: string;
  value: string | null;
  word: ShellWord;
}

/** How a command is joined to what came before it. */
export type Connector = '&&' | '||' | ';' | '|' | '&' | null;

export type Nesting = 'subshell' | 'group' | 'if' | 'loop' | 'case' | 'function' | 'substitution';

export interface ShellCommand {
  /** The program, basename only (`apt-get`, `pip`); '' for a bare assignment. */
  name: string;
  nameWord: ShellWord | null;
  /** Words after the program name. */
  args: ShellWord[];
  /** Every word of the command as written, wrappers included (assignments excluded). */
  words: ShellWord[];
  /** Programs that wrap this one: `sudo`, `env`, `python -m`... */
  wrappers: string[];
  /** `VAR=value` prefixes. */
  assignments: string[];
  flags: CommandFlag[];
  positionals: ShellWord[];
  /** First positional, for programs with subcommands (`install` in `apt-get install`); else null. */
  subcommand: string | null;
  connector: Connector;
  /** Part of a pipeline of two or more commands. */
  inPipeline: boolean;
  /** The innermost construct around the command, or null at the top level. */
  nesting: Nesting | null;
  /** May not run at all: inside `if`/`case`, a loop body, or after `||`. */
  conditional: boolean;
  range: Range;
}

export interface RawCommand {
  words: ShellWord[];
  assignments: string[];
  connector: Connector;
  inPipeline: boolean;
  nesting: Nesting | null;
  conditional: boolean;
  range: Range;
}

const SIMPLE_WRAPPERS = new Set(['exec', 'nohup', 'time', 'command', 'builtin']);
// Wrappers whose own options may take a value.
const WRAPPER_VALUE_FLAGS: Record<string, readonly string[]> = {
  sudo: ['-u', '--user', '-g', '--group', '-C', '--close-from', '-h', '--host', '-p', '--prompt', '-D', '--chdir', '-r', '--role', '-t', '--type', '-T', '--command-timeout', '-U', '--other-user'],
  env: ['-u', '--unset', '-C', '--chdir', '-S', '--split-string'],
  nice: ['-n', '--adjustment'],
  stdbuf: ['-i', '-o', '-e'],
  timeout: ['-s', '--signal', '-k', '--kill-after'],
};
// Wrappers followed by one operand before the command (the user to switch to, the duration).
const WRAPPER_OPERANDS: Record<string, number> = { gosu: 1, 'su-exec': 1, chroot: 1, timeout: 1 };

/** POSIX shells, by program name: the programs that read `-c "script"` and shell script files. */
export const POSIX_SHELLS: ReadonlySet<string> = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

/**
 * The program name of a path as it is invoked: the last segment, also of a Windows path, without `.exe`
 * (`/usr/local/bin/gunicorn` -> `gunicorn`, `C:\\mongodb\\bin\\mongod.exe` -> `mongod`).
 */
export function programName(path: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const name = slash >= 0 ? path.slice(slash + 1) : path;
  return name.toLowerCase().endsWith('.exe') ? name.slice(0, -4) : name;
}

/** `python`, `python3`, `python3.12`. */
export function isPython(name: string): boolean {
  return /^python[0-9.]*$/.test(name);
}

/** `php`, `php8`, `php8.3`. */
export function isPhp(name: string): boolean {
  return /^php[0-9.]*$/.test(name);
}

export function buildCommand(raw: RawCommand): ShellCommand {
  const words = raw.words;
  const wrappers: string[] = [];
  let i = 0;
  for (;;) {
    const word = words[i];
    if (!word || word.value === null) break;
    const program = programName(word.value);
    if (SIMPLE_WRAPPERS.has(program)) {
      wrappers.push(program);
      i++;
      continue;
    }
    const valueFlags = WRAPPER_VALUE_FLAGS[program];
    const operands = WRAPPER_OPERANDS[program] ?? 0;
    if (valueFlags || operands || program === 'sudo' || program === 'env') {
      wrappers.push(program);
      i++;
      while (i < words.length) {
        const v = words[i]!.display;
        if (v === '--') { i++; break; }
        if (v.startsWith('-')) { i += (valueFlags ?? []).includes(v) ? 2 : 1; continue; }
        if (program === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) { i++; continue; }
        break;
      }
      i += operands;
      continue;
    }
    // `python -m pip install ...` runs pip.
    if (isPython(program) && words[i + 1]?.value === '-m' && words[i + 2]?.value) {
      wrappers.push(program, '-m');
      i += 2;
      break;
    }
    break;
  }
  const nameWord = words[i] ?? null;
  const name = nameWord ? programName(nameWord.display) : '';
  const args = words.slice(i + 1);
  const { flags, positionals } = splitArguments(name, args);
  const schema = schemaFor(name);
  return {
    name,
    nameWord,
    args,
    words,
    wrappers,
    assignments: raw.assignments,
    flags,
    positionals,
    subcommand: schema?.subcommands ? positionals[0]?.display ?? null : null,
    connector: raw.connector,
    inPipeline: raw.inPipeline,
    nesting: raw.nesting,
    conditional: raw.conditional,
    range: raw.range,
  };
}

/** Splits arguments into flags (with their values, per the program's schema) and positionals. */
export function splitArguments(program: string, args: readonly ShellWord[]): { flags: CommandFlag[]; positionals: ShellWord[] } {
  const schema = schemaFor(program);
  const valueFlags = new Set(schema?.valueFlags ?? []);
  const flags: CommandFlag[] = [];
  const positionals: ShellWord[] = [];
  let onlyPositionals = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const text = word.display;
    if (onlyPositionals || text === '-' || !text.startsWith('-')) {
      positionals.push(word);
      continue;
    }
    if (text === '--') {
      onlyPositionals = true;
      continue;
    }
    if (text.startsWith('--')) {
      const eq = text.indexOf('=');
      if (eq > 0) flags.push({ name: text.slice(0, eq), value: text.slice(eq + 1), word });
      else if (valueFlags.has(text) && i + 1 < args.length) flags.push({ name: text, value: args[++i]!.display, word });
      else flags.push({ name: text, value: null, word });
      continue;
    }
    // Without a schema nothing says the program follows getopt: `find -type f`, `java -jar` keep `-type`, `-jar`.
    if (!schema) {
      flags.push({ name: text, value: null, word });
      continue;
    }
    if (schema.singleDashLong) {
      const eq = text.indexOf('=');
      if (eq > 0) flags.push({ name: text.slice(0, eq), value: text.slice(eq + 1), word });
      else if (valueFlags.has(text) && i + 1 < args.length) flags.push({ name: text, value: args[++i]!.display, word });
      else flags.push({ name: text, value: null, word });
      continue;
    }
    // Short flags: `-y`, `-qy` (combined), `-q=2`, `-ofile` (attached value), `-o file`.
    const eq = text.indexOf('=');
    if (eq === 2) {
      flags.push({ name: text.slice(0, 2), value: text.slice(3), word });
      continue;
    }
    for (let j = 1; j < text.length; j++) {
      const name = '-' + text[j];
      if (valueFlags.has(name)) {
        const attached = text.slice(j + 1);
        if (attached) flags.push({ name, value: attached, word });
        else if (i + 1 < args.length) flags.push({ name, value: args[++i]!.display, word });
        else flags.push({ name, value: null, word });
        break;
      }
      flags.push({ name, value: null, word });
    }
  }
  return { flags, positionals };
}

/** True when the command has any of the flags (`hasFlag(cmd, '-y', '--yes')`). */
export function hasFlag(command: ShellCommand, ...names: string[]): boolean {
  return command.flags.some((flag) => names.includes(flag.name));
}

export function flagValue(command: ShellCommand, ...names: string[]): string | null | undefined {
  return command.flags.find((flag) => names.includes(flag.name))?.value;
}
