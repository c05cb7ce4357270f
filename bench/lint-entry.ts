// What bench/lint.mjs measures, bundled the way the CLI is: whale's full lint with every rule.
import { defaultConfig } from '../src/lint/config';
import { lintText } from '../src/lint/lint-files';
import { registry } from '../src/lint/builtin';

export function lintAll(texts: readonly string[]): number {
  const config = defaultConfig(registry);
  let findings = 0;
  for (const text of texts) findings += lintText(text, 'Dockerfile', registry, config).length;
  return findings;
}

// dockerfile-ast's parse inside whale's bundle, where whale remembers each instruction's scanned arguments.
export { parseAll as parseAllCached } from './parse-entry';
