import type { ShellCommand, ShellWord } from '../src/dockerfile/command';
import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { packageCommand, resolveWord } from '../src/lint/queries';
import { instructionCommands, runCommands, serviceStartText, startedService, type StartupCommand } from '../src/lint/startup';

const DEBUG = 'debug with `docker exec` instead';

// Characters that start a version after a package name, per manager (`openssh-server=1:9.2p1-2`,
// `openssh~9`, `openssh-server-8.0p1`).
const VERSION_START: Record<string, readonly string[]> = {
  apt: ['='], apk: ['=', '~', '<', '>'], yum: ['-', '.'], dnf: ['-', '.'], zypper: ['<', '>', '=', '-', '.'],
};

function packageName(word: ShellWord, manager: string): string | null {
  const text = word.value;
  if (text === null) return null;
  for (const name of ['openssh-server', 'openssh']) {
    if (!text.startsWith(name)) continue;
    const rest = text.slice(name.length);
    if (rest === '') return name;
    // `openssh-server-8.0p1` is a version; `openssh-server-pam` is another package.
    if (VERSION_START[manager]!.includes(rest[0]!) && (rest[0] !== '-' || /^-[0-9]/.test(rest))) return name;
  }
  return null;
}

/** `service ssh start`, `/etc/init.d/ssh start`. */
function startsSshService(command: ShellCommand): boolean {
  const service = startedService(command);
  return service === 'ssh' || service === 'sshd';
}

function runsSshd(command: StartupCommand): boolean {
  if (command.name === 'sshd') return true;
  return command.shell !== null && startsSshService(command.shell);
}

export default defineRule({
  id: 'sshd-in-container',
  aliases: [],
  severity: 'warning',
  category: 'security',
  docs: {
    summary: 'The image installs or runs an SSH daemon',
    details: `Flags, in the final stage and the stages it is built on:

- installing \`openssh-server\` with apt-get/apt, yum, dnf/microdnf or zypper, and \`openssh\` or
  \`openssh-server\` with apk (Alpine's \`openssh\` package pulls in the server);
- running the daemon: a \`CMD\`/\`ENTRYPOINT\` whose program is \`sshd\` (\`/usr/sbin/sshd -D\`), or
  \`service ssh start\` in a \`RUN\`, \`CMD\` or \`ENTRYPOINT\`;
- \`EXPOSE 22\` (or \`22/tcp\`, also through an ARG or ENV value).

Each occurrence is its own finding, at the package, command or port.`,
    why: `A container runs one application; an SSH daemon is a second long-running service with its own keys,
users and passwords to manage, a port to secure, and updates to follow. "Pythons in a Container" (PyCon 2016): "Want a
minimal image, so no SSH daemon... so how do we debug a running container? Run bash (or other command) on a running
service: \`docker-compose exec $SERVICE_NAME /bin/bash\`." \`docker exec\`, \`docker logs\`, \`docker cp\` and
\`docker inspect\` give the same access without a daemon in the image.`,
    bad: `FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends openssh-server \\
    && rm -rf /var/lib/apt/lists/*
EXPOSE 22
CMD ["/usr/sbin/sshd", "-D"]`,
    good: `FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends openssh-client \\
    && rm -rf /var/lib/apt/lists/*
CMD ["my-app"]
# Debug with: docker exec -it <container> sh`,
    notes: `- Builder stages that are not part of the final image are not checked.
- The SSH client (\`openssh-client\`, Alpine's \`openssh-client\`) is fine: cloning over SSH is common.
- An image whose purpose is to be an SSH server (a bastion, a git server) may disable this rule.
- \`ONBUILD\` triggers count: they install the daemon into every image built from this one.`,
  },
  check({ file, report }) {
    const checkRun = (inst: Instruction) => {
      for (const command of runCommands(inst)) {
        if (startsSshService(command)) {
          report({ message: `\`${serviceStartText(command, startedService(command)!)}\` starts an SSH daemon; ${DEBUG}`, range: command.range });
        }
        const pkg = packageCommand(command);
        if (!pkg || pkg.action !== 'install' || !(pkg.manager in VERSION_START)) continue;
        for (const word of pkg.packages) {
          const name = packageName(word, pkg.manager);
          if (name === 'openssh' && pkg.manager !== 'apk') continue;
          if (!name) continue;
          const message = name === 'openssh'
            ? `\`openssh\` installs the SSH daemon (install \`openssh-client\` if you only need ssh); ${DEBUG}`
            : `\`openssh-server\` installs an SSH daemon in the image; ${DEBUG}`;
          report({ message, range: word.range });
        }
      }
    };
    const checkStartup = (inst: Instruction) => {
      for (const command of instructionCommands(file, inst)) {
        if (command.instruction !== inst || !runsSshd(command)) continue;
        report({ message: `\`${inst.keyword}\` runs an SSH daemon; ${DEBUG}`, range: command.range });
      }
    };
    const checkExpose = (inst: Instruction) => {
      for (const word of inst.args) {
        const value = (resolveWord(inst, word.value, file.escapeChar) ?? '').toLowerCase();
        if (value === '22' || value === '22/tcp') report({ message: `\`EXPOSE ${word.value}\` publishes the SSH port; ${DEBUG}`, range: word.range });
      }
    };
    const check = (inst: Instruction) => {
      if (inst.keyword === 'RUN') checkRun(inst);
      else if (inst.keyword === 'CMD' || inst.keyword === 'ENTRYPOINT') checkStartup(inst);
      else if (inst.keyword === 'EXPOSE') checkExpose(inst);
    };
    for (const stage of file.stages) {
      if (!stage.inFinalImage) continue;
      for (const inst of stage.instructions) {
        check(inst);
        if (inst.trigger) check(inst.trigger);
      }
    }
  },
});
