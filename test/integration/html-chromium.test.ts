// The HTML reports opened in a real browser: headless Chromium (Debian's `chromium`, installed by
// scripts/test-deps.sh) renders the page whale wrote, which its Content-Security-Policy keeps free of scripts and
// off the network; the test reads the DOM the browser built and decodes its screenshot to check that the chart
// was drawn in its colours. The pages and screenshots are kept in test-output/html/ for people to look at.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CacheReport } from '../../src/image/cache-report';
import { formatCacheHtml, HTML_COLORS } from '../../src/report/html';
import { tempDir, whale, type Run } from '../cli/helpers';

const ROOT = resolve(__dirname, '../..');
const OUT = join(ROOT, 'test-output/html');
const CHROMIUM = 'chromium';
const CHROMIUM_TIMEOUT_MS = 60_000;
const MISSING = `${CHROMIUM} is not installed: run scripts/test-deps.sh (it installs Debian's chromium package)`;

/** One bounded Chromium run with a fresh profile; it never outlives the timeout. */
function chromium(args: string[]): Promise<Run> {
  const profile = tempDir();
  return new Promise<Run>((resolvePromise, reject) => {
    const child = spawn(CHROMIUM, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--hide-scrollbars',
      '--no-first-run', '--disable-extensions', '--disable-background-networking', '--force-color-profile=srgb',
      `--user-data-dir=${profile}`, ...args,
    ], { stdio: ['ignore', 'pipe', 'pipe'], timeout: CHROMIUM_TIMEOUT_MS, killSignal: 'SIGKILL' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => {
      rmSync(profile, { recursive: true, force: true });
      reject(error.code === 'ENOENT' ? new Error(MISSING) : error);
    });
    child.on('close', (code, signal) => {
      rmSync(profile, { recursive: true, force: true });
      const stderr = Buffer.concat(err).toString();
      if (signal !== null) reject(new Error(`chromium ${args.join(' ')}: killed by ${signal} (timeout ${CHROMIUM_TIMEOUT_MS} ms)\n${stderr}`));
      else resolvePromise({ code, stdout: Buffer.concat(out).toString(), stderr });
    });
  });
}

interface Rendered {
  dom: string;
  png: Png;
}

/** Opens a page twice: once to dump the DOM the browser built, once for a screenshot saved next to it. */
async function render(htmlFile: string, screenshot: string): Promise<Rendered> {
  const url = `file://${htmlFile}`;
  const [dump, shot] = await Promise.all([
    chromium(['--dump-dom', url]),
    chromium([`--screenshot=${screenshot}`, '--window-size=1200,1600', url]),
  ]);
  expect(dump.code, dump.stderr).toBe(0);
  expect(shot.code, shot.stderr).toBe(0);
  return { dom: dump.stdout, png: decodePng(readFileSync(screenshot)) };
}

// A PNG decoder for what Chromium writes (8-bit RGB or RGBA, not interlaced): enough to count pixels, with
// nothing to install. Anything else is an error, never a silent misread.
interface Png {
  width: number;
  height: number;
  /** [r, g, b] of the pixel. */
  rgb(x: number, y: number): [number, number, number];
}

function decodePng(data: Buffer): Png {
  if (!data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG file');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    const body = data.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colorType, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      channels = colorType === 2 ? 3 : colorType === 6 ? 4 : 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) throw new Error(`PNG: unsupported depth ${depth}, colour type ${colorType}, interlace ${interlace}`);
    } else if (type === 'IDAT') {
      idat.push(body);
    } else if (type === 'IEND') {
      break;
    }
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? pixels[y * stride + i - channels]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
      const upLeft = y > 0 && i >= channels ? pixels[(y - 1) * stride + i - channels]! : 0;
      let predictor: number;
      if (filter === 0) predictor = 0;
      else if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else throw new Error(`PNG: bad filter ${filter} on row ${y}`);
      pixels[y * stride + i] = (line[i]! + predictor) & 0xff;
    }
  }
  return {
    width,
    height,
    rgb: (x, y) => {
      const at = y * stride + x * channels;
      return [pixels[at]!, pixels[at + 1]!, pixels[at + 2]!];
    },
  };
}

const hexRgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Pixels of the screenshot within a small distance of each colour. */
function countColors(png: Png, colors: Record<string, string>): Record<string, number> {
  const targets = Object.entries(colors).map(([name, hex]) => [name, hexRgb(hex)] as const);
  const counts: Record<string, number> = Object.fromEntries(targets.map(([name]) => [name, 0]));
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const [r, g, b] = png.rgb(x, y);
      for (const [name, [tr, tg, tb]] of targets) {
        if (Math.abs(r - tr) <= 6 && Math.abs(g - tg) <= 6 && Math.abs(b - tb) <= 6) counts[name]!++;
      }
    }
  }
  return counts;
}

/** The bars in the DOM the browser built: each `<g class="bar">` and the widths of its two rectangles. */
function domBars(dom: string): Array<{ layer: number; widths: [number, number] }> {
  return [...dom.matchAll(/<g class="bar" data-layer="(\d+)"[^>]*>([\s\S]*?)<\/g>/g)].map((g) => {
    const widths = [...g[2]!.matchAll(/<rect class="bar-[a-z]+" [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    return { layer: Number(g[1]), widths: widths as [number, number] };
  });
}

/** A cache bust by a changed COPY: two of four layers rebuilt, one changed file. */
const CACHE_REPORT: CacheReport = {
  old: { reference: 'docker-archive:app-1.tar', digest: 'sha256:1111', configDigest: 'sha256:c111', layers: 4, sizeBytes: 9_000_000 },
  new: { reference: 'docker-archive:app-2.tar', digest: 'sha256:2222', configDigest: 'sha256:c222', layers: 4, sizeBytes: 9_100_000 },
  firstRebuiltLayer: 2,
  instruction: 'COPY app/ /app/',
  source: null,
  configOnly: false,
  cause: { kind: 'files', summary: 'A file copied by COPY app/ /app/ changed: /app/main.py (modified).' },
  changedFiles: [{ path: '/app/main.py', change: 'modified', sizeBytes: 2_400 }],
  rebuiltBytes: 4_100_000,
  reusedLayers: 2,
  dockerfileLine: 5,
  dockerfile: 'Dockerfile',
  layers: [
    { index: 0, diffId: 'sha256:d0', chainId: 'sha256:h0', sizeBytes: 3_000_000, instruction: 'ADD rootfs.tar /', dockerfileLine: null, source: null, reused: true, base: true },
    { index: 1, diffId: 'sha256:d1', chainId: 'sha256:h1', sizeBytes: 2_000_000, instruction: 'RUN apk add --no-cache python3 && echo "<ok>"', dockerfileLine: 3, source: null, reused: true, base: false },
    { index: 2, diffId: 'sha256:d2', chainId: 'sha256:h2', sizeBytes: 3_000_000, instruction: 'COPY app/ /app/', dockerfileLine: 5, source: null, reused: false, base: false },
    { index: 3, diffId: 'sha256:d3', chainId: 'sha256:h3', sizeBytes: 1_100_000, instruction: 'RUN python3 -m compileall /app', dockerfileLine: 6, source: null, reused: false, base: false },
  ],
  warnings: [],
};

let installed: Promise<void> | undefined;

/** Fails (never skips) each test when Chromium is missing, saying how to install it. */
function requireChromium(): Promise<void> {
  installed ??= chromium(['--version']).then((version) => {
    if (version.code !== 0 || !/Chromium/i.test(version.stdout)) throw new Error(`${MISSING}\n${version.stdout}${version.stderr}`);
  });
  return installed;
}

describe('HTML reports rendered by headless Chromium', () => {
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
  });

  it('whale image --format html: the layer chart is drawn, wasted parts in their own colour', async () => {
    await requireChromium();
    const run = whale(['image', '--format', 'html', '--no-progress', 'fixtures/images/docker-legacy.tar'], { cwd: ROOT });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    const page = join(OUT, 'image.html');
    writeFileSync(page, run.stdout);
    const { dom, png } = await render(page, join(OUT, 'image.png'));

    // The browser built the chart: three layers, three bars, labelled, with both colours in use.
    expect(dom).toContain('<svg id="layer-chart"');
    const bars = domBars(dom);
    expect(bars.map((b) => b.layer)).toEqual([0, 1, 2]);
    expect(bars[1]!.widths[1]).toBeGreaterThan(bars[1]!.widths[0]); // layer 1: 200 B of 215 B reclaimable
    expect(bars[2]!.widths[1]).toBe(0); // nothing in the top layer is hidden
    expect(dom).toMatch(/<text class="bar-label"[^>]*>#1<\/text>/);
    expect(dom).toMatch(/<text class="bar-size"[^>]*>215 B \(200 B reclaimable\)<\/text>/);
    expect(dom).toContain('<code>RUN rm -rf /var/cache/*</code>');
    expect(dom).toContain('<td><code>/app/data.bin</code></td>');

    // The screenshot shows it: pixels of both bar colours, in about the proportion of the drawn widths.
    expect(png.width).toBe(1200);
    const counts = countColors(png, { kept: HTML_COLORS.kept, wasted: HTML_COLORS.wasted });
    expect(counts['kept']).toBeGreaterThan(2_000);
    expect(counts['wasted']).toBeGreaterThan(2_000);
    const kept = bars.reduce((sum, b) => sum + b.widths[0], 0);
    const wasted = bars.reduce((sum, b) => sum + b.widths[1], 0);
    expect(counts['wasted']! / counts['kept']!).toBeGreaterThan((wasted / kept) * 0.8);
    expect(counts['wasted']! / counts['kept']!).toBeLessThan((wasted / kept) * 1.25);
  }, 180_000);

  it('the cache report: reused and rebuilt layers in two colours, the cause and the changed files', async () => {
    await requireChromium();
    const page = join(OUT, 'cache.html');
    writeFileSync(page, formatCacheHtml(CACHE_REPORT));
    const { dom, png } = await render(page, join(OUT, 'cache.png'));

    expect(dom).toContain('<svg id="cache-chart"');
    const bars = domBars(dom);
    expect(bars.map((b) => b.layer)).toEqual([0, 1, 2, 3]);
    for (const bar of bars) {
      const layer = CACHE_REPORT.layers[bar.layer]!;
      expect(bar.widths[layer.reused ? 1 : 0]).toBe(0);
      expect(bar.widths[layer.reused ? 0 : 1]).toBeGreaterThan(0);
    }
    expect(dom).toMatch(/<text class="bar-size"[^>]*>3.00 MB rebuilt ← cache miss<\/text>/);
    expect(dom).toContain('<code>RUN apk add --no-cache python3 &amp;&amp; echo "&lt;ok&gt;"</code>');
    expect(dom).toContain('<td><code>/app/main.py</code></td>');
    expect(dom).toContain('Dockerfile:5');

    const counts = countColors(png, { reused: HTML_COLORS.kept, rebuilt: HTML_COLORS.wasted });
    expect(counts['reused']).toBeGreaterThan(2_000);
    expect(counts['rebuilt']).toBeGreaterThan(2_000);
  }, 180_000);

  it('whale cache --format html: a one-layer arm64 image against an amd64 one that adds two layers on it', async () => {
    await requireChromium();
    const two = `docker-archive:${join(ROOT, 'fixtures/images/docker-two-images.tar')}`;
    const run = whale(['cache', '--format', 'html', '--no-progress', `${two}:@1`, `${two}:@0`], { cwd: ROOT });
    if (run.code === 2 && /--format|argument 'html'/.test(run.stderr)) {
      throw new Error(`whale cache refuses --format html: wire formatCacheHtml into src/cli/cache.ts\n${run.stderr}`);
    }
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    const page = join(OUT, 'cache-cli.html');
    writeFileSync(page, run.stdout);
    const { dom, png } = await render(page, join(OUT, 'cache-cli.png'));

    expect(dom).toContain('<svg id="cache-chart"');
    const bars = domBars(dom);
    expect(bars.map((b) => b.layer)).toEqual([0, 1, 2]);
    expect(bars[0]!.widths[1]).toBe(0); // the base layer is reused...
    expect(bars[1]!.widths[0]).toBe(0); // ...the two layers on it are rebuilt
    expect(bars[2]!.widths[0]).toBe(0);
    expect(dom).toMatch(/<text class="bar-size"[^>]*>215 B rebuilt ← cache miss<\/text>/);
    expect(dom).toContain('<dt>First rebuilt layer</dt><dd>#1<small>of 3 layers</small></dd>');
    expect(dom).toContain('<dt>Instruction that missed the cache</dt><dd><code>COPY app /app</code></dd>');
    expect(dom).toMatch(/base-image<\/span>\s*the builds are for different platforms/);

    const counts = countColors(png, { reused: HTML_COLORS.kept, rebuilt: HTML_COLORS.wasted });
    expect(counts['reused']).toBeGreaterThan(2_000);
    expect(counts['rebuilt']).toBeGreaterThan(2_000);
  }, 180_000);
});
