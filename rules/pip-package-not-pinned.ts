import type { ShellWord } from '../src/dockerfile/command';
import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf, packageCommand, resolveWord } from '../src/lint/queries';

const SPECIFIERS = ['==', '>=', '<=', '~=', '!=', '<', '>', '@'];
const VCS = /^(git|hg|svn|bzr)\+/i;
const ARCHIVES = ['.whl', '.tar.gz', '.tgz', '.tar.bz2', '.tar.xz', '.zip', '.tar'];

/** The word's value with ARG/ENV substituted; null when unknown (`$(...)`, unset variables). */
function wordValue(word: ShellWord, run: Instruction): string | null {
  if (word.value !== null) return word.value;
  if (word.text.includes('$(') || word.text.includes('`')) return null;
  return resolveWord(run, word.text);
}

/** A requirement that pins nothing: a bare project name (extras allowed), not a path, URL, archive or VCS ref. */
function unpinned(requirement: string): boolean {
  const spec = requirement.trim();
  if (spec === '' || spec === '.' || spec === '..') return false;
  if (SPECIFIERS.some((s) => spec.includes(s))) return false;
  // A VCS reference without `@<ref>` installs the head of the default branch.
  if (VCS.test(spec)) return true;
  // Paths, URLs and VCS refs (`./pkg`, `/tmp/x.whl`, `git+https://...`, `C:\\pkgs`) are not index names.
  if (spec.includes('/') || spec.includes('\\') || spec.includes(':')) return false;
  if (ARCHIVES.some((ext) => spec.toLowerCase().endsWith(ext))) return false;
  return /^[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9._,\s-]*\])?$/.test(spec);
}

export default defineRule({
  id: 'pip-package-not-pinned',
  aliases: ['DL3013'],
  severity: 'warning',
  category: 'maintainability',
  docs: {
    summary: '`pip install` of a package without a version specifier',
    details: `Flags each package named on a \`pip install\` command line (also \`pip3\`, \`python -m pip\`) that has no
version specifier (\`==\`, \`~=\`, \`>=\`, \`<=\`, \`!=\`, \`<\`, \`>\`, or a direct reference \`name @ url\`).
Requirements files (\`-r\`), editable installs (\`-e\`), local paths (\`.\`, \`./pkg\`), wheels
and source archives, URLs and VCS references pinned to a ref (\`git+https://...@v1.2\`) are not flagged: they name
what they install. A VCS reference without \`@<ref>\` is flagged, as in hadolint: it installs the branch head. A command with a constraints file (\`-c\`, \`--constraint\`) is not
flagged at all: the file pins the versions of the packages it names.
ARG and ENV values are substituted before deciding; a package whose name stays unknown is not flagged.`,
    why: `Pin versions. An unpinned package installs whatever is newest on the day of the build, so two builds
of the same Dockerfile can ship different code, and a new release can break the image without any change to
the Dockerfile. A pinned version makes the build repeatable and upgrades deliberate.`,
    bad: `FROM python:3.12-slim
RUN pip install --no-cache-dir flask gunicorn`,
    good: `FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3 gunicorn==22.0.0`,
    notes: `Values of options such as \`--index-url\`, \`--target\` or \`--cache-dir\` are never taken for packages.
An unquoted \`pip install flask>=3\` is a shell redirection that writes to a file named \`=3\` and installs \`flask\`
unpinned, so it is flagged; quote the requirement (\`"flask>=3"\`). Exec-form RUNs and non-POSIX shells are not
read.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        const pkg = packageCommand(command);
        if (pkg?.manager !== 'pip' || command.positionals[0]?.value !== 'install') continue;
        // A constraints file pins the versions of whatever the command installs, as in hadolint.
        if (command.flags.some((flag) => flag.name === '-c' || flag.name === '--constraint')) continue;
        const words = pkg.packages;
        for (let i = 0; i < words.length; i++) {
          const word = words[i]!;
          // `name @ https://...` is a direct reference.
          if (words[i + 1]?.value === '@') {
            i += 2;
            continue;
          }
          const value = wordValue(word, run);
          if (value === null) continue;
          // An unquoted variable may hold several requirements.
          const requirements = word.text.includes('$') && !/^["']/.test(word.text) ? value.split(/\s+/) : [value];
          const loose = requirements.filter(unpinned);
          if (loose.length === 0) continue;
          const first = loose[0]!;
          const hash = first.indexOf('#');
          const pin = !VCS.test(first) ? `\`${first}==<version>\``
            : hash < 0 ? `\`${first}@<tag or commit>\`` : `\`${first.slice(0, hash)}@<tag or commit>${first.slice(hash)}\``;
          report({
            message: `\`pip install ${loose.join(' ')}\` installs whatever version is newest; pin it (${pin}) or use a requirements file`,
            range: word.range,
          });
        }
      }
    }
  },
});
