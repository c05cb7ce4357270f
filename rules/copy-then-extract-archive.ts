import type { ShellCommand } from '../src/dockerfile/command';
import type { Instruction, Word } from '../src/dockerfile/model';
import { hasFlag } from '../src/dockerfile/command';
import { defineRule } from '../src/lint/rule';
import { commandsOf, resolveWord, runsAfter } from '../src/lint/queries';

// Names of the tar archives ADD unpacks (uncompressed, gzip, bzip2, xz; zstd in recent engines).
const TAR_SUFFIXES = ['.tar', '.tar.gz', '.tgz', '.tar.bz2', '.tbz2', '.tbz', '.tar.xz', '.txz', '.tar.zst', '.tzst'];

function basename(path: string): string {
  return path.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? '';
}

function isTarName(name: string): boolean {
  const lower = name.toLowerCase();
  return TAR_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

/** `tar -xzf a.tgz`, `tar xf a.tar`, `tar --extract --file=a.tar`. */
function extracts(command: ShellCommand): boolean {
  if (command.name !== 'tar') return false;
  if (hasFlag(command, '-x', '--extract', '--get')) return true;
  const first = command.args[0]?.value;
  return first !== undefined && first !== null && /^[A-Za-z]*x[A-Za-z]*$/.test(first);
}

/** The basenames a tar command reads from. */
function tarFiles(command: ShellCommand, run: Instruction): string[] {
  const names: string[] = [];
  for (const flag of command.flags) if ((flag.name === '-f' || flag.name === '--file') && flag.value) names.push(flag.value);
  for (const word of command.args) names.push(word.value ?? resolveWord(run, word.text) ?? '');
  return names.map((name) => basename(resolveWord(run, name) ?? name));
}

export default defineRule({
  id: 'copy-then-extract-archive',
  aliases: ['DL3010'],
  severity: 'info',
  category: 'size',
  docs: {
    summary: 'A tar archive copied with COPY and then extracted in a RUN: ADD extracts it in one step',
    details: `Flags a local tar archive (\`.tar\`, \`.tar.gz\`, \`.tgz\`, \`.tar.bz2\`, \`.tar.xz\`, \`.tar.zst\`...)
copied with \`COPY\` when a later \`RUN\` of the stage (or of a stage built on it) extracts a file of the same
name with \`tar\`. The finding is at the archive in the COPY. ARG and ENV values are resolved.`,
    why: `The COPY layer keeps the whole archive even when the RUN deletes it afterwards, so the image carries the
files twice: packed and unpacked. \`ADD archive.tar.gz /dest/\` unpacks a local tar archive in a single layer that
holds only the extracted files.`,
    bad: `FROM debian:bookworm-slim
COPY app.tar.gz /tmp/
RUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz`,
    good: `FROM debian:bookworm-slim
ADD app.tar.gz /opt/`,
    notes: `Not reported: \`COPY --from\` (ADD cannot read another stage), zip files (ADD does not unpack them),
patterns and unresolved variables, archives not extracted with \`tar\` in a later RUN. Where the RUN extracts
only some members or with \`--strip-components\`, ADD cannot do the same: an ignore comment with the reason
is the answer there. A \`RUN --mount=type=bind\` of the archive is another way to avoid the copy layer.`,
  },
  check({ file, report }) {
    for (const stage of file.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== 'COPY' || inst.flags.some((f) => f.name.toLowerCase() === 'from')) continue;
        const words: Word[] = inst.execArgs ?? inst.args;
        const sources = words.slice(0, -1);
        for (const word of sources) {
          if (word.value.startsWith('<<')) continue;
          const source = resolveWord(inst, word.value, file.escapeChar);
          if (source === null || /[*?[]/.test(source)) continue;
          const name = basename(source);
          if (!isTarName(name)) continue;
          // `COPY app.tar.gz /tmp/pkg.tgz` renames the archive.
          const dest = resolveWord(inst, words[words.length - 1]!.value, file.escapeChar) ?? '';
          const names = [name];
          if (sources.length === 1 && dest && !/[\\/]$/.test(dest) && isTarName(basename(dest))) names.push(basename(dest));
          const extractor = runsAfter(inst).find((run) => commandsOf(run).some((command) => extracts(command) && tarFiles(command, run).some((n) => names.includes(n))));
          if (!extractor) continue;
          report({
            message: `\`${name}\` is copied, then extracted on line ${extractor.range.start.line + 1}: \`ADD\` extracts a local tar archive in one layer`,
            range: word.range,
          });
        }
      }
    }
  },
});
