#!/usr/bin/env node
// Benchmark: `whale image` on a generated OCI layout (gzip layers) against the floor `gzip -dc | tar -t` over the
// same layer blobs, and whale's peak memory, at two image sizes with the same number of files (so the second
// size shows whether memory grows with bytes). Then `whale cache` of the image against itself (both images read
// with a sha256 of every file, then compared) against the floor `gzip -dc | sha256sum` over the blobs, twice.
//   node bench/image.mjs [--sizes 0.25,1] [--files 100000] [--layers 25] [--dir /tmp/whale-bench-image]
//
// Content: each file is half random bytes (cut from a 16 MiB random pool at random offsets, so gzip cannot
// shrink it) and half a repeated text line (which gzip shrinks ~50x), roughly what a layer of binaries and text
// looks like; gzip level 1 keeps generation fast. Images are kept in --dir and reused by later runs.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) {
  const key = process.argv[i].replace(/^--/, '');
  if (!['sizes', 'files', 'layers', 'dir'].includes(key) || process.argv[i + 1] === undefined) throw new Error(`usage: node bench/image.mjs [--sizes 0.25,1] [--files N] [--layers N] [--dir DIR]`);
  args[key] = process.argv[i + 1];
}
const SIZES_GIB = (args.sizes ?? '0.25,1').split(',').map(Number);
const FILES = Number(args.files ?? 100_000);
const LAYERS = Number(args.layers ?? 25);
const DIR = resolve(args.dir ?? '/tmp/whale-bench-image');
const GiB = 2 ** 30;

const pool = randomBytes(16 << 20);
const text = Buffer.from('the quick brown fox jumps over the lazy dog 0123456789\n'.repeat(2048));

function content(size, seed) {
  const body = Buffer.allocUnsafe(size);
  const half = size >> 1;
  const offset = (seed * 7919) % (pool.length - half);
  pool.copy(body, 0, offset, offset + half);
  for (let at = half; at < size; at += text.length) text.copy(body, at, 0, Math.min(text.length, size - at));
  return body;
}

/** A ustar header: names here are short, sizes below 8 GiB, so the plain fields suffice. */
function tarHeader(name, size, type) {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100);
  h.write(`${(type === '5' ? 0o755 : 0o644).toString(8).padStart(7, '0')}\0`, 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  h.write(`${(1700000000).toString(8).padStart(11, '0')}\0`, 136);
  h.write('        ', 148);
  h.write(type, 156);
  h.write('ustar\0' + '00', 257);
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return h;
}

/** Writes one gzip layer blob; returns its digest, diff_id and size. */
async function writeLayer(blobs, layer, perLayer, averageSize) {
  const gzip = createGzip({ level: 1 });
  const diffHash = createHash('sha256');
  const blobHash = createHash('sha256');
  const tmp = join(blobs, `tmp-${layer}`);
  const out = createWriteStream(tmp);
  gzip.on('data', (chunk) => blobHash.update(chunk));
  gzip.pipe(out);
  const write = async (chunk) => {
    diffHash.update(chunk);
    if (!gzip.write(chunk)) await once(gzip, 'drain');
  };
  const entry = async (name, body, type = '0') => {
    await write(tarHeader(name, body.length, type));
    if (body.length === 0) return;
    await write(body);
    if (body.length % 512) await write(Buffer.alloc(512 - (body.length % 512)));
  };
  const dirs = 50;
  for (let d = 0; d < dirs; d++) await entry(`data/l${layer}/d${d}/`, Buffer.alloc(0), '5');
  for (let i = 0; i < perLayer; i++) {
    // Sizes spread evenly over 0..2x the average; every 40th file of the layer below is rewritten (empty), every
    // 40th (offset by 20) deleted, so the analysis has overwrites and whiteouts to follow.
    const size = Math.floor((((i * 2654435761) % 1000) / 999) * 2 * averageSize);
    await entry(`data/l${layer}/d${i % dirs}/f${i}`, content(size, layer * perLayer + i));
    if (layer > 0 && i % 40 === 0) await entry(`data/l${layer - 1}/d${i % dirs}/f${i}`, Buffer.alloc(0));
    if (layer > 0 && i % 40 === 20) await entry(`data/l${layer - 1}/d${i % dirs}/.wh.f${i}`, Buffer.alloc(0));
  }
  await write(Buffer.alloc(1024)); // end-of-archive marker
  gzip.end();
  await once(out, 'finish');
  const digest = `sha256:${blobHash.digest('hex')}`;
  renameSync(tmp, join(blobs, digest.slice(7)));
  return { digest, diffId: `sha256:${diffHash.digest('hex')}`, size: statSync(join(blobs, digest.slice(7))).size };
}

function writeJsonBlob(blobs, value) {
  const data = Buffer.from(JSON.stringify(value));
  const hex = createHash('sha256').update(data).digest('hex');
  writeFileSync(join(blobs, hex), data);
  return { digest: `sha256:${hex}`, size: data.length };
}

