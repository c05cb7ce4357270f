// Bundles the CLI into one CommonJS file: one file to load starts faster than hundreds of modules.
// dist/whale.cjs is committed, so that `npm ci` (and a pre-commit or global install) needs no build step;
// test/build.test.ts fails when it is stale. `npm run build` rewrites it.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

export const BUILD_OPTIONS = {
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/whale.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Native addons, and what src/lazy.ts loads on first use, come from node_modules at run time.
  external: ['tree-sitter', 'tree-sitter-bash', 'yaml', 'picomatch', 'tinyglobby', 'cli-table3', 'dockerode'],
  logLevel: 'warning',
  // ESM dependencies read import.meta.url; give them this file's URL in the CommonJS bundle.
  define: { 'import.meta.url': '__whaleModuleUrl' },
  banner: { js: "const __whaleModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

if (import.meta.url === pathToFileURL(process.argv[1]).href) await build(BUILD_OPTIONS);
