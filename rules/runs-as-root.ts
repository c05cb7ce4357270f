import { isPython, POSIX_SHELLS, programName } from '../src/dockerfile/command';
import { dockerHubName, onDockerHub } from '../src/dockerfile/image-ref';
import type { Dockerfile, ImageRef, Instruction, Stage } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { chainHas, commandsOf, finalStage, lastInChain, packageCommand, resolveWord, rootStage, stageChain, startupOf } from '../src/lint/queries';
import { instructionCommands, startupCommands } from '../src/lint/startup';

// Base images that already end with a non-root USER.
const NON_ROOT_IMAGES = new Set([
  'jenkins/jenkins', 'jenkins/inbound-agent', 'jenkins/agent', 'nginxinc/nginx-unprivileged',
  'grafana/grafana', 'sonarqube', 'memcached', 'solr', 'kibana', 'logstash', 'elasticsearch',
]);
const NON_ROOT_PREFIXES = ['jupyter/', 'quay.io/jupyter/', 'circleci/', 'cimg/', 'gitpod/workspace-'];
const NON_ROOT_TAG_WORDS = ['nonroot', 'non-root', 'rootless', 'unprivileged'];
// Official images whose entrypoint starts the service as its own user (gosu/su-exec), as long as the
// Dockerfile keeps that entrypoint.
const PRIVILEGE_DROPPING_IMAGES = new Set([
  'postgres', 'mysql', 'mariadb', 'redis', 'mongo', 'rabbitmq', 'cassandra', 'couchdb', 'zookeeper',
]);
// Programs that start a process as another user: an image that ships one drops root in its entrypoint.
const STEP_DOWN_PROGRAMS = new Set(['gosu', 'su-exec', 'setpriv', 'runuser', 'chpst', 's6-setuidgid', 'setuser']);
// A container whose command is one of these, without a script or program to run, is an interactive base
// image (`CMD ["bash"]`, `CMD ["python3"]`, `CMD ["php", "-a"]`): the images built on it pick the user.
const INTERACTIVE_PROGRAMS = /^(fish|node|nodejs|irb|php|jshell|ghci|iex|erl|R|perl|lua[0-9.]*)$/;
const isInteractive = (name: string): boolean => POSIX_SHELLS.has(name) || isPython(name) || INTERACTIVE_PROGRAMS.test(name);
// Entrypoint scripts by the usual names (`docker-entrypoint.sh`, `docker-php-entrypoint`, `/entrypoint.sh`)
// that exec the CMD after setting up.
const ENTRYPOINT_SCRIPT = /entrypoint(\.sh)?$/;
// Init systems booted as the container's main process (`CMD ["/usr/sbin/init"]`): systemd must run as root,
// and starts each service as the user its unit names.
// SSH servers (`CMD ["/usr/sbin/sshd", "-D"]`) likewise: they need root to log each user in as that user.
const INIT_SYSTEMS = new Set(['init', 'systemd', 'sshd', 'dropbear']);
const WINDOWS_IMAGE_WORDS = ['windows', 'nanoserver', 'servercore', 'ltsc20'];

type UserKind = 'root' | 'other' | 'unknown';

function userKind(inst: Instruction, escapeChar: string): UserKind {
  const word = inst.args[0];
  if (!word) return 'unknown';
  const value = resolveWord(inst, word.value, escapeChar);
  if (value === null) return 'unknown';
  const user = value.split(':')[0]!;
  if (user === 'root' || /^0+$/.test(user)) return 'root';
  // Windows: ContainerAdministrator is the container's administrator.
  if (user.toLowerCase() === 'containeradministrator') return 'root';
  return 'other';
}

/** The repository as the lists above name it: `postgres` (official), `jenkins/jenkins` (Docker Hub), `quay.io/jupyter/x`. */
function repositoryOf(image: ImageRef): string {
  if (onDockerHub(image)) return (dockerHubName(image) ?? image.repository).toLowerCase();
  return `${image.registry}/${image.repository}`.toLowerCase();
}

