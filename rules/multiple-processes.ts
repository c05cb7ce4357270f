import type { ShellCommand } from '../src/dockerfile/command';
import { defineRule } from '../src/lint/rule';
import { finalStage } from '../src/lint/queries';
import { serviceStartText, startedService, startupCommands, type StartupCommand } from '../src/lint/startup';

const SUPERVISORS = new Set(['supervisord', 'runsvdir', 's6-svscan']);
// Commands after a background service that do not make a second process.
const NOT_A_PROCESS = new Set(['wait', 'echo', 'printf', 'true', ':', 'set', 'export', '']);

const ADVICE = 'consider one process per container, so that Docker can watch, restart and log each one';

// Servers that put themselves in the background by default, with the flags that keep them in the foreground.
// `php-fpm && nginx` only ever reaches nginx because php-fpm daemonized.
const DAEMONS: Record<string, readonly string[]> = {
  'php-fpm': ['-F', '--nodaemonize'], nginx: [], httpd: [], nmbd: ['-F', '--foreground', '-i', '--interactive'],
  smbd: ['-F', '--foreground', '-i', '--interactive'], cron: ['-f'], crond: ['-f'], sshd: ['-D'], rsyslogd: ['-n'], syslogd: ['-n'],
};
// Flags that make these programs test, print or signal, and exit.
const ONE_SHOT = ['-t', '-T', '-v', '-V', '-h', '-s', '--help', '--version', '--test'];

/** The option is given, also inside combined short options (`smbd -FS`), which stay one word without a schema. */
function hasOption(command: ShellCommand, names: readonly string[]): boolean {
  return command.flags.some((flag) => names.includes(flag.name)
    || (!flag.name.startsWith('--') && names.some((n) => n.length === 2 && n[0] === '-' && flag.name.slice(1).includes(n[1]!))));
}

/** A command that leaves a service running in the background: `service nginx start`, `php-fpm`, `nmbd -D`. */
function startsBackgroundService(command: ShellCommand): string | null {
  const service = startedService(command);
  if (service) return serviceStartText(command, service);
  const foreground = DAEMONS[/^php-fpm[0-9.]*$/.test(command.name) ? 'php-fpm' : command.name];
  if (!foreground || hasOption(command, [...foreground, ...ONE_SHOT])) return null;
  // `nginx -g 'daemon off;'`, `httpd -D FOREGROUND` stay in the foreground.
  if (command.args.some((w) => (w.value ?? '').includes('daemon off') || (w.value ?? '').endsWith('FOREGROUND'))) return null;
  return command.name;
}

/** The first background service of a startup script that another process follows, or null. */
function backgroundThenProcess(commands: readonly StartupCommand[]): { command: StartupCommand; what: string } | null {
  // Only the top level of one script: what runs in order as the container starts.
  const top = commands.filter((c) => c.shell && c.shell.nesting === null);
  for (let i = 0; i < top.length; i++) {
    const shell = top[i]!.shell!;
    const next = top[i + 1];
    if (!next || next.instruction !== top[i]!.instruction || NOT_A_PROCESS.has(next.shell!.name)) continue;
    const service = next.shell!.connector !== '||' && next.shell!.connector !== '|' ? startsBackgroundService(shell) : null;
    if (service) return { command: top[i]!, what: `\`${service}\` leaves a service running in the background before another process` };
    // `a & b`: the connector of `b` says that `a` was put in the background.
    if (next.shell!.connector === '&') {
      const shown = [top[i]!.name, ...top[i]!.args.slice(0, 1).map((w) => w.value)].join(' ');
      return { command: top[i]!, what: `\`${shown} &\` runs in the background next to another process` };
    }
  }
  return null;
}

export default defineRule({
  id: 'multiple-processes',
  aliases: [],
  severity: 'info',
  category: 'maintainability',
  docs: {
    summary: "The image's main process runs several services",
    details: `Flags the \`CMD\`/\`ENTRYPOINT\` of the final stage when its main process is a process supervisor
(\`supervisord\`, \`runsvdir\`, \`s6-svscan\`), or when a shell-form command starts a service in the background
and then another process: \`service nginx start && php-fpm\`, \`/etc/init.d/cron start; nginx\`,
\`php-fpm && nginx -g 'daemon off;'\` (php-fpm, nginx, httpd, cron, sshd, smbd, nmbd and syslog daemons put
themselves in the background unless told otherwise, e.g. \`php-fpm -F\`, \`cron -f\`), \`worker & web\`. The
finding points at the supervisor or at the first service left in the background.`,
    why: `Docker watches one process per container: its exit status, its output (\`docker logs\`), its
signals, its restarts. Services started in the background or under a supervisor die or misbehave unseen,
and they cannot be scaled, updated or limited separately. "Pythons in a Container" (PyCon 2016): "use
supervisord or runit to control multiple processes; consider refactoring containers to not need that."`,
    bad: `FROM php:8.3-fpm
RUN apt-get update && apt-get install -y --no-install-recommends nginx supervisor \\
    && rm -rf /var/lib/apt/lists/*
COPY supervisord.conf /etc/supervisor/conf.d/app.conf
CMD ["supervisord", "-n"]`,
    good: `# One image (or one service of a Compose file) per process:
# web:  FROM nginx:1.27 ... (proxies to app:9000)
FROM php:8.3-fpm
COPY . /var/www/html
CMD ["php-fpm"]`,
    notes: `- s6-overlay's \`/init\` entrypoint is a legitimate init and is not flagged; nor is an init such as
  \`tini\` or \`dumb-init\` in front of a single process.
- Background commands inside \`if\`/loops, and \`cmd & wait\`, are not flagged.
- Only the final stage's startup is read, as written in this Dockerfile. Windows shell-form commands are
  not read; exec form (\`["supervisord", "-n"]\`) is.`,
  },
  check({ file, report }) {
    const stage = finalStage(file);
    if (!stage) return;
    const commands = startupCommands(file, stage);
    const supervisor = commands.find((c) => SUPERVISORS.has(c.name) && !c.shell?.conditional);
    if (supervisor) {
      report({ message: `\`${supervisor.name}\` runs several processes in one container; ${ADVICE}`, range: supervisor.range });
      return;
    }
    const background = backgroundThenProcess(commands);
    if (background) report({ message: `${background.what}; ${ADVICE}`, range: background.command.range });
  },
});
