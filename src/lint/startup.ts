// What a container runs when it starts, read from the ENTRYPOINT and CMD written in the Dockerfile: the
// programs behind init wrappers (`tini --`, `gosu user`, `python -m`, `bundle exec`...), for exec form, shell
// form and `sh -c "..."` alike. Rules about the main process (servers, dev servers, supervisors) read this.
import { buildCommand, isPhp, isPython, POSIX_SHELLS, programName, type ShellCommand } from '../dockerfile/command';
import { dockerHubName, onDockerHub } from '../dockerfile/image-ref';
import type { Dockerfile, Instruction, Range, Stage } from '../dockerfile/model';
import { parseShellScript } from '../dockerfile/shell';
import { LineIndex } from '../dockerfile/text';
import { rootStage, startupOf } from './queries';

/** One word of a startup command line and where it is written. */
export interface StartupWord {
  value: string;
  range: Range;
  instruction: Instruction;
}

/** One program the container starts. */
export interface StartupCommand {
  /** Program basename after wrappers, e.g. `gunicorn` for `["tini", "--", "/usr/local/bin/gunicorn"]`. */
  name: string;
  program: StartupWord;
  /** Words after the program (for exec form, CMD words follow ENTRYPOINT words). */
  args: StartupWord[];
  /** The instruction that names the program. */
  instruction: Instruction;
  /** The wrappers in front of the program, outermost first: `tini`, `gosu`, `/init`, `env`, `python` (of `python -m`)... */
  wrappers: StartupWord[];
  /** The shell command when the program comes from a shell script (shell form or `sh -c`); null for exec form. */
  shell: ShellCommand | null;
  /** From the program word to its last argument (in the CMD when it follows an exec-form ENTRYPOINT). */
  range: Range;
}

const INITS = new Set(['tini', 'tini-static', 'dumb-init', 'catatonit', 'exec', 'nohup']);
// Options of init wrappers that take a value (`tini -e 143`, `dumb-init -r 15:2`).
const INIT_VALUE_FLAGS = new Set(['-e', '-p', '-r', '--rewrite']);
const USER_SWITCHERS = new Set(['gosu', 'su-exec', 'chpst']);
const RUNNERS: Record<string, string> = { bundle: 'exec', poetry: 'run', pipenv: 'run', uv: 'run', pdm: 'run', hatch: 'run' };
// Programs that take a script or module to run as their arguments.
const INTERPRETER_NAMES = /^(node|nodejs|ruby|java|perl|deno|bun|dotnet|npm|npx|yarn|pnpm|bundle|rails|flask|django-admin|manage\.py)$/;
const isInterpreter = (name: string): boolean => isPython(name) || isPhp(name) || INTERPRETER_NAMES.test(name);

/**
 * The programs a stage's container starts, from ENTRYPOINT and CMD written in this Dockerfile (empty when both
 * are inherited from the base image). An exec-form ENTRYPOINT is read together with the CMD that follows it, and
 * the CMD is also read on its own, since entrypoint scripts usually end in `exec "$@"`.
 */
export function startupCommands(file: Dockerfile, stage: Stage): StartupCommand[] {
  // Several rules read the same stage's startup; the model never changes, so it is worked out once.
  let found = startupCache.get(stage);
  if (!found) startupCache.set(stage, (found = readStartupCommands(file, stage)));
  return found;
}

const startupCache = new WeakMap<Stage, StartupCommand[]>();

function readStartupCommands(file: Dockerfile, stage: Stage): StartupCommand[] {
  const { entrypoint, cmd } = startupOf(stage);
  const found: StartupCommand[] = [];
  const add = (commands: StartupCommand[]): void => {
    for (const command of commands) {
      if (!found.some((f) => sameRange(f.program.range, command.program.range))) found.push(command);
    }
  };
  if (entrypoint && entrypoint.form === 'shell') {
    // A shell-form ENTRYPOINT ignores CMD.
    add(fromScript(entrypoint));
    return found;
  }
  if (entrypoint?.execArgs && entrypoint.execArgs.length > 0) {
    const argv = words(entrypoint);
    if (cmd?.execArgs) argv.push(...words(cmd));
    const combined = fromArgv(file, argv);
    add(combined);
    // `ENTRYPOINT ["python"]` + `CMD ["app.py"]`: the CMD is the interpreter's arguments, not a program.
    if (combined.length === 1 && isInterpreter(combined[0]!.name) && combined[0]!.program.instruction === entrypoint) return found;
  }
  if (cmd) add(cmd.execArgs ? fromArgv(file, words(cmd)) : fromScript(cmd));
  return found;
}

