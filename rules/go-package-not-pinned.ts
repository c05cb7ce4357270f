import type { ShellWord } from '../src/dockerfile/command';
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
\`@query\` counts as a version, \`@latest\` too, as in hadolint. Exec-form RUNs and non-POSIX shells are not read.`,
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
          report({
            message: `\`go ${command.subcommand} ${loose}\` fetches whatever version is newest; pin it (\`${loose}@<version>\`)`,
            range: word.range,
          });
        }
      }
    }
  },
});
