// Bundles the CLI into one CommonJS file: one file to load starts faster than hundreds of modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/whale.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  // Native addons, and what src/lazy.ts loads on first use, come from node_modules at run time.
  external: ['tree-sitter', 'tree-sitter-bash', 'yaml', 'picomatch', 'tinyglobby', 'cli-table3'],
  logLevel: 'warning',
  // ESM dependencies read import.meta.url; give them this file's URL in the CommonJS bundle.
  define: { 'import.meta.url': '__whaleModuleUrl' },
  banner: { js: "const __whaleModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