/** The instruction's exec-form words. */
function words(inst: Instruction): StartupWord[] {
  return (inst.execArgs ?? []).map((w) => ({ value: w.value, range: w.range, instruction: inst }));
}

function fromScript(inst: Instruction): StartupCommand[] {
  const commands: StartupCommand[] = [];
  for (const shell of inst.script?.commands ?? []) {
    if (shell.nesting === 'substitution' || shell.nesting === 'function') continue;
    const argv = shell.words.map((w) => ({ value: w.value ?? w.display, range: w.range, instruction: inst }));
    // An expansion as the program (`$APP`) says nothing about what runs.
    const first = unwrap(argv);
    if (first < 0 || shell.words[first]?.value === null) continue;
    commands.push(command(argv, first, shell));
  }
  return commands;
}

function fromArgv(file: Dockerfile, argv: StartupWord[]): StartupCommand[] {
  const outer: StartupWord[] = [];
  const first = unwrap(argv, outer);
  if (first < 0) return [];
  const program = argv[first]!;
  const rest = argv.slice(first + 1);
  // `["sh", "-c", "gunicorn app:app"]` runs a shell script; read it with the shell parser.
  if (POSIX_SHELLS.has(programName(program.value)) && file.posixShell) {
    const script = rest.findIndex((w) => /^-[a-z]*c[a-z]*$/.test(w.value));
    if (script >= 0) {
      const text = rest[script + 1];
      // Wrappers around the shell (`["gosu", "app", "sh", "-c", "..."]`) wrap what the script runs.
      return text ? fromString(text).map((c) => ({ ...c, wrappers: [...outer, ...c.wrappers] })) : [];
    }
    // `["/bin/sh", "-e", "/usr/bin/couchdb", "-b"]` runs a script file: that is the program.
    const path = rest.findIndex((w) => !w.value.startsWith('-'));
    return path >= 0 ? [command(argv, first + 1 + path, null)] : [];
  }
  return [command(argv, first, null)];
}

/** Commands of a `sh -c` string, their ranges placed in the file. */
function fromString(word: StartupWord): StartupCommand[] {
  const index = new LineIndex(word.value);
  const offsets = Array.from({ length: word.value.length + 1 }, (_, i) => i);
  const script = parseShellScript({ text: word.value, offsets }, index);
  // Exact columns when the JSON string has no escapes (it then spans value + 2 quotes on one line).
  const exact = word.range.start.line === word.range.end.line
    && word.range.end.character - word.range.start.character === word.value.length + 2
    && !word.value.includes('\n');
  const place = (range: Range): Range => exact
    ? {
        start: { line: word.range.start.line, character: word.range.start.character + 1 + range.start.character },
        end: { line: word.range.start.line, character: word.range.start.character + 1 + range.end.character },
      }
    : word.range;
  const commands: StartupCommand[] = [];
  for (const shell of script.commands) {
    if (shell.nesting === 'substitution' || shell.nesting === 'function') continue;
    shell.range = place(shell.range);
    for (const w of shell.words) w.range = place(w.range);
    const argv = shell.words.map((w) => ({ value: w.value ?? w.display, range: w.range, instruction: word.instruction }));
    const first = unwrap(argv);
    if (first < 0 || shell.words[first]?.value === null) continue;
    commands.push(command(argv, first, shell));
  }
  return commands;
}

function command(argv: StartupWord[], first: number, shell: ShellCommand | null): StartupCommand {
  const program = argv[first]!;
  const args = argv.slice(first + 1);
  const last = args[args.length - 1] ?? program;
  const wrappers: StartupWord[] = [];
  unwrap(argv.slice(0, first + 1), wrappers);
  return {
    name: programName(program.value),
    program,
    args,
    wrappers,
    instruction: program.instruction,
    shell,
    range: { start: program.range.start, end: last.range.end },
  };
}

