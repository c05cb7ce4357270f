// Reading an image config's runtime settings.
import type { ImageConfig } from './types';

/** The config's `Env` as name -> value (`K=V` pairs; a pair without `=` has an empty value). */
export function envVariables(config: ImageConfig): Map<string, string> {
  const variables = new Map<string, string>();
  for (const pair of config.config?.Env ?? []) {
    const text = String(pair);
    const eq = text.indexOf('=');
    variables.set(eq < 0 ? text : text.slice(0, eq), eq < 0 ? '' : text.slice(eq + 1));
  }
  return variables;
}
