// dist/whale.cjs is committed (installs need no build step); it must be what `npm run build` makes now.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { BUILD_OPTIONS } from '../scripts/build.mjs';

it('dist/whale.cjs is up to date (run `npm run build`)', async () => {
  const root = join(__dirname, '..');
  const result = await build({ ...BUILD_OPTIONS, absWorkingDir: root, write: false });
  const built = result.outputFiles![0]!.text;
  const committed = readFileSync(join(root, BUILD_OPTIONS.outfile), 'utf8');
  expect(committed === built, 'dist/whale.cjs is stale: run npm run build').toBe(true);
}, 60_000);
