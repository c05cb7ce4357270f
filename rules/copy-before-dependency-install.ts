import { programName, type ShellCommand, type ShellWord } from '../src/dockerfile/command';
import type { Instruction, Stage, Word } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { commandsOf, packageCommand } from '../src/lint/queries';

const WHOLE_CONTEXT = new Set(['.', './', '*', './*']);

/** A dependency install that needs only the manifest files, not the source. */
interface ManifestInstall {
  /** How it is written, for the message: `npm ci`, `pip install -r requirements.txt`. */
  text: string;
  /** The files to copy first. */
  manifest: string;
  command: ShellCommand;
}

/** A package argument that names something in the build context rather than in an index. */
function localPath(word: ShellWord): boolean {
  const v = word.display;
  return v.startsWith('.') || v.startsWith('/') || v.startsWith('~') || v.startsWith('$') || (v.includes('/') && !v.includes('://')) || /\.(whl|tar\.gz|zip)$/.test(v);
}

function manifestInstall(command: ShellCommand): ManifestInstall | null {
  const [first, second] = command.positionals.map((word) => word.value);
  const pkg = packageCommand(command);
  const bare = command.positionals.length === 1;
  switch (pkg?.manager) {
    case 'pip': {
      if (first !== 'install') return null;
      const files = command.flags.filter((f) => (f.name === '-r' || f.name === '--requirement') && f.value).map((f) => f.value!);
      const editable = command.flags.some((f) => f.name === '-e' || f.name === '--editable');
      // `pip install -r requirements.txt .` installs the project too, which needs the source.
      if (files.length === 0 || editable || pkg.packages.some(localPath)) return null;
      return { text: `${command.name} install ${files.map((f) => `-r ${f}`).join(' ')}`, manifest: files.join(' and '), command };
    }
    case 'pipenv':
      return first === 'install' && bare ? { text: 'pipenv install', manifest: 'Pipfile and Pipfile.lock', command } : null;
    case 'poetry':
      return first === 'install' && bare ? { text: 'poetry install', manifest: 'pyproject.toml and poetry.lock', command } : null;
    case 'npm':
      if (first === 'ci' && bare) return { text: 'npm ci', manifest: 'package.json and package-lock.json', command };
      return (first === 'install' || first === 'i') && bare ? { text: `npm ${first}`, manifest: 'package.json and package-lock.json', command } : null;
    case 'yarn':
      if (command.positionals.length === 0) return { text: 'yarn', manifest: 'package.json and yarn.lock', command };
      return first === 'install' && bare ? { text: 'yarn install', manifest: 'package.json and yarn.lock', command } : null;
    case 'pnpm':
      return (first === 'install' || first === 'i') && bare ? { text: `pnpm ${first}`, manifest: 'package.json and pnpm-lock.yaml', command } : null;
    default:
      break;
  }
  switch (command.name) {
    case 'bundle':
    case 'bundler':
      return first === 'install' && bare ? { text: 'bundle install', manifest: 'Gemfile and Gemfile.lock', command } : null;
    case 'go':
      return first === 'mod' && second === 'download' ? { text: 'go mod download', manifest: 'go.mod and go.sum', command } : null;
    case 'composer':
    case 'composer.phar':
      return first === 'install' && bare ? { text: 'composer install', manifest: 'composer.json and composer.lock', command } : null;
    case 'php':
      // `php composer.phar install`
      return programName(first ?? '') === 'composer.phar' && second === 'install' && command.positionals.length === 2
        ? { text: 'composer install', manifest: 'composer.json and composer.lock', command }
        : null;
    case 'mvn':
    case 'mvnw': {
      const goal = command.positionals.map((w) => w.value ?? '').find((v) => v === 'dependency:go-offline' || v === 'dependency:resolve');
      return goal ? { text: `mvn ${goal}`, manifest: 'pom.xml', command } : null;
    }
    default:
      return null;
  }
}

/** The source word of a COPY/ADD that copies the whole build context, or null. */
function wholeContextSource(inst: Instruction): Word | null {
  if ((inst.keyword !== 'COPY' && inst.keyword !== 'ADD') || inst.heredocs.length > 0) return null;
  if (inst.flags.some((flag) => flag.name.toLowerCase() === 'from')) return null;
  const words = inst.execArgs ?? inst.args;
  return words.slice(0, -1).find((word) => WHOLE_CONTEXT.has(word.value)) ?? null;
}

/** The stage's instructions in build order, and separately its ONBUILD triggers, which run in that order later. */
function sequences(stage: Stage): Instruction[][] {
  const own = stage.instructions.filter((inst) => inst.keyword !== 'ONBUILD');
  const triggers = stage.instructions.flatMap((inst) => (inst.trigger ? [inst.trigger] : []));
  return [own, triggers];
}

export default defineRule({
  id: 'copy-before-dependency-install',
  aliases: [],
  severity: 'warning',
  category: 'cache',
  docs: {
    summary: 'The whole build context is copied before a dependency install that needs only the manifest',
    details: `Flags a COPY or ADD of the whole build context (a source of \`.\`, \`./\`, \`*\` or \`./*\`, without
\`--from\`) that comes before, in the same stage, a RUN installing dependencies from a manifest:
\`pip install -r requirements.txt\` (also \`pip3\`, \`python -m pip\`), \`pipenv install\`, \`poetry install\`,
\`npm ci\`, \`npm install\` without package arguments, \`yarn install\` or bare \`yarn\`, \`pnpm install\`,
\`bundle install\`, \`go mod download\`, \`composer install\`, \`mvn dependency:go-offline\` or
\`mvn dependency:resolve\`. The finding sits on the COPY and names the install and its line.`,
    why: `Order instructions so the layer cache survives a source change. Docker reuses a layer only while
everything before it is unchanged, and a COPY of the whole context changes with every edit to any file. An
install after it downloads and builds every dependency again on each build, although the manifest did not
change. Copy the manifest alone first, install, then copy the rest: a source change then rebuilds from the
second COPY, and the dependency layer comes from the cache.`,
    bad: `FROM python:3.12-slim
WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["gunicorn", "app:app"]`,
    good: `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "app:app"]`,
    notes: `Installs that also need the source are not flagged: \`pip install -r requirements.txt .\`,
\`pip install -e .\`, \`npm install ./lib\`. Nor are installs that run only under a condition
(\`if [ -s requirements.txt ]; then pip install -r requirements.txt; fi\`): the manifest may not exist, and a
COPY of a missing file fails. A requirements file that itself says \`-e .\` cannot be seen and is
flagged anyway. ONBUILD COPY and ONBUILD RUN are compared with each other, in the order they will run. Exec-form
RUNs and non-POSIX shells are not read.`,
  },
  check({ report, file }) {
    for (const stage of file.stages) {
      for (const sequence of sequences(stage)) {
        for (const [i, copy] of sequence.entries()) {
          if (!wholeContextSource(copy)) continue;
          let install: ManifestInstall | null = null;
          for (const later of sequence.slice(i + 1)) {
            if (later.keyword !== 'RUN') continue;
            for (const command of commandsOf(later)) {
              // `if [ -s requirements.txt ]; then pip install ...`: the manifest may not exist, so it cannot be copied first.
              if (command.conditional) continue;
              install = manifestInstall(command);
              if (install) break;
            }
            if (install) break;
          }
          if (!install) continue;
          report({
            message: `${copy.keyword} of the whole build context comes before \`${install.text}\` on line ${install.command.range.start.line + 1}, so every source change re-runs the install; copy ${install.manifest} first, install, then copy the rest`,
            range: copy.range,
          });
        }
      }
    }
  },
});
