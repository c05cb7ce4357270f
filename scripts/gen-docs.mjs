// Regenerates rules/index.ts (the list of rule files) and docs/rules/*.md (from each rule's metadata).
// `npm run docs` runs it, then bundles the CLI (whose rule list is rules/index.ts); test/docs.test.ts fails when
// any generated file is stale.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const ids = readdirSync('rules').filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3)).sort();
// Bundle the rules straight from their files (not through rules/index.ts, which this script writes).
const entry = [
  "import { generatedDocs } from './src/lint/rule-docs';",
  ...ids.map((id, i) => `import r${i} from './rules/${id}';`),
  `export const files = generatedDocs([${ids.map((_, i) => `r${i}`).join(', ')}], ${JSON.stringify(ids)});`,
].join('\n');
await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', outfile: 'node_modules/.cache/whale/gen-docs.cjs', logLevel: 'warning',
  // Rules may reach the shell parser; its native addons load from node_modules.
  external: ['tree-sitter', 'tree-sitter-bash'],
});
const { files } = createRequire(import.meta.url)(resolve('node_modules/.cache/whale/gen-docs.cjs'));
mkdirSync('docs/rules', { recursive: true });
for (const name of readdirSync('docs/rules')) if (!files.has(`docs/rules/${name}`)) rmSync(`docs/rules/${name}`);
for (const [path, content] of files) writeFileSync(path, content);
console.log(`wrote ${files.size} files`);
