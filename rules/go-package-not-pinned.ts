import type { ShellCommand, ShellWord } from '../src/dockerfile/command';
import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf, resolveWord } from '../src/lint/queries';

const SUBCOMMANDS = new Set(['install', 'get', 'run']);

function wordValue(word: ShellWord, run: Instruction): string | null {
  if (word.value !== null) return word.value;
  if (word.text.includes('$(') || word.text.includes('`')) return null;
  return resolveWord(run, word.text);
}

/**
 * A package fetched from a module proxy without a version: its first path element has a dot (`github.com/...`,
 * `golang.org/x/...`). Local paths (`.`, `./cmd/app`, `./...`), `.go` files, the standard library and main-module
 * packages (no dot in the first element) are built from the source at hand.
 */
function unpinned(spec: string): boolean {
  if (spec === '' || spec.includes('@')) return false;
  if (/^[.~/]/.test(spec) || spec.endsWith('.go')) return false;
  return spec.split('/')[0]!.includes('.');
}

/**
 * `go get <pkg>` used, in GOPATH mode, only to clone the repository: afterwards the build enters `.../src/<pkg>`
 * or its repository's directory (`cd` later in the same RUN, or a WORKDIR of the stage) and runs
 * `git checkout <version>` there, in the same RUN or a later RUN of the stage. The checkout pins the version.
 */
function checkedOutLater(run: Instruction, goGet: ShellCommand, pkg: string): boolean {
  // The package's directory, or its repository's (`.../src/github.com/quay/clair` for `github.com/quay/clair/cmd/clair`).
  const isPackageDir = (dir: string | null): boolean => {
    if (dir === null) return false;
    const path = `/${dir.replace(/\/+$/, '')}`;
    const at = path.lastIndexOf('/src/');
    if (at < 0) return false;
    const repo = path.slice(at + '/src/'.length);
    return repo === pkg || (pkg.startsWith(`${repo}/`) && repo.split('/').length >= 2);
  };
  const stage = run.stage;
  if (!stage || run.onbuild) return false;
  let inWorkdir = false;
  const scan = (inst: Instruction, commands: ShellCommand[]): boolean => {
    let inDir = inWorkdir;
    for (const command of commands) {
      if (command.name === 'cd') {
        const target = command.positionals[0];
        inDir = target ? isPackageDir(wordValue(target, inst)) : false;
      } else if (inDir && command.name === 'git' && command.positionals[0]?.value === 'checkout' && command.positionals.length > 1) {
        return true;
      }
    }
    return false;
  };
  const own = commandsOf(run);
  if (scan(run, own.slice(own.indexOf(goGet) + 1))) return true;
  for (const inst of stage.instructions) {
    if (inst.index <= run.index) continue;
    if (inst.keyword === 'WORKDIR') {
      const arg = inst.args[0];
      inWorkdir = arg !== undefined && isPackageDir(resolveWord(inst, arg.value));
    } else if (inst.keyword === 'RUN' && scan(inst, commandsOf(inst))) {
      return true;
    }
  }
  return false;
}

export default defineRule({
  id: 'go-package-not-pinned',
  aliases: ['DL3062'],
  severity: 'warning',
  category: 'maintainability',
  docs: {
    summary: '`go install`, `go get` or `go run` of a package without `@version`',
    details: `Flags a remote package (a module path such as \`github.com/user/tool\` or \`golang.org/x/tools/gopls\`)
named by \`go install\`, \`go get\` or \`go run\` without \`@version\`. Local packages (\`.\`, \`./cmd/app\`, \`./...\`),
\`.go\` files, the standard library and packages of the main module are fine. For \`go run\` only the package is
read; the words after it are the program's arguments. ARG and ENV values are substituted before deciding; a
package whose name stays unknown is not flagged.`,
    why: `Pin versions. Without \`@version\`, \`go install\` resolves the newest release (or the main module's
requirement) on the day of the build, so two builds of the same Dockerfile can ship different tools.`,
    bad: `FROM golang:1.22
RUN go install github.com/go-delve/delve/cmd/dlv`,
    good: `FROM golang:1.22
RUN go install github.com/go-delve/delve/cmd/dlv@v1.23.0`,
    notes: `Values of build flags (\`-ldflags\`, \`-tags\`, \`-o\`, \`-mod\`...) are never taken for packages. Any
\`@query\` counts as a version, \`@latest\` too, as in hadolint. Not reported: a GOPATH-mode \`go get <pkg>\` that only clones
the repository, when the build then enters \`.../src/<pkg>\` or the directory of its repository (\`cd\` in the same
RUN, or WORKDIR) and runs
\`git checkout <version>\` there. Exec-form RUNs and non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        if (command.name !== 'go' || !SUBCOMMANDS.has(command.subcommand ?? '')) continue;
        let packages = command.positionals.slice(1);
        if (command.subcommand === 'run') packages = packages.slice(0, 1);
        for (const word of packages) {
          const value = wordValue(word, run);
          if (value === null) continue;
          const specs = word.text.includes('$') && !/^["']/.test(word.text) ? value.split(/\s+/) : [value];
          const loose = specs.find(unpinned);
          if (!loose) continue;
          if (command.subcommand === 'get' && checkedOutLater(run, command, loose)) continue;
          report({
            message: `\`go ${command.subcommand} ${loose}\` fetches whatever version is newest; pin it (\`${loose}@<version>\`)`,
            range: word.range,
          });
        }
      }
    }
  },
});
