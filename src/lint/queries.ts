// Questions many rules ask of the model, answered once here so that rules stay short and agree.
import type { ShellCommand, ShellWord } from '../dockerfile/command';
import type { Dockerfile, Instruction, Stage } from '../dockerfile/model';

/** Instructions of a stage with this keyword, ONBUILD triggers excluded. */
export function instructionsOf(stage: Stage, keyword: string): Instruction[] {
  return stage.instructions.filter((inst) => inst.keyword === keyword);
}

/** Every RUN in the file, top-level and ONBUILD triggers, with its stage. */
export function allRuns(file: Dockerfile): Instruction[] {
  const runs: Instruction[] = [];
  for (const inst of file.instructions) {
    if (inst.keyword === 'RUN') runs.push(inst);
    else if (inst.trigger?.keyword === 'RUN') runs.push(inst.trigger);
  }
  return runs;
}

export function commandsOf(inst: Instruction): ShellCommand[] {
  return inst.script?.commands ?? [];
}

/** Targets of `RUN --mount=type=cache,target=...` (and tmpfs mounts, which also keep files out of the layer). */
export function cacheMountTargets(inst: Instruction): string[] {
  const targets: string[] = [];
  for (const flag of inst.flags) {
    if (flag.name.toLowerCase() !== 'mount') continue;
    const type = flag.options.find((o) => o.name === 'type')?.value;
    if (type !== 'cache' && type !== 'tmpfs') continue;
    const target = flag.options.find((o) => o.name === 'target' || o.name === 'dst' || o.name === 'destination')?.value;
    if (target) targets.push(target.replace(/\/+$/, ''));
  }
  return targets;
}

/** True when a cache or tmpfs mount covers `path` (the mount is `path` or one of its parents). */
export function mountCovers(inst: Instruction, path: string): boolean {
  return cacheMountTargets(inst).some((target) => path === target || path.startsWith(target + '/'));
}

export type PackageManager = 'apt' | 'apk' | 'yum' | 'dnf' | 'zypper' | 'pip' | 'npm' | 'yarn' | 'pnpm' | 'gem' | 'pipenv' | 'poetry';

export interface PackageCommand {
  manager: PackageManager;
  /** Normalised action: `install`, `update` (refresh the index), `upgrade`, `remove`, `clean`, or the subcommand as written. */
  action: string;
  /** Package arguments (positionals after the subcommand). */
  packages: ShellWord[];
  command: ShellCommand;
}

const MANAGERS: Record<string, PackageManager> = {
  'apt-get': 'apt', apt: 'apt', apk: 'apk', yum: 'yum', dnf: 'dnf', microdnf: 'dnf', zypper: 'zypper',
  pip: 'pip', pip2: 'pip', pip3: 'pip', npm: 'npm', yarn: 'yarn', pnpm: 'pnpm', gem: 'gem', pipenv: 'pipenv', poetry: 'poetry',
};

const ACTIONS: Record<string, string> = {
  install: 'install', add: 'install', in: 'install', i: 'install', ci: 'install',
  update: 'update', makecache: 'update', refresh: 'update', ref: 'update',
  upgrade: 'upgrade', 'dist-upgrade': 'upgrade', 'full-upgrade': 'upgrade', dup: 'upgrade', up: 'upgrade',
  remove: 'remove', del: 'remove', purge: 'remove', autoremove: 'remove', uninstall: 'remove', rm: 'remove', erase: 'remove',
  clean: 'clean', 'dist-clean': 'clean', autoclean: 'clean', cache: 'clean',
};

/** Reads a package manager invocation: `apt-get install -y curl` -> apt / install / [curl]. */
export function packageCommand(command: ShellCommand): PackageCommand | null {
  const manager = MANAGERS[command.name] ?? (/^pip[0-9.]+$/.test(command.name) ? 'pip' : undefined);
  if (!manager) return null;
  const subcommand = command.positionals[0]?.value ?? (manager === 'yarn' && command.positionals.length === 0 ? 'install' : null);
  if (subcommand === null) return null;
  // `yum update` upgrades packages; `apt-get update` refreshes the index.
  let action = ACTIONS[subcommand] ?? subcommand;
  if ((manager === 'yum' || manager === 'dnf' || manager === 'zypper') && subcommand === 'update') action = 'upgrade';
  if (manager === 'pip' || manager === 'npm' || manager === 'yarn' || manager === 'pnpm' || manager === 'gem') {
    if (subcommand === 'update' || subcommand === 'upgrade') action = 'upgrade';
  }
  return { manager, action, packages: command.positionals.slice(1), command };
}

/** Package commands in one RUN, in order. */
export function packageCommands(inst: Instruction): PackageCommand[] {
  const found: PackageCommand[] = [];
  for (const command of commandsOf(inst)) {
    const pkg = packageCommand(command);
    if (pkg) found.push(pkg);
  }
  return found;
}

/** What a stage's container runs: its ENTRYPOINT and CMD, as set in the stage or inherited from an earlier stage. */
export interface Startup {
  entrypoint: Instruction | null;
  cmd: Instruction | null;
}

export function startupOf(stage: Stage): Startup {
  let entrypoint: Instruction | null = null;
  let cmd: Instruction | null = null;
  for (let s: Stage | null = stage; s; s = s.parent) {
    for (let i = s.instructions.length - 1; i >= 0; i--) {
      const inst: Instruction = s.instructions[i]!;
      if (!entrypoint && inst.keyword === 'ENTRYPOINT') entrypoint = inst;
      if (!cmd && inst.keyword === 'CMD') cmd = inst;
    }
    // ENTRYPOINT drops the CMD inherited from earlier stages unless its own stage sets one (before or after it).
    if (entrypoint) break;
  }
  return { entrypoint, cmd };
}

/** A startup instruction as commands: exec form is one command of its words; shell form is its script. */
export interface StartupProgram {
  instruction: Instruction;
  /** Program basename and arguments as literal strings (exec form), or per shell command. */
  commands: Array<{ name: string; args: string[]; range: Instruction['range'] }>;
}

export function startupPrograms(stage: Stage): StartupProgram[] {
  const { entrypoint, cmd } = startupOf(stage);
  const programs: StartupProgram[] = [];
  for (const inst of [entrypoint, cmd]) {
    if (!inst) continue;
    if (inst.execArgs) {
      const [first, ...rest] = inst.execArgs;
      if (!first) continue;
      programs.push({ instruction: inst, commands: [{ name: first.value.split('/').pop()!, args: rest.map((w) => w.value), range: inst.range }] });
    } else if (inst.script) {
      programs.push({
        instruction: inst,
        commands: inst.script.commands.map((c) => ({ name: c.name, args: c.args.map((w) => w.display), range: c.range })),
      });
    }
  }
  return programs;
}

/** Stages whose layers end up in the image that `docker build` produces. */
export function finalImageStages(file: Dockerfile): Stage[] {
  return file.stages.filter((stage) => stage.inFinalImage);
}

export function finalStage(file: Dockerfile): Stage | undefined {
  return file.stages[file.stages.length - 1];
}
