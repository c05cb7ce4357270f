// Questions many rules ask of the model, answered once here so that rules stay short and agree.
import { hasFlag, type ShellCommand, type ShellWord } from '../dockerfile/command';
import type { Dockerfile, Instruction, Stage } from '../dockerfile/model';
import { expand, scopeLookup } from '../dockerfile/variables';

/** The stage and the earlier stages it is built on (FROM), nearest first: stage, parent, grandparent... */
export function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let s: Stage | null = stage; s; s = s.parent) chain.push(s);
  return chain;
}

/** The first stage of the chain: the one built FROM an image (or `scratch`). */
export function rootStage(stage: Stage): Stage {
  const chain = stageChain(stage);
  return chain[chain.length - 1]!;
}

/** True when the stage or a stage it builds on has an instruction with this keyword (ONBUILD triggers excluded). */
export function chainHas(stage: Stage, keyword: string): boolean {
  return stageChain(stage).some((s) => s.instructions.some((inst) => inst.keyword === keyword));
}

/** The last instruction with this keyword in the stage or, failing that, in the stages it builds on (ONBUILD triggers excluded). */
export function lastInChain(stage: Stage, keyword: string): Instruction | null {
  for (const s of stageChain(stage)) {
    for (let i = s.instructions.length - 1; i >= 0; i--) if (s.instructions[i]!.keyword === keyword) return s.instructions[i]!;
  }
  return null;
}

/** Instructions of a stage with this keyword, ONBUILD triggers excluded. */
export function instructionsOf(stage: Stage, keyword: string): Instruction[] {
  return stage.instructions.filter((inst) => inst.keyword === keyword);
}

/**
 * True when the layer a RUN makes persists in an image: its stage ends up in the final image or other stages are
 * built FROM it, or it is an ONBUILD RUN (it runs in the images built on this one). A builder stage that later
 * stages only copy files from leaves its layers behind.
 */
export function layerPersists(run: Instruction): boolean {
  const stage = run.stage;
  return stage !== null && (run.onbuild !== null || stage.inFinalImage || stage.children.length > 0);
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

// Many rules ask the same question of the same command; the model never changes, so answers are kept.
const packageCommandCache = new WeakMap<ShellCommand, PackageCommand | null>();

/** Reads a package manager invocation: `apt-get install -y curl` -> apt / install / [curl]. */
export function packageCommand(command: ShellCommand): PackageCommand | null {
  let found = packageCommandCache.get(command);
  if (found === undefined) packageCommandCache.set(command, (found = readPackageCommand(command)));
  return found;
}

function readPackageCommand(command: ShellCommand): PackageCommand | null {
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

/** Subcommands of `apt-get`/`apt` that read the package index to fetch packages. */
export const APT_INDEX_READERS: ReadonlySet<string> = new Set([
  'install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'source', 'download', 'reinstall', 'satisfy',
]);

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
  for (const s of stageChain(stage)) {
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

/** Stages whose layers end up in the image that `docker build` produces. */
export function finalImageStages(file: Dockerfile): Stage[] {
  return file.stages.filter((stage) => stage.inFinalImage);
}

export function finalStage(file: Dockerfile): Stage | undefined {
  return file.stages[file.stages.length - 1];
}

/**
 * RUNs that execute after `run` on top of its layer: later RUNs of its stage, then the RUNs of the stages built
 * on it. For an ONBUILD RUN, the ONBUILD RUNs that follow it.
 */
export function runsAfter(run: Instruction): Instruction[] {
  const stage = run.stage;
  if (!stage) return [];
  const onbuild = run.onbuild;
  if (onbuild) {
    return stage.instructions.filter((inst) => inst.index > onbuild.index && inst.trigger?.keyword === 'RUN').map((inst) => inst.trigger!);
  }
  const runs = stage.instructions.filter((inst) => inst.keyword === 'RUN' && inst.index > run.index);
  const queue: Stage[] = [...stage.children];
  const seen = new Set<Stage>();
  while (queue.length) {
    const child = queue.shift()!;
    if (seen.has(child)) continue;
    seen.add(child);
    runs.push(...child.instructions.filter((inst) => inst.keyword === 'RUN'));
    queue.push(...child.children);
  }
  return runs;
}

/**
 * `text` with the ARG and ENV values in scope at `inst` substituted, quotes removed; null when a variable in it
 * has no value. `escapeChar` is the file's escape character for words Docker expands itself (EXPOSE, USER,
 * COPY...), and the shell's backslash (the default) for words of a RUN.
 */
export function resolveWord(inst: Instruction, text: string, escapeChar = '\\'): string | null {
  const expansion = expand(text, scopeLookup(inst.scope), escapeChar);
  return expansion.unresolved.length ? null : expansion.value;
}

/** A shell word's value with the ARG/ENV values in scope; null when something stays unknown (`$(...)`, unset names). */
function shellWordValue(word: ShellWord, inst: Instruction): string | null {
  if (word.value !== null) return word.value;
  if (word.text.includes('$(') || word.text.includes('`')) return null;
  return resolveWord(inst, word.text);
}

/**
 * True when the command removes the directory `dir` or everything in it: `rm` of the directory itself or of
 * `dir/*`, a recursive `rm` of a directory above it (`rm -rf /var/lib/apt`), or `find` rooted there with
 * `-delete` or `-exec rm`. Removing single files inside it (`rm -f /var/lib/apt/lists/lock`) does not count.
 * Words are resolved with the ARG/ENV values in scope at `inst`.
 */
export function removesDirectory(command: ShellCommand, dir: string, inst: Instruction): boolean {
  const target = dir.replace(/\/+$/, '');
  const covers = (path: string | null, recursive: boolean): boolean => {
    if (path === null || path === '') return false;
    let trimmed = path.replace(/\/+$/, '');
    const glob = trimmed.endsWith('/*');
    if (glob) trimmed = trimmed.slice(0, -2).replace(/\/+$/, '');
    if (trimmed === target) return true;
    // A directory above `dir` (or everything in it) goes with all its subdirectories only when removed recursively.
    return recursive && (trimmed === '' || target.startsWith(trimmed + '/'));
  };
  if (command.name === 'rm') {
    const recursive = hasFlag(command, '-r', '-R', '--recursive');
    return command.positionals.some((word) => covers(shellWordValue(word, inst), recursive));
  }
  if (command.name === 'find') {
    // `find /var/lib/apt/lists -type f -delete` or `... -exec rm ...`; find's expression words are not flags.
    const values = command.args.map((word) => shellWordValue(word, inst) ?? '');
    const start = values.findIndex((v) => v.startsWith('-') || v === '(' || v === '!');
    const roots = start < 0 ? values : values.slice(0, start);
    const deletes = values.includes('-delete') || values.some((v, i) => (v === '-exec' || v === '-execdir') && values[i + 1] === 'rm');
    return deletes && roots.some((root) => covers(root, true));
  }
  return false;
}

/** Instructions of a stage that a later one of the same keyword overrides (CMD, ENTRYPOINT, HEALTHCHECK), each with the one that wins. */
export function overriddenInstructions(stage: Stage, keyword: string): Array<{ overridden: Instruction; winner: Instruction }> {
  const all = instructionsOf(stage, keyword);
  const winner = all[all.length - 1];
  return winner ? all.slice(0, -1).map((overridden) => ({ overridden, winner })) : [];
}