async function generate(gib) {
  const dir = join(DIR, `${gib}gib-${FILES}files-${LAYERS}layers`);
  if (existsSync(join(dir, 'index.json'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  const blobs = join(dir, 'blobs/sha256');
  mkdirSync(blobs, { recursive: true });
  const perLayer = Math.ceil(FILES / LAYERS);
  const averageSize = Math.floor((gib * GiB) / (perLayer * LAYERS));
  const layers = [];
  const started = Date.now();
  for (let layer = 0; layer < LAYERS; layer++) layers.push(await writeLayer(blobs, layer, perLayer, averageSize));
  const config = writeJsonBlob(blobs, {
    architecture: 'amd64', os: 'linux', config: {},
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    history: layers.map((_, i) => ({ created_by: `/bin/sh -c #(nop) COPY dir:${i} in /data/l${i} ` })),
  });
  const manifest = writeJsonBlob(blobs, {
    schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
    layers: layers.map((l) => ({ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: l.digest, size: l.size })),
  });
  writeFileSync(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  writeFileSync(join(dir, 'index.json'), JSON.stringify({
    schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', ...manifest }],
  }));
  console.error(`generated ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

function layerBlobs(dir) {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(dir, 'blobs/sha256', index.manifests[0].digest.slice(7)), 'utf8'));
  return manifest.layers.map((l) => join(dir, 'blobs/sha256', l.digest.slice(7)));
}

/** A floor: decompress every layer with the standard tools into `consumer`, one layer after the other. */
function floorMs(blobs, consumer = 'tar -t') {
  const started = process.hrtime.bigint();
  for (const blob of blobs) {
    const result = spawnSync('sh', ['-c', `gzip -dc "$1" | ${consumer} > /dev/null`, 'sh', blob], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`gzip -dc | ${consumer} failed on ${blob}`);
  }
  return Number(process.hrtime.bigint() - started) / 1e6;
}

// whale's code, bundled like the CLI and loaded in this process.
const outfile = resolve('node_modules/.cache/whale/bench-image.cjs');
await build({
  stdin: {
    contents: "export { resolveSource } from './src/image/source'; export { analyze } from './src/image/analysis'; export { compareBuilds } from './src/image/cache';",
    resolveDir: resolve('.'), loader: 'ts',
  },
  outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning',
  external: ['yaml', 'cli-table3', 'dockerode'],
});
const { resolveSource, analyze, compareBuilds } = createRequire(import.meta.url)(outfile);

/** What `whale cache` does: read both images with file digests, then compare. */
async function cacheMs(dir) {
  const started = process.hrtime.bigint();
  const read = () => resolveSource(`oci:${dir}`).read({ contentDigests: true });
  compareBuilds(await read(), await read());
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function whaleMs(dir) {
  const started = process.hrtime.bigint();
  const image = await resolveSource(`oci:${dir}`).read({});
  const read = Number(process.hrtime.bigint() - started) / 1e6;
  const analysis = analyze(image);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, read, analysis };
}

/** The CLI in a child process (what users run), with its peak resident memory read by /usr/bin/time. */
function peakRssMb(dir) {
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'bin/whale', 'image', '--format', 'json', '--no-progress', `oci:${dir}`], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`whale image failed: ${result.stderr}`);
  const kb = Number(result.stderr.trim().split('\n').pop());
  return kb / 1024;
}

const rows = [];
for (const gib of SIZES_GIB) {
  const dir = await generate(gib);
  const blobs = layerBlobs(dir);
  const blobBytes = blobs.reduce((n, b) => n + statSync(b).size, 0);
  spawnSync('sh', ['-c', 'cat "$@" > /dev/null', 'sh', ...blobs]); // page cache warm for both contenders
  const floor = Math.min(floorMs(blobs), floorMs(blobs));
  const first = await whaleMs(dir);
  const second = await whaleMs(dir);
  const best = first.ms <= second.ms ? first : second;
  const whale = best.ms;
  const rss = peakRssMb(dir);
  const entries = first.analysis.layers.reduce((n, l) => n + l.entries, 0);
  const hashFloor = 2 * Math.min(floorMs(blobs, 'sha256sum'), floorMs(blobs, 'sha256sum'));
  const cache = Math.min(await cacheMs(dir), await cacheMs(dir));
  rows.push({ gib, dir, blobBytes, sizeBytes: first.analysis.sizeBytes, entries, layers: blobs.length, floor, whale, read: best.read, rss, hashFloor, cache });
}

const mb = (n) => (n / 1e6).toFixed(0);
console.log(`whale image on generated OCI layouts (gzip level 1; files half random, half text), node ${process.version}`);
for (const r of rows) {
  console.log(`${r.gib} GiB: ${r.layers} layers, ${r.entries} entries, ${mb(r.sizeBytes)} MB uncompressed, ${mb(r.blobBytes)} MB of blobs (${r.dir})`);
  console.log(`  floor: gzip -dc | tar -t, per layer   ${(r.floor / 1000).toFixed(2).padStart(7)} s   (best of 2)`);
  console.log(`  whale read + analyse, in process     ${(r.whale / 1000).toFixed(2).padStart(7)} s   ratio ${(r.whale / r.floor).toFixed(2)}x the floor (aim <= 1.5x)`);
  console.log(`    of which reading the layers          ${(r.read / 1000).toFixed(2).padStart(7)} s, analysis ${((r.whale - r.read) / 1000).toFixed(2)} s`);
  console.log(`  whale image CLI peak RSS             ${r.rss.toFixed(0).padStart(7)} MB  (aim < 200 MB)`);
  console.log(`  floor: gzip -dc | sha256sum, x2      ${(r.hashFloor / 1000).toFixed(2).padStart(7)} s   (best of 2)`);
  console.log(`  whale cache (2 reads with digests)   ${(r.cache / 1000).toFixed(2).padStart(7)} s   ratio ${(r.cache / r.hashFloor).toFixed(2)}x the floor (aim <= 1.5x)`);
}