function baseSetsUser(image: ImageRef): boolean {
  const repository = repositoryOf(image);
  const tag = (image.tag ?? '').toLowerCase();
  return NON_ROOT_IMAGES.has(repository)
    || NON_ROOT_PREFIXES.some((prefix) => repository.startsWith(prefix))
    || NON_ROOT_TAG_WORDS.some((word) => tag.includes(word) || repository.includes(word))
    || (repository.startsWith('bitnami/') && repository !== 'bitnami/minideb');
}

/** The image installs, copies, tests or starts a step-down program such as gosu or su-exec. */
function stepsDown(file: Dockerfile, stage: Stage): boolean {
  const named = (text: string | null) => text !== null && STEP_DOWN_PROGRAMS.has(programName(text));
  for (const s of stageChain(stage)) {
    for (const inst of s.instructions) {
      if (inst.keyword === 'COPY' || inst.keyword === 'ADD') {
        if ((inst.execArgs ?? inst.args).some((word) => named(word.value))) return true;
        continue;
      }
      for (const command of commandsOf(inst)) {
        // gosu and the like are unwrapped as wrappers: `gosu app cmd` is `cmd` with wrapper `gosu`.
        if (named(command.name) || command.wrappers.some(named)) return true;
        const pkg = packageCommand(command);
        if (pkg?.action === 'install' && pkg.packages.some((word) => named(word.value))) return true;
      }
    }
  }
  return startupCommands(file, stage).some((command) => named(command.name) || command.wrappers.some((w) => named(w.value)));
}

type StartupKind = 'none' | 'interactive' | 'script' | 'program';

/** What one ENTRYPOINT or CMD runs, read on its own. */
function startupKind(file: Dockerfile, inst: Instruction | null): StartupKind {
  if (!inst || inst.execArgs?.length === 0) return 'none';
  const commands = instructionCommands(file, inst);
  // Nothing to name: a bare shell or init wrapper in exec form (`["bash"]`, `["tini", "--"]`); in shell form, a
  // program held in a variable (`CMD $APP`), which may be anything.
  if (commands.length === 0) return inst.execArgs ? 'interactive' : 'program';
  const kinds = commands.map((command): StartupKind => {
    if (!command.args.every((arg) => arg.value.startsWith('-'))) return 'program';
    if (isInteractive(command.name)) return 'interactive';
    return ENTRYPOINT_SCRIPT.test(command.name) ? 'script' : 'program';
  });
  return kinds.includes('program') ? 'program' : kinds[kinds.length - 1]!;
}

/**
 * The image says what it runs: a CMD or ENTRYPOINT that is more than a shell or a REPL. An init wrapper or
 * an entrypoint script with no arguments runs the CMD, so the CMD decides; a script alone runs something.
 */
function runsAProgram(file: Dockerfile, stage: Stage): boolean {
  const startup = startupOf(stage);
  const entrypoint = startupKind(file, startup.entrypoint);
  const cmd = startupKind(file, startup.cmd);
  if (entrypoint === 'program' || cmd === 'program') return true;
  return entrypoint === 'script' && cmd === 'none';
}

function bootsInitSystem(file: Dockerfile, stage: Stage): boolean {
  return startupCommands(file, stage).some((command) =>
    INIT_SYSTEMS.has(command.name) || command.wrappers.some((w) => INIT_SYSTEMS.has(programName(w.value))));
}

function isWindows(file: Dockerfile, stage: Stage, image: ImageRef | null): boolean {
  if (file.escapeChar === '`') return true;
  const shell = (stage.instructions[stage.instructions.length - 1]?.shell[0] ?? '').toLowerCase();
  // pwsh runs on Linux too; cmd and Windows PowerShell do not.
  if (programName(shell) === 'cmd' || programName(shell) === 'powershell') return true;
  const text = image ? `${repositoryOf(image)}:${image.tag ?? ''}`.toLowerCase() : '';
  return WINDOWS_IMAGE_WORDS.some((word) => text.includes(word));
}

