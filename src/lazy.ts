// Loads a dependency on first use. Most runs never need YAML, globs or tables, and every module loaded at
// start-up is time a pre-commit hook or an editor waits for.
import { createRequire } from 'node:module';

const load = createRequire(__filename);

export function lazy<T>(id: string): () => T {
  let module: T | undefined;
  return () => (module ??= load(id) as T);
}
