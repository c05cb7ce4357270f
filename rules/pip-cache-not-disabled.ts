import type { ShellCommand } from '../src/dockerfile/command';
import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { allRuns, cacheMountTargets, commandsOf, packageCommand, resolveWord } from '../src/lint/queries';

/** `PIP_NO_CACHE_DIR=1 pip install` or `env PIP_NO_CACHE_DIR=1 pip install`. */
function inlineNoCache(command: ShellCommand): boolean {
  const words = [...command.assignments, ...command.words.slice(0, command.words.indexOf(command.nameWord!)).map((w) => w.display)];
  return words.some((w) => w.startsWith('PIP_NO_CACHE_DIR='));
}

/** The pip cache directory of this command, when set (`--cache-dir`, `PIP_CACHE_DIR`). */
function cacheDir(command: ShellCommand, run: Instruction): string | null {
  const flag = command.flags.find((f) => f.name === '--cache-dir');
  if (flag?.value) return resolveWord(run, flag.value);
  return run.scope.get('PIP_CACHE_DIR')?.value ?? null;
}

/** A cache (or tmpfs) mount on the pip cache: `~/.cache/pip`, `~/.cache`, or the configured cache directory. */
function cacheMounted(command: ShellCommand, run: Instruction): boolean {
  const dir = cacheDir(command, run)?.replace(/\/+$/, '');
  return cacheMountTargets(run).some(
    (target) => target.endsWith('/.cache/pip') || target.endsWith('/.cache') || (dir !== undefined && (dir === target || dir.startsWith(target + '/'))),
  );
}

export default defineRule({
  id: 'pip-cache-not-disabled',
  aliases: ['DL3042'],
  severity: 'warning',
  category: 'size',
  docs: {
    summary: '`pip install` without `--no-cache-dir`',
    details: `Flags \`pip install\` (also \`pip3\`, \`python -m pip\`) without \`--no-cache-dir\` (or \`--no-cache\`, an
abbreviation pip accepts). Quiet when
\`PIP_NO_CACHE_DIR\` is set by an ENV or ARG in scope or on the command itself (\`PIP_NO_CACHE_DIR=1 pip install\`;
pip disables its cache for any value of this variable), and when a cache or tmpfs mount covers the pip cache
(\`--mount=type=cache,target=/root/.cache/pip\`, a mount on \`~/.cache\`, or on the directory given by
\`--cache-dir\` or \`PIP_CACHE_DIR\`).`,
    why: `Clean caches in the same layer. pip keeps a copy of every wheel it downloads or builds in
\`~/.cache/pip\`; in an image that copy is dead weight, often tens of megabytes, since nothing installs from it
again. A BuildKit cache mount keeps the cache between builds without shipping it.`,
    bad: `FROM python:3.12-slim
RUN pip install flask==3.0.3`,
    good: `FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3`,
    notes: `\`pipx\`, \`pipenv\`, \`poetry\` and \`uv\` have their own caches and are not checked. Exec-form RUNs and
non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      if (run.scope.get('PIP_NO_CACHE_DIR')?.value != null) continue;
      for (const command of commandsOf(run)) {
        const pkg = packageCommand(command);
        if (pkg?.manager !== 'pip' || command.positionals[0]?.value !== 'install') continue;
        // pip takes unambiguous prefixes of long options: `--no-cache` is `--no-cache-dir`.
        if (command.flags.some((f) => f.name.length >= 10 && '--no-cache-dir'.startsWith(f.name))) continue;
        if (inlineNoCache(command) || cacheMounted(command, run)) continue;
        report({
          message: `\`${command.name} install\` keeps downloaded packages in the pip cache in this layer; add \`--no-cache-dir\``,
          range: command.range,
        });
      }
    }
  },
});
