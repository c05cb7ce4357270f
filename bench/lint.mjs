#!/usr/bin/env node
// Benchmark: whale lint over a folder of Dockerfiles in one process, against dockerfile-ast's parse-only time
// over the same files (the floor: whale parses with it), and the CLI on one small file against bare Node.
//   node bench/lint.mjs [corpus folder, default ../shared/corpus]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
async function bundle(name) {
  const outfile = resolve(`node_modules/.cache/whale/bench-${name}.cjs`);
  await build({
    entryPoints: [`bench/${name}-entry.ts`], outfile, bundle: true, platform: 'node', format: 'cjs',
    external: ['tree-sitter', 'tree-sitter-bash'], logLevel: 'warning',
    define: { 'import.meta.url': '__url' }, banner: { js: "const __url = require('node:url').pathToFileURL(__filename).href;" },
  });
  return createRequire(import.meta.url)(outfile);
}
// The floor runs first, before whale's code is loaded into this process.
const { parseAll } = await bundle('parse');

const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/(dockerfile|containerfile)(\.[\w.-]+)?$/i.test(name)) files.push(path);
  }
})(corpus);
const texts = files.map((f) => readFileSync(f, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

function best(fn, runs) {
  fn(); // first pass: JIT warm-up and lazy initialisation
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return min;
}

const parseMs = best(() => parseAll(texts), 5);
const { lintAll, parseAllCached } = await bundle('lint');
const lintMs = best(() => lintAll(texts), 5);
const cachedParseMs = best(() => parseAllCached(texts), 5);
const findings = lintAll(texts);

function median(command, args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    spawnSync(command, args, { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
const small = resolve('bench/small.Dockerfile');
median(process.execPath, ['bin/whale', 'lint', small], 3);
const nodeMs = median(process.execPath, ['-e', '0'], 21);
const cliMs = median(process.execPath, ['bin/whale', 'lint', small], 21);

const fmt = (n) => n.toFixed(1).padStart(8);
console.log(`corpus: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB, ${findings} findings (${corpus})`);
console.log(`dockerfile-ast parse only  ${fmt(parseMs)} ms   (best of 5, warm)`);
console.log(`whale lint, all rules      ${fmt(lintMs)} ms   ratio ${(lintMs / parseMs).toFixed(2)}x parse-only (aim <= 1.5x)`);
console.log(`  (dockerfile-ast parse with whale's argument cache: ${cachedParseMs.toFixed(1)} ms; lint is ${(lintMs / cachedParseMs).toFixed(2)}x that)`);
console.log(`node -e 0                  ${fmt(nodeMs)} ms   (median of 21)`);
console.log(`whale lint one small file  ${fmt(cliMs)} ms   ratio ${(cliMs / nodeMs).toFixed(2)}x bare node (aim <= 2x)`);