export default defineRule({
  id: 'runs-as-root',
  aliases: ['DL3002'],
  severity: 'warning',
  category: 'security',
  docs: {
    summary: 'The final image runs as root',
    details: `Flags the final stage when its container would run as root:

- the last \`USER\` of the final stage (or of the earlier stages it is built \`FROM\`) is root: \`root\`, \`0\`,
  \`root:<group>\`, \`0:<group>\`, or \`ContainerAdministrator\` on Windows. Reported at that USER; this is
  hadolint's DL3002, "Last USER should not be root", which looks at the last stage only.
- no \`USER\` at all in the final stage and the stages it builds on. Reported at the final stage's image.

Builder stages are not checked: they never run as the container. ARG and ENV values in USER are resolved.`,
    why: `Don't run as root. A process that runs as root in a container is root to the host's
kernel: one container escape, or one mounted Docker socket, away from owning the host. Most applications need root only to
install packages: do that, create a user, and switch to it with \`USER\` at the end.`,
    bad: `FROM python:3.12-slim
RUN pip install gunicorn
COPY . /app
CMD ["gunicorn", "app:app"]`,
    good: `FROM python:3.12-slim
RUN pip install gunicorn && useradd --create-home app
COPY . /app
USER app
CMD ["gunicorn", "app:app"]`,
    notes: `Stays quiet when there is no USER but the container still does not run as root, or when root
cannot be told from the Dockerfile:
- an image that does not say what it runs: no CMD or ENTRYPOINT in the Dockerfile, or only an interactive
  shell or REPL (\`CMD ["bash"]\`, \`CMD ["python3"]\`, \`CMD ["php", "-a"]\`). Such a Dockerfile builds a base
  or tool image (the official \`debian\`, \`python\`, \`buildpack-deps\` images); the Dockerfiles built on it
  still need root for their RUNs and choose the user themselves.
- \`FROM scratch\` final stages: they hold no shell, no users and no tools, typically one static binary;
  an explicit \`USER root\` there is still reported.
- base images that already end with a non-root USER (Bitnami, Jenkins, Jupyter, CircleCI, distroless
  \`:nonroot\`, \`*-unprivileged\`, \`*-rootless\`, Grafana, SonarQube, Elastic, Solr, memcached), and
  official database images whose entrypoint drops to the service's user (postgres, mysql, mariadb, redis,
  mongo, rabbitmq, cassandra, couchdb, zookeeper) when the Dockerfile keeps that entrypoint.
- images that install, copy, test or start a step-down program (\`gosu\`, \`su-exec\`, \`setpriv\`,
  \`runuser\`, \`chpst\`, \`s6-setuidgid\`, \`setuser\`): their entrypoint starts as root to fix permissions
  and then runs the service as its own user, the pattern of the official images.
- images that boot an init system (\`CMD ["/usr/sbin/init"]\`, \`systemd\`): it must run as root as PID 1
  and starts each service as the user its unit file names. SSH servers (\`CMD ["/usr/sbin/sshd", "-D"]\`,
  \`dropbear\`) likewise: they need root to log each user in as that user.
- Windows images (the \`escape\` directive set to a backtick, a cmd or \`powershell\` SHELL, \`windows\`/\`nanoserver\`/\`servercore\` base
  images): the default user depends on the base (Nano Server runs as ContainerUser, Server Core as
  ContainerAdministrator). \`USER ContainerAdministrator\` is reported, \`USER ContainerUser\` is not.
- a USER whose variables have no value, and images whose variables have no value.`,
  },
  check({ file, report }) {
    const stage = finalStage(file);
    if (!stage) return;
    const user = lastInChain(stage, 'USER');
    if (user) {
      if (userKind(user, file.escapeChar) === 'root') {
        report({ message: 'the last USER of the final stage is root; switch to an unprivileged user', range: user.args[0]!.range });
      }
      return;
    }
    const root = rootStage(stage);
    if (root.scratch) return;
    const image = root.image;
    if (image && (image.unresolved || baseSetsUser(image))) return;
    if (image && PRIVILEGE_DROPPING_IMAGES.has(dockerHubName(image)?.toLowerCase() ?? '') && !chainHas(stage, 'ENTRYPOINT')) return;
    if (isWindows(file, stage, image) || stepsDown(file, stage) || bootsInitSystem(file, stage) || !runsAProgram(file, stage)) return;
    const from = stage.from;
    report({
      message: 'no USER in the final stage: the container runs as root; add a USER with an unprivileged user',
      range: from.args[0]?.range ?? from.range,
    });
  },
});