/** Index of the program behind wrappers, or -1 when there is none. The wrapper words go to `wrappers` when given. */
function unwrap(argv: readonly StartupWord[], wrappers: StartupWord[] = []): number {
  let i = 0;
  for (;;) {
    const word = argv[i];
    if (!word) return -1;
    const name = programName(word.value);
    if (word.value.startsWith('-')) return -1;
    wrappers.push(word);
    if (INITS.has(name) || word.value === '/init') {
      // s6-overlay's `/init` runs its services, then the command after it.
      i++;
      while (argv[i]?.value.startsWith('-')) i += INIT_VALUE_FLAGS.has(argv[i]!.value) ? 2 : 1;
      continue;
    }
    if (USER_SWITCHERS.has(name)) {
      i += name === 'chpst' ? 1 : 2;
      while (name === 'chpst' && argv[i]?.value.startsWith('-')) i += 2;
      continue;
    }
    if (name === 'env' || name === 'sudo') {
      i++;
      while (argv[i] && (argv[i]!.value.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[i]!.value))) i++;
      continue;
    }
    if (name === 'npx') {
      i++;
      while (argv[i]?.value.startsWith('-')) i++;
      continue;
    }
    const runner = RUNNERS[name];
    if (runner && argv[i + 1]?.value === runner) {
      i += 2;
      while (argv[i]?.value.startsWith('-')) i++;
      continue;
    }
    // `python -m gunicorn` runs gunicorn.
    if (isPython(name) && argv[i + 1]?.value === '-m' && argv[i + 2]) return i + 2;
    wrappers.pop();
    return i;
  }
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character
    && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * The base image at the root of the stage's FROM chain, lower-cased, with its tag: by its official name
 * (`python`, also for `docker.io/library/python`) or, for other Docker Hub repositories, by the repository
 * (`bitnami/redis`). Null for `scratch` and for images from other registries (`ghcr.io/me/nginx` is not the
 * official nginx); 'unknown' when an ARG has no value.
 */
export function baseImageName(stage: Stage): { name: string; tag: string } | 'unknown' | null {
  const image = rootStage(stage).image;
  if (!image) return null;
  if (image.unresolved) return 'unknown';
  if (!onDockerHub(image)) return null;
  const name = dockerHubName(image) ?? image.repository;
  return { name: name.toLowerCase(), tag: (image.tag ?? 'latest').toLowerCase() };
}

/** The programs one CMD or ENTRYPOINT instruction names, read on its own (exec form, shell form or `sh -c`). */
export function instructionCommands(file: Dockerfile, inst: Instruction): StartupCommand[] {
  return inst.execArgs ? fromArgv(file, words(inst)) : fromScript(inst);
}

/** The commands of a RUN: its shell script, or its exec-form array read as one command. */
export function runCommands(inst: Instruction): ShellCommand[] {
  if (inst.script) return inst.script.commands;
  if (!inst.execArgs || inst.execArgs.length === 0) return [];
  const words = inst.execArgs.map((w) => ({ text: w.value, value: w.value, display: w.value, range: w.range }));
  const range = { start: words[0]!.range.start, end: words[words.length - 1]!.range.end };
  return [buildCommand({ words, assignments: [], connector: null, inPipeline: false, nesting: null, conditional: false, range })];
}

/** The service a command starts: `ssh` for `service ssh start`, `rc-service ssh start` or `/etc/init.d/ssh start`; else null. */
export function startedService(command: ShellCommand): string | null {
  const [first, second] = command.positionals.map((w) => w.value);
  if ((command.name === 'service' || command.name === 'rc-service') && first && second === 'start') return first;
  const path = command.nameWord?.value ?? '';
  if (path.startsWith('/etc/init.d/') && path.length > '/etc/init.d/'.length && first === 'start') return programName(path);
  return null;
}

/** How a service start is written, for messages: `service ssh start`, `/etc/init.d/ssh start`. */
export function serviceStartText(command: ShellCommand, service: string): string {
  return command.name === 'service' || command.name === 'rc-service' ? `${command.name} ${service} start` : `${command.nameWord?.value ?? service} start`;
}

/** `python manage.py runserver`, `./manage.py runserver`, `django-admin runserver`. */
export function runsDjangoServer(command: StartupCommand): boolean {
  const args = command.args.map((w) => w.value);
  if (command.name === 'django-admin' || command.name === 'manage.py') return args[0] === 'runserver';
  if (!isPython(command.name)) return false;
  const script = args.findIndex((a) => !a.startsWith('-'));
  return script >= 0 && programName(args[script]!) === 'manage.py' && args[script + 1] === 'runserver';
}
