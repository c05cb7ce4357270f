import type { ShellCommand } from '../src/dockerfile/command';
import type { Instruction, Position } from '../src/dockerfile/model';
import { defineRule, type TextEdit } from '../src/lint/rule';
import { allRuns, APT_INDEX_READERS, commandsOf, layerPersists, mountCovers, packageCommand, removesDirectory, runsAfter } from '../src/lint/queries';

const LISTS = '/var/lib/apt/lists';
const CLEANUP = ' && rm -rf /var/lib/apt/lists/*';

function isAptUpdate(command: ShellCommand): boolean {
  const pkg = packageCommand(command);
  return pkg?.manager === 'apt' && pkg.action === 'update';
}

function cleansLists(command: ShellCommand, run: Instruction): boolean {
  if (removesDirectory(command, LISTS, run)) return true;
  const pkg = packageCommand(command);
  return pkg?.manager === 'apt' && command.positionals[0]?.value === 'dist-clean';
}

/** A command that reads the lists: an install, or a query such as `apt-cache policy`. */
function readsLists(command: ShellCommand): boolean {
  if (command.name === 'apt-cache' || command.name === 'aptitude') return true;
  const pkg = packageCommand(command);
  return pkg?.manager === 'apt' && APT_INDEX_READERS.has(command.positionals[0]?.value ?? '');
}

/**
 * Removing the lists is safe when this RUN uses them after the update and no later RUN relies on them
 * (a later `apt-get install` without its own update would fail to find its packages).
 */
function safeToRemove(run: Instruction, update: ShellCommand): boolean {
  const commands = commandsOf(run);
  if (!commands.slice(commands.indexOf(update) + 1).some(readsLists)) return false;
  return !runsAfter(run).some((later) => {
    const laterCommands = commandsOf(later);
    const first = laterCommands.findIndex((c) => readsLists(c) || isAptUpdate(c));
    return first >= 0 && !isAptUpdate(laterCommands[first]!);
  });
}

function aptClean(command: ShellCommand): boolean {
  const pkg = packageCommand(command);
  return pkg?.manager === 'apt' && (command.positionals[0]?.value === 'clean' || command.positionals[0]?.value === 'autoclean');
}

/** The insertion point for the fix: after the last command of a plain top-level `&&` chain, else null. */
function fixPoint(run: Instruction, lines: readonly string[]): Position | null {
  const commands = commandsOf(run);
  const last = commands[commands.length - 1];
  if (!last || !run.script) return null;
  if (!commands.every((c, i) => c.nesting === null && !c.inPipeline && (i === 0 ? c.connector === null : c.connector === '&&'))) return null;
  // Nothing but blanks and line continuations may follow: a redirect or a trailing `;` would change meaning.
  const end = run.script.range.end;
  const tail: string[] = [];
  for (let line = last.range.end.line; line <= end.line; line++) {
    const text = lines[line] ?? '';
    const from = line === last.range.end.line ? last.range.end.character : 0;
    tail.push(line === end.line ? text.slice(from, end.character) : text.slice(from));
  }
  return tail.every((piece) => /^[\s\\`]*$/.test(piece)) ? last.range.end : null;
}

export default defineRule({
  id: 'apt-lists-not-cleaned',
  aliases: ['DL3009'],
  severity: 'info',
  category: 'size',
  fixable: true,
  docs: {
    summary: '`apt-get update` without removing `/var/lib/apt/lists/*` in the same RUN',
    details: `Flags a RUN that runs \`apt-get update\` (or \`apt update\`) but does not remove the package lists it
downloads in the same RUN: \`rm -rf /var/lib/apt/lists/*\` (or \`/var/lib/apt/lists\`, \`/var/lib/apt/lists/\`),
\`find /var/lib/apt/lists ... -delete\`, a recursive removal of a directory above it, or \`apt-get dist-clean\`.
Removing single files in it (\`rm -f /var/lib/apt/lists/lock\`) does not count. \`apt-get clean\` alone does not count: it
empties \`/var/cache/apt/archives\`, not the lists; the message says so when that is what the RUN does.

The fix appends \` && rm -rf /var/lib/apt/lists/*\` to the RUN when the RUN is a plain chain of commands joined by
\`&&\`, installs after its update, and no later RUN installs from the same lists without updating them again;
other RUNs are left for you to edit.`,
    why: `Clean caches in the same layer. The lists \`apt-get update\` writes weigh tens of megabytes. Each RUN is a
layer, and a file deleted in a later RUN still ships in the earlier layer, so the lists must go in the RUN
that created them. Removing them also means no later RUN can install from a stale index by accident.`,
    bad: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get clean`,
    good: `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`,
    notes: `Only where the layer persists: stages whose layers end up in the final image, and stages that other
stages are built FROM. A builder stage that later stages only copy files from is fine. A cache or tmpfs mount on
\`/var/lib/apt/lists\` (or \`/var/lib/apt\`) keeps the lists out of the layer and silences the rule:
\`RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && ...\`. ONBUILD RUNs are
checked, since they run in the image built on this one. Exec-form RUNs and non-POSIX shells are not read.`,
  },
  check({ file, report }) {
    for (const run of allRuns(file)) {
      if (!layerPersists(run)) continue;
      if (mountCovers(run, LISTS)) continue;
      const commands = commandsOf(run);
      // The last update is the one whose lists stay; only a removal after it counts
      // (`rm -rf /var/lib/apt/lists/* && apt-get update` leaves them).
      const update = [...commands].reverse().find(isAptUpdate);
      if (!update) continue;
      const after = commands.slice(commands.indexOf(update) + 1);
      if (after.some((c) => cleansLists(c, run))) continue;
      const message = after.some(aptClean)
        ? `\`${update.name} update\` leaves the package lists in this layer: \`apt-get clean\` does not remove /var/lib/apt/lists; add \`rm -rf /var/lib/apt/lists/*\` to this RUN`
        : `\`${update.name} update\` leaves the package lists in this layer; add \`rm -rf /var/lib/apt/lists/*\` to this RUN`;
      const at = safeToRemove(run, update) ? fixPoint(run, file.lines) : null;
      const fix: TextEdit[] | undefined = at ? [{ range: { start: at, end: at }, text: CLEANUP }] : undefined;
      report({ message, range: update.range, ...(fix ? { fix } : {}) });
    }
  },
});
