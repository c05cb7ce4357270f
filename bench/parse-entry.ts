// The floor for bench/lint.mjs: dockerfile-ast's parse alone, bundled apart from whale (whale's model
// changes how dockerfile-ast caches arguments; the floor must be the library as published).
import { DockerfileParser } from 'dockerfile-ast';

export function parseAll(texts: readonly string[]): number {
  let instructions = 0;
  for (const text of texts) instructions += DockerfileParser.parse(text).getInstructions().length;
  return instructions;
}
