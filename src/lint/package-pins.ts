// Shared by the rules that want each installed package pinned to a version (apk, apt, gem): the names a package
// argument stands for, and the message for one that is not pinned.
import type { ShellWord } from '../dockerfile/command';
import type { Instruction } from '../dockerfile/model';
import { resolveWord } from './queries';

/** The words a package argument stands for once ARG/ENV values are substituted; null when unknown. */
export function packageNames(word: ShellWord, run: Instruction): string[] | null {
  if (word.value !== null) return [word.value];
  if (word.text.includes('$(') || word.text.includes('`')) return null;
  const value = resolveWord(run, word.text);
  if (value === null) return null;
  // Options can hide in a variable too (`$APT_OPTS`): they are not packages.
  return value.split(/\s+/).filter((name) => name !== '' && !name.startsWith('-'));
}

/**
 * What to say about a package argument that holds packages not pinned by `pinned`, or null when there is nothing
 * to say: `one` when the word is one package, `many` (given the unpinned ones) when its value holds several.
 */
export function unpinnedMessage(
  word: ShellWord,
  run: Instruction,
  pinned: (name: string) => boolean,
  one: string,
  many: (unpinned: string) => string,
): string | null {
  const names = packageNames(word, run);
  if (names === null) return null;
  const unpinned = names.filter((name) => !pinned(name));
  if (unpinned.length === 0) return null;
  return names.length === 1 ? one : many(unpinned.join(', '));
}
