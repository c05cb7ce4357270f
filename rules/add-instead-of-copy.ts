import type { Instruction, Word } from '../src/dockerfile/model';
import { expand } from '../src/dockerfile/variables';
import { defineRule } from '../src/lint/rule';
import { resolveWord } from '../src/lint/queries';

// What ADD does beyond COPY: fetch URLs and git repositories, and unpack local tar archives. Docker detects
// an archive by its content (uncompressed tar, gzip, bzip2, xz; zstd in recent engines), so every name
// that may hold one counts as an archive.
const REMOTE_PREFIXES = ['http://', 'https://', 'git@', 'git://', 'ssh://'];
const ARCHIVE_SUFFIXES = [
  '.tar', '.tgz', '.taz', '.tbz', '.tbz2', '.tb2', '.txz', '.tzst',
  '.gz', '.bz2', '.xz', '.zst', '.zstd', '.lzma', '.lz', '.lz4', '.z',
];
// Flags COPY does not take: with them ADD is the only choice.
const ADD_ONLY_FLAGS = new Set(['checksum', 'keep-git-dir', 'unpack']);
const GLOB_CHARS = /[*?[]/;

type Source = 'local' | 'other';

function classify(word: Word, inst: Instruction, escapeChar: string, inTrigger: boolean): Source {
  if (word.value.startsWith('<<')) return 'local';
  let source: string | null;
  if (inTrigger) {
    // ONBUILD runs in a later build whose variables are unknown here.
    const expansion = expand(word.value, () => undefined, escapeChar);
    source = expansion.references.length > 0 ? null : expansion.value;
  } else {
    source = resolveWord(inst, word.value, escapeChar);
  }
  if (source === null) return 'other';
  const lower = source.toLowerCase();
  if (REMOTE_PREFIXES.some((prefix) => lower.startsWith(prefix)) || /^[a-z][a-z0-9+.-]*:\/\//.test(lower)) return 'other';
  const name = lower.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? '';
  if (ARCHIVE_SUFFIXES.some((suffix) => name.endsWith(suffix))) return 'other';
  // A pattern may match archives unless its fixed tail is an extension that is not an archive (`*.py`).
  if (GLOB_CHARS.test(name)) {
    const tail = name.split(/[*?[\]]/).pop() ?? '';
    if (!/^[^.]*\.[a-z0-9]+$/.test(tail)) return 'other';
  }
  return 'local';
}

function copyKeyword(written: string): string {
  if (written === written.toLowerCase()) return 'copy';
  if (written === written.toUpperCase()) return 'COPY';
  return 'Copy';
}

export default defineRule({
  id: 'add-instead-of-copy',
  aliases: ['DL3020'],
  severity: 'error',
  category: 'maintainability',
  fixable: true,
  docs: {
    summary: 'ADD of local files or directories that are not archives: use COPY',
    details: `Flags an \`ADD\` whose sources are all local files, directories or heredocs, none of which is a
tar archive that ADD would unpack. Such an ADD does exactly what COPY does. The fix replaces the keyword
with \`COPY\` (in the case it was written in).

A source counts as an archive when its name ends like one (\`.tar\`, \`.tar.gz\`, \`.tgz\`, \`.tar.bz2\`,
\`.tbz2\`, \`.tar.xz\`, \`.txz\`, \`.tar.zst\`, \`.gz\`, \`.bz2\`, \`.xz\`, \`.zst\`, ...), and as remote when it is
a URL or a git address (\`http://\`, \`https://\`, \`git@\`, \`git://\`). ARG and ENV values are resolved.`,
    why: `Prefer COPY: it only copies. ADD also downloads URLs and silently unpacks tar archives, so a reader
of \`ADD config /etc/app/\` has to wonder which of the three it does, and a file that later becomes a
tarball changes behaviour without anyone noticing. COPY says what it does and does only that.`,
    bad: `FROM python:3.12-slim
ADD requirements.txt /app/
ADD . /app`,
    good: `FROM python:3.12-slim
COPY requirements.txt /app/
COPY . /app
# ADD stays right where it unpacks or downloads
ADD vendor.tar.gz /opt/vendor/`,
    notes: `Not reported: a source that is a URL or git address, a name that may hold an archive (Docker
detects archives by content: uncompressed tar, gzip, bzip2 and xz per Docker's ADD documentation, zstd in
recent engines, so any archive-like name is left alone), a pattern that may match archives (\`ADD dist/* /x/\`),
a source whose variables have no value, and ADD with a flag only ADD takes (\`--checksum\`, \`--keep-git-dir\`,
\`--unpack\`). A zip file is reported: Docker never unpacks zip files.`,
  },
  check({ file, report }) {
    for (const top of file.instructions) {
      const inst = top.trigger ?? top;
      if (inst.keyword !== 'ADD') continue;
      if (inst.flags.some((flag) => ADD_ONLY_FLAGS.has(flag.name.toLowerCase()))) continue;
      const words = inst.execArgs ?? inst.args;
      const sources = words.slice(0, -1);
      if (sources.length === 0) continue;
      if (!sources.every((word) => classify(word, inst, file.escapeChar, inst.onbuild !== null) === 'local')) continue;
      report({
        message: 'ADD of local files that are not archives: use COPY',
        range: inst.keywordRange,
        fix: [{ range: inst.keywordRange, text: copyKeyword(inst.keywordText) }],
      });
    }
  },
});
