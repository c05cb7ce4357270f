// Shared by the EXPOSE rules: every value an EXPOSE (or ONBUILD EXPOSE) stands for, with the word it comes from.
import type { Dockerfile, Word } from '../dockerfile/model';
import { resolveWord } from './queries';

export interface ExposedValue {
  word: Word;
  /** One port spec (`80`, `8000-8010/udp`), ARG/ENV values resolved. */
  value: string;
}

/** The values of each EXPOSE, in order; words whose value is unknown are skipped. */
export function* exposedValues(file: Dockerfile): Generator<ExposedValue> {
  for (const top of file.instructions) {
    const inst = top.trigger ?? top;
    if (inst.keyword !== 'EXPOSE') continue;
    for (const word of inst.args) {
      // ONBUILD runs in a later build whose variables are unknown here.
      if (inst.onbuild !== null && word.value.includes('$')) continue;
      const resolved = resolveWord(inst, word.value, file.escapeChar);
      if (resolved === null) continue;
      for (const value of resolved.split(/\s+/).filter(Boolean)) yield { word, value };
    }
  }
}
