import type { ShellWord } from '../src/dockerfile/command';
import type { Instruction } from '../src/dockerfile/model';
import { defineRule } from '../src/lint/rule';
import { allRuns, commandsOf, packageCommand, resolveWord } from '../src/lint/queries';

const INSTALL = new Set(['install', 'i', 'add', 'in', 'isntall', 'inst', 'insta', 'instal']);
const ARCHIVES = ['.tgz', '.tar.gz', '.tar'];

function wordValue(word: ShellWord, run: Instruction): string | null {
  if (word.value !== null) return word.value;
  if (word.text.includes('$(') || word.text.includes('`')) return null;
  return resolveWord(run, word.text);
}

/** Why a package spec is unpinned, or null when it names a version, a ref, a tarball or a folder. */
function problem(spec: string): string | null {
  if (spec === '') return null;
  // Folders and tarballs: `.`, `./pkg`, `/tmp/x.tgz`, `~/pkg`, `file:../x`.
  if (/^[.~/]/.test(spec) || spec.startsWith('file:') || ARCHIVES.some((ext) => spec.endsWith(ext))) return null;
  // Git: `git+https://...`, `git://...`, `github:user/repo`, `user/repo` need `#ref`.
  if (/^(git(\+[a-z]+)?:|github:|gitlab:|bitbucket:|gist:)/.test(spec) || /^[^@/][^/]*\/[^/]+$/.test(spec)) {
    return spec.includes('#') ? null : 'a git reference without `#<ref>`';
  }
  if (/^https?:/.test(spec)) return null;
  // `name@version`, `@scope/name@version`.
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  if (at > 0 && at < spec.length - 1) return null;
  return 'no version';
}

export default defineRule({
  id: 'npm-package-not-pinned',
  aliases: ['DL3016'],
  severity: 'warning',
  category: 'maintainability',
  docs: {
    summary: '`npm install <package>` without `@version`',
    details: `Flags each package named on an \`npm install\` (\`npm i\`, \`npm add\`) command line that has no
\`@version\` (\`express@4.19.2\`, \`@types/node@20\`), and git references (\`git+https://...\`, \`github:user/repo\`,
\`user/repo\`) without a \`#ref\`. A bare \`npm install\` or \`npm ci\` (which read package.json and the lock file),
folders (\`.\`, \`./pkg\`) and tarballs are fine. ARG and ENV values are substituted before deciding; a package whose
name stays unknown is not flagged.`,
    why: `Pin versions. \`npm install express\` installs whatever is newest when the image is built, so builds of the
same Dockerfile differ, and a new release can break the image without any change to the Dockerfile.`,
    bad: `FROM node:22-slim
RUN npm install -g pm2`,
    good: `FROM node:22-slim
RUN npm install -g pm2@5.4.2`,
    notes: `Values of options such as \`--prefix\`, \`--registry\` or \`--omit\` are never taken for packages. Any
\`@tag\` counts as a version, as in hadolint. Exec-form RUNs and non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      for (const command of commandsOf(run)) {
        const pkg = packageCommand(command);
        if (pkg?.manager !== 'npm' || !INSTALL.has(command.positionals[0]?.value ?? '')) continue;
        for (const word of pkg.packages) {
          const value = wordValue(word, run);
          if (value === null) continue;
          const specs = word.text.includes('$') && !/^["']/.test(word.text) ? value.split(/\s+/) : [value];
          for (const spec of specs) {
            const why = problem(spec);
            if (!why) continue;
            report({
              message:
                why === 'no version'
                  ? `\`npm install ${spec}\` installs whatever version is newest; pin it (\`${spec}@<version>\`)`
                  : `\`npm install ${spec}\` installs a git reference without \`#<ref>\`; pin a tag or commit (\`${spec}#<ref>\`)`,
              range: word.range,
            });
            break;
          }
        }
      }
    }
  },
});
