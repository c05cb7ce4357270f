import { isIgnored, parseDockerIgnore, readDockerIgnore, type IgnorePattern } from '../src/lint/dockerignore';
import { defineRule } from '../src/lint/rule';
import { resolveWord } from '../src/lint/queries';

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;

export default defineRule({
  id: 'copy-ignored-file',
  aliases: ['CopyIgnoredFile'],
  severity: 'warning',
  category: 'correctness',
  options: {
    patterns: {
      type: 'string[]',
      default: [],
      description: 'Patterns read as extra `.dockerignore` lines after the file\'s own, for builds whose context (and ignore file) is elsewhere.',
    },
  },
  docs: {
    summary: 'COPY or ADD of a file that `.dockerignore` leaves out of the build context',
    details: `Flags a source of \`COPY\` or \`ADD\` from the build context that the build's ignore file excludes. The
ignore file is \`<Dockerfile>.dockerignore\` next to the Dockerfile (\`app.Dockerfile.dockerignore\`), else the
\`.dockerignore\` in the Dockerfile's directory. Docker's pattern rules apply: \`*\` and \`?\` within one path
component, \`**\` across any number, \`!\` for exceptions, the last matching line wins, a leading \`/\` is the
context root, and a path is excluded when one of its parent directories is. ARG and ENV values in sources are
resolved.`,
    why: `Docker does not send ignored files to the builder, so the COPY fails with "not found", or, for a pattern
or a directory, silently copies less than the author expects.`,
    bad: `FROM node:22-slim
COPY node_modules /app/node_modules`,
    good: `FROM node:22-slim
COPY package.json package-lock.json /app/
RUN cd /app && npm ci`,
    exampleOptions: { patterns: ['node_modules'] },
    notes: `Same as BuildKit's \`CopyIgnoredFile\` check. Quiet without an ignore file, for sources from another
stage or image (\`--from\`), URLs, heredocs, and sources whose variables have no value. A source written
with a leading \`/\` is read from the context root, as Docker does. With \`docker build -f path/Dockerfile .\`
the context's ignore file may sit elsewhere: the \`patterns\` option adds its lines.`,
  },
  check({ file, options, report }) {
    // The ignore file is read only for a Dockerfile that copies from the context.
    const copies = file.instructions.filter((inst) =>
      (inst.keyword === 'COPY' || inst.keyword === 'ADD') && !inst.flags.some((flag) => flag.name.toLowerCase() === 'from'));
    if (copies.length === 0) return;
    const found = readDockerIgnore(file.path);
    const extra = options.patterns as string[];
    const patterns: IgnorePattern[] = [...(found?.patterns ?? []), ...parseDockerIgnore(extra.join('\n'))];
    if (patterns.length === 0) return;
    for (const inst of copies) {
      const sources = (inst.execArgs ?? inst.args).slice(0, -1);
      for (const word of sources) {
        if (word.value.startsWith('<<')) continue;
        const source = resolveWord(inst, word.value, file.escapeChar);
        if (source === null || source === '' || REMOTE.test(source)) continue;
        if (!isIgnored(patterns, source)) continue;
        const shown = source.replace(/\\/g, '/').replace(/^\/+/, '').replace(/\/+$/, '');
        report({
          message: `Attempting to ${inst.keyword === 'ADD' ? 'Add' : 'Copy'} file "${shown}" that is excluded by .dockerignore`,
          range: word.range,
        });
      }
    }
  },
});
