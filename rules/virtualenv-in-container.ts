import type { ShellCommand } from '../src/dockerfile/command';
import { hasFlag } from '../src/dockerfile/command';
import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { instructionsOf } from '../src/lint/queries';
import { runCommands } from '../src/lint/startup';

/** What the command runs to create a virtualenv, for the message; null when it creates none. */
function venvCreation(command: ShellCommand, inst: Instruction): string | null {
  const first = command.positionals[0]?.value;
  const m = command.wrappers.indexOf('-m');
  const viaModule = m > 0;
  const python = viaModule ? command.wrappers[m - 1] : '';
  // A directory argument separates creating a venv from `--version` or `--help`.
  if (command.name === 'virtualenv' && command.positionals.length > 0) return viaModule ? `${python} -m virtualenv` : 'virtualenv';
  if (command.name === 'venv' && viaModule && command.positionals.length > 0) return `${python} -m venv`;
  if (command.name === 'uv' && first === 'venv') return 'uv venv';
  if (command.name === 'pipenv' && first === 'install' && !hasFlag(command, '--system')) {
    // `PIPENV_SYSTEM=1` is `--system`; with `VIRTUAL_ENV` set, pipenv installs into that (existing) venv.
    const assigned = new Map(command.assignments.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
    const value = (name: string) => assigned.get(name) ?? inst.scope.get(name)?.value ?? '';
    const system = value('PIPENV_SYSTEM').toLowerCase();
    if (system !== '' && system !== '0' && system !== 'false') return null;
    if (value('VIRTUAL_ENV') !== '') return null;
    return 'pipenv install';
  }
  return null;
}

export default defineRule({
  id: 'virtualenv-in-container',
  aliases: [],
  severity: 'info',
  category: 'maintainability',
  docs: {
    summary: 'A virtualenv is created in a stage that ends up in the final image',
    details: `Flags commands that create a Python virtual environment in the final stage or a stage it is built
on (\`FROM\`): \`virtualenv DIR\`, \`python -m venv DIR\` (any \`python\`, \`python3\`, \`python3.x\`),
\`python -m virtualenv DIR\`, \`uv venv\`, and \`pipenv install\` without \`--system\` (which creates a
virtualenv for the project). The finding points at the command.

The builder pattern is not flagged: a virtualenv created in a build stage and copied into the final stage
with \`COPY --from=builder /opt/venv /opt/venv\` is a clean way to ship only the installed packages.`,
    why: `The container is already the isolation. "Pythons in a Container" (PyCon 2016) put it plainly: "Virtualenv: don't use it inside
containers - not needed; each container is already an isolated system; install directly into the
container's system site-packages." A virtualenv in the image adds a second Python environment to keep in
step (\`PATH\`, activation in every \`RUN\`, \`CMD\`, \`docker exec\`), and its creation tools stay in the image.

"Docker for Developers" (PyAtl 2015) disagreed ("virtualenv is DEAD!!1 ... Uhm, no."): a virtualenv isolates the app from the
*vendor dependencies* that the distribution's Python already carries (\`python3-*\` packages installed by
apt), and it lets the app's packages be owned by a non-root user, so the container can run as non-root.
Both are good reasons. A virtualenv is right when the base image's Python has distribution packages you
must not mix with, or when the app installs and runs as a non-root user; the builder pattern below keeps
those benefits without creating the environment in the final image. This rule is informational.`,
    bad: `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN python -m venv /opt/venv && /opt/venv/bin/pip install -r requirements.txt
COPY . .
CMD ["/opt/venv/bin/gunicorn", "app:app"]`,
    good: `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "app:app"]

# Or, when a venv is wanted, build it in a stage of its own and copy it:
#   FROM python:3.12-slim AS builder
#   RUN python -m venv /opt/venv && /opt/venv/bin/pip install -r requirements.txt
#   FROM python:3.12-slim
#   COPY --from=builder /opt/venv /opt/venv`,
    notes: `- Only stages whose layers end up in the final image are checked (the final stage and the stages it is
  built \`FROM\`); a venv made in a builder stage and copied over is fine.
- \`pipenv install\` is quiet with \`--system\`, with \`PIPENV_SYSTEM=1\`, or when \`VIRTUAL_ENV\` is set (pipenv
  then installs into that environment, which is flagged where it is created).
- \`ONBUILD\` triggers are not checked: the downstream build may well be a builder stage.
- Exec-form \`RUN ["python3", "-m", "venv", "/venv"]\` is checked too; Windows shells are not read.`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      if (!stage.inFinalImage) continue;
      for (const inst of instructionsOf(stage, 'RUN')) {
        for (const command of runCommands(inst)) {
          const what = venvCreation(command, inst);
          if (!what) continue;
          report({
            message: `\`${what}\` creates a virtualenv in the final image; the container already isolates the app, so install into the system Python or build the venv in a builder stage and copy it`,
            range: command.range,
          });
        }
      }
    }
  },
});
