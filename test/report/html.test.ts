// The HTML reports of `whale image` and `whale cache`: escaped text, one bar per layer with its parts in
// proportion, nothing fetched from the network, and every headline number.
import { describe, expect, it } from 'vitest';
import { analyze, type ImageAnalysis } from '../../src/image/analysis';
import type { CacheReport } from '../../src/image/cache-report';
import { evaluateCi, DEFAULT_CI_RULES } from '../../src/image/ci';
import type { EntryType, HistoryEntry, ImageData, LayerEntry } from '../../src/image/types';
import { escapeHtml, formatCacheHtml, formatImageHtml, HTML_COLORS } from '../../src/report/html';
import { formatBytes, formatPercent } from '../../src/report/image-tty';

const entry = (type: EntryType, path: string, size = 0): LayerEntry => ({ path, type, size, mode: type === 'dir' ? 0o755 : 0o644, uid: 0, gid: 0 });
const f = (path: string, size: number) => entry('file', path, size);
const wh = (path: string) => entry('whiteout', path);

const NASTY = `RUN echo "<b>hi</b>" && test 1 '<' 2 > /tmp/out & echo 'done'`;

function image(layers: LayerEntry[][], history: HistoryEntry[], reference = 'docker-archive:app&co.tar'): ImageData {
  return {
    reference,
    digest: 'sha256:abc',
    platform: 'linux/amd64',
    configDigest: 'sha256:c0',
    config: { rootfs: { type: 'layers', diff_ids: layers.map((_, i) => `sha256:${i}`) }, history },
    layers: layers.map((entries, index) => ({
      index, digest: `sha256:blob${index}`, diffId: `sha256:${index}`, mediaType: null, compression: 'none', blobSize: 0, entries,
    })),
  };
}

/** Four layers: a base, a layer whose big file is overwritten later, a layer deleting a file, an empty layer. */
function sample(reference?: string): ImageAnalysis {
  return analyze(image([
    [f('etc/os-release', 1_000), f('tmp/cache.bin', 40_000), f('usr/lib/libbig.so', 2_000_000)],
    [f('app/data.bin', 3_000_000), f('app/app.py', 12_000)],
    [f('app/data.bin', 1_000_000), wh('tmp/cache.bin')],
    [],
  ], [
    { created_by: '/bin/sh -c #(nop) ADD file:0123 in / ' },
    { created_by: 'COPY app /app # buildkit' },
    { created_by: `${NASTY} # buildkit` },
    { created_by: 'RUN /bin/sh -c true # buildkit' },
  ], reference));
}

interface Bar {
  layer: number;
  bytes: number;
  second: number;
  widths: number[];
}

/** The chart's bars as drawn: each `<g class="bar">` and the widths of its two rectangles. */
function bars(html: string, secondKey: string): Bar[] {
  const groups = [...html.matchAll(/<g class="bar" data-layer="(\d+)" data-bytes="(\d+)" data-([a-z]+)="(\d+)">([\s\S]*?)<\/g>/g)];
  return groups.map((g) => {
    expect(g[3]).toBe(secondKey);
    const widths = [...g[5]!.matchAll(/<rect class="bar-[a-z]+" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    return { layer: Number(g[1]), bytes: Number(g[2]), second: Number(g[4]), widths };
  });
}

/** The markup without its text content: what a browser could fetch is in tags and attributes only. */
function markupOnly(html: string): string {
  return html.replace(/<title>[^<]*<\/title>/g, '<title></title>').replace(/>[^<]*</g, '><');
}

describe('formatImageHtml', () => {
  it('escapes every text from the image: instructions, paths, the reference', () => {
    const analysis = sample();
    analysis.reclaimable.push({ path: '/app/<img src=x onerror=alert(1)>', bytes: 5, reason: 'deleted in layer 3', layer: 1 });
    const html = formatImageHtml(analysis, null);
    expect(escapeHtml(NASTY)).toBe('RUN echo &quot;&lt;b&gt;hi&lt;/b&gt;&quot; &amp;&amp; test 1 &#39;&lt;&#39; 2 &gt; /tmp/out &amp; echo &#39;done&#39;');
    expect(html).toContain(escapeHtml(analysis.layers[2]!.instruction!));
    expect(analysis.layers[2]!.instruction).toContain('<b>hi</b>');
    expect(html).not.toContain('<b>hi');
    expect(html).not.toContain('<img');
    expect(html).toContain('/app/&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('docker-archive:app&amp;co.tar');
    expect(html).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
    // Nothing but the markup itself opens a tag: no `<` from the data survives in attributes or text.
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z!][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
    expect([...tags].sort()).toEqual(['!doctype', 'body', 'code', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'g', 'h1', 'h2', 'head', 'header',
      'html', 'line', 'main', 'meta', 'p', 'rect', 'section', 'small', 'style', 'svg', 'table', 'tbody', 'td', 'text', 'th', 'thead', 'title', 'tr']);
  });

  it('draws one bar per layer, the reclaimable part in its own colour and in proportion', () => {
    const analysis = sample();
    const html = formatImageHtml(analysis, null);
    const drawn = bars(html, 'wasted');
    expect(drawn.map((b) => b.layer)).toEqual(analysis.layers.map((l) => l.index));
    expect(drawn.map((b) => b.bytes)).toEqual(analysis.layers.map((l) => l.sizeBytes));
    // Reclaimable bytes per layer: layer 0 holds /tmp/cache.bin (deleted in 2), layer 1 the old /app/data.bin.
    expect(drawn.map((b) => b.second)).toEqual([40_000, 3_000_000, 0, 0]);
    const largest = Math.max(...drawn.map((b) => b.bytes));
    const fullWidth = Math.max(...drawn.map((b) => b.widths[0]! + b.widths[1]!));
    for (const bar of drawn) {
      expect(bar.widths).toHaveLength(2);
      const [kept, wasted] = bar.widths as [number, number];
      if (bar.bytes === 0) {
        expect(kept + wasted).toBe(0);
        continue;
      }
      expect(kept + wasted).toBeCloseTo((bar.bytes / largest) * fullWidth, 1);
      expect(wasted / (kept + wasted)).toBeCloseTo(bar.second / bar.bytes, 3);
    }
    // Layer 1 is almost all reclaimable: its orange part is wider than its blue one.
    expect(drawn[1]!.widths[1]!).toBeGreaterThan(drawn[1]!.widths[0]! * 200);
    expect(html).toContain(`fill="${HTML_COLORS.kept}"`);
    expect(html).toContain(`fill="${HTML_COLORS.wasted}"`);
    // A legend names both colours; bars are labelled with their index and size.
    expect(html).toMatch(new RegExp(`<rect class="legend-kept"[^>]*fill="${HTML_COLORS.kept}"/><text[^>]*>kept in the image</text>`));
    expect(html).toMatch(new RegExp(`<rect class="legend-wasted"[^>]*fill="${HTML_COLORS.wasted}"/><text[^>]*>reclaimable`));
    for (const layer of analysis.layers) {
      expect(html).toMatch(new RegExp(`<text class="bar-label"[^>]*>#${layer.index}</text>`));
      expect(html).toMatch(new RegExp(`<text class="bar-size"[^>]*>${formatBytes(layer.sizeBytes)}`));
    }
    expect(html).not.toContain('NaN');
  });

  it('refers to nothing outside the page: no URL, no external script, style, font or image', () => {
    const html = formatImageHtml(sample('docker://registry.example.com/app:1 (see https://example.com/?a=1&b=2)'), evaluateCi(sample(), DEFAULT_CI_RULES));
    // The reference is text, escaped; only text content may mention a URL.
    expect(html).toContain('https://example.com/?a=1&amp;b=2');
    const markup = markupOnly(html);
    expect(markup).not.toMatch(/https?:\/\//);
    expect(markup).not.toMatch(/<(script|link|img|iframe|object|embed|image|use)\b/i);
    expect(markup).not.toMatch(/\b(src|href|xlink:href)=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    // Printable: print CSS that keeps the chart's colours.
    expect(html).toContain('@media print');
    expect(html).toContain('print-color-adjust: exact');
  });

  it('shows the headline numbers, the layers table, the wasted files and the CI gates', () => {
    const analysis = sample();
    const ci = evaluateCi(analysis, { ...DEFAULT_CI_RULES, highestWastedBytes: 1_000 });
    const html = formatImageHtml(analysis, ci);
    for (const value of [formatBytes(analysis.sizeBytes), formatBytes(analysis.userSizeBytes), formatPercent(analysis.efficiency), formatBytes(analysis.wastedBytes), formatBytes(analysis.reclaimableBytes)]) {
      expect(html).toContain(`<dd>${value}<small>`);
    }
    expect(html).toContain('6.05 MB'); // human formatted, as the tty report does
    const layerRows = html.match(/<table class="layers">[\s\S]*?<\/table>/)![0];
    expect(layerRows.match(/<tr><td/g)).toHaveLength(4);
    expect(layerRows).toContain('<td class="num">3.01 MB</td><td class="num">3.00 MB</td>');
    expect(layerRows).toContain('<code>COPY app /app</code>');
    expect(html).toContain('<td class="num">3.00 MB</td><td class="num">1</td><td><code>/app/data.bin</code></td><td>overwritten in layer 2</td>');
    expect(html).toContain('<td class="num">2</td><td class="num">4.00 MB</td><td><code>/app/data.bin</code></td>');
    expect(ci.pass).toBe(false);
    expect(html).toContain('<h2>CI gates <span class="badge fail">FAIL</span></h2>');
    expect(html).toContain('<td><code>highestWastedBytes</code></td><td class="tight"><span class="badge fail">FAIL</span></td><td class="num">1.00 kB</td><td class="num">4.04 MB</td>');
    expect(html).toContain('<td><code>lowestEfficiency</code></td>');
    const noCi = formatImageHtml(analysis, null);
    expect(noCi).not.toContain('id="ci"');
    expect(noCi).not.toContain('CI gates');
  });

  it('lists the top 20 wasted and reclaimable files and says how many more there are', () => {
    const analysis = sample();
    analysis.reclaimable = Array.from({ length: 30 }, (_, i) => ({ path: `/f${i}`, bytes: 1000 - i, reason: 'deleted in layer 2', layer: 1 }));
    analysis.inefficientFiles = Array.from({ length: 25 }, (_, i) => ({ path: `/g${i}`, count: 2, sizeBytes: 1000 - i }));
    const html = formatImageHtml(analysis, null);
    const rows = (name: string) => html.match(new RegExp(`<table class="${name}">[\\s\\S]*?</table>`))![0].match(/<tr><td/g)!.length;
    expect(rows('reclaimable')).toBe(20);
    expect(rows('wasted')).toBe(20);
    expect(html).toContain('… and 10 more');
    expect(html).toContain('… and 5 more');
    expect(html).toContain('<code>/f19</code>');
    expect(html).not.toContain('<code>/f20</code>');
  });
});

/** A cache bust by a changed build argument, three layers reused of five. */
function sampleCacheReport(): CacheReport {
  return {
    old: { reference: 'docker-archive:old.tar', digest: 'sha256:old0', configDigest: 'sha256:oldc', layers: 5, sizeBytes: 80_000_000 },
    new: { reference: 'docker-archive:new&improved.tar', digest: null, configDigest: 'sha256:newc', layers: 5, sizeBytes: 81_500_000 },
    firstRebuiltLayer: 3,
    instruction: 'RUN pip install -r requirements.txt && echo "<done>"',
    source: null,
    configOnly: false,
    cause: {
      kind: 'build-arg',
      summary: 'The build argument PIP_INDEX changed from "a" to "<b>".',
      buildArgs: [{ name: 'PIP_INDEX', old: 'a', new: '<b>' }, { name: 'DEBUG', old: null, new: '1' }],
      oldInstruction: 'RUN pip install -r requirements.txt',
      newInstruction: 'RUN pip install -r requirements.txt && echo "<done>"',
      configKeys: [{ key: 'Labels.org.example.release', old: '1.0', new: { nested: '<x>' } }, { key: 'User', old: undefined, new: 'app' }],
    },
    changedFiles: [
      { path: '/app/requirements.txt', change: 'modified', sizeBytes: 1_234 },
      { path: '/app/<new>.py', change: 'added', sizeBytes: 56 },
      { path: '/app/run.sh', change: 'metadata', sizeBytes: 10, attributes: ['mode', 'uid'] },
    ],
    rebuiltBytes: 31_500_000,
    reusedLayers: 3,
    dockerfileLine: 7,
    dockerfile: 'Dockerfile',
    layers: [
      { index: 0, diffId: 'sha256:d0', chainId: 'sha256:c0', sizeBytes: 30_000_000, instruction: 'ADD file:abc in /', dockerfileLine: null, source: null, reused: true, base: true },
      { index: 1, diffId: 'sha256:d1', chainId: 'sha256:c1', sizeBytes: 20_000_000, instruction: 'RUN apt-get update', dockerfileLine: 3, source: null, reused: true, base: false },
      { index: 2, diffId: 'sha256:d2', chainId: 'sha256:c2', sizeBytes: 0, instruction: 'WORKDIR /app', dockerfileLine: 4, source: null, reused: true, base: false },
      { index: 3, diffId: 'sha256:d3', chainId: 'sha256:c3', sizeBytes: 30_000_000, instruction: 'RUN pip install -r requirements.txt && echo "<done>"', dockerfileLine: 7, source: null, reused: false, base: false },
      { index: 4, diffId: 'sha256:d4', chainId: 'sha256:c4', sizeBytes: 1_500_000, instruction: 'COPY . /app', dockerfileLine: 8, source: null, reused: false, base: false },
    ],
    warnings: ['Dockerfile has 6 instructions that make layers, the history <5>: lines are a guess & may be off'],
  };
}

describe('formatCacheHtml', () => {
  it('renders the headline, the chart of reused and rebuilt layers, the cause and the changed files', () => {
    const report = sampleCacheReport();
    const html = formatCacheHtml(report);
    expect(html).toContain('<code>docker-archive:old.tar</code> → <code>docker-archive:new&amp;improved.tar</code>');
    expect(html).toContain('<dt>First rebuilt layer</dt><dd>#3<small>of 5 layers</small></dd>');
    expect(html).toContain('<dt>Rebuilt</dt><dd>31.5 MB<small>2 layers built and pushed again</small></dd>');
    expect(html).toContain('<dt>Reused layers</dt><dd>3<small>of 5, taken from the cache</small></dd>');
    expect(html).toContain('<dt>Dockerfile line</dt><dd>7<small>Dockerfile:7</small></dd>');
    expect(html).toContain('<dt>Instruction that missed the cache</dt><dd><code>RUN pip install -r requirements.txt &amp;&amp; echo &quot;&lt;done&gt;&quot;</code></dd>');
    expect(html).toContain('<dt>Cause</dt><dd><span class="badge wasted">build-arg</span> The build argument PIP_INDEX changed from &quot;a&quot; to &quot;&lt;b&gt;&quot;.</dd>');
    expect(html).toContain('sha256:old0');
    expect(html).toContain('sha256:newc'); // no manifest digest: the config digest names the build

    const drawn = bars(html, 'rebuilt');
    expect(drawn.map((b) => b.layer)).toEqual([0, 1, 2, 3, 4]);
    for (const bar of drawn) {
      const layer = report.layers[bar.layer]!;
      expect(bar.second).toBe(layer.reused ? 0 : layer.sizeBytes);
      const [reused, rebuilt] = bar.widths as [number, number];
      if (layer.sizeBytes === 0) expect(reused + rebuilt).toBe(0);
      else if (layer.reused) expect(rebuilt).toBe(0);
      else expect(reused).toBe(0);
    }
    expect(drawn[3]!.widths[1]).toBe(drawn[0]!.widths[0]); // same size, same length
    expect(drawn[4]!.widths[1]! / drawn[3]!.widths[1]!).toBeCloseTo(1_500_000 / 30_000_000, 3);
    expect(html).toMatch(new RegExp(`<rect class="legend-reused"[^>]*fill="${HTML_COLORS.kept}"/><text[^>]*>reused from the cache</text>`));
    expect(html).toMatch(new RegExp(`<rect class="legend-rebuilt"[^>]*fill="${HTML_COLORS.wasted}"/><text[^>]*>rebuilt</text>`));
    expect(html).toMatch(/<text class="bar-label"[^>]*>base #0<\/text>/);
    expect(html).toMatch(/<text class="bar-size"[^>]*>30.0 MB rebuilt ← cache miss<\/text>/);

    expect(html).toContain('<td class="tight">old</td><td><code>RUN pip install -r requirements.txt</code></td>');
    expect(html).toContain('<td><code>PIP_INDEX</code></td><td><code>a</code></td><td><code>&lt;b&gt;</code></td>');
    expect(html).toContain('<td><code>DEBUG</code></td><td><code>(not set)</code></td><td><code>1</code></td>');
    expect(html).toContain('<td><code>Labels.org.example.release</code></td><td><code>1.0</code></td><td><code>{&quot;nested&quot;:&quot;&lt;x&gt;&quot;}</code></td>');
    expect(html).toContain('<td><code>User</code></td><td><code>(not set)</code></td><td><code>app</code></td>');
    expect(html).toContain('<td class="tight">modified</td><td class="num">1.23 kB</td><td><code>/app/requirements.txt</code></td><td>file</td>');
    expect(html).toContain('<td><code>/app/&lt;new&gt;.py</code></td>');
    expect(html).toContain('<td class="tight">metadata</td><td class="num">10 B</td><td><code>/app/run.sh</code></td><td>file, mode, uid</td>');
    expect(html).not.toContain('<new>');
    expect(html).toContain('<aside class="warnings" id="warnings">\n<strong>Warning</strong>\n<ul>\n<li>Dockerfile has 6 instructions that make layers, the history &lt;5&gt;: lines are a guess &amp; may be off</li>\n</ul>\n</aside>');
    expect(markupOnly(html)).not.toMatch(/https?:\/\/|\b(src|href)=/i);
    expect(html).not.toContain('NaN');
  });

  it('says so when every layer was reused and only the config changed', () => {
    const report = sampleCacheReport();
    report.firstRebuiltLayer = null;
    report.instruction = null;
    report.configOnly = true;
    report.cause = { kind: 'config', summary: 'Only the config differs: Cmd.', configKeys: [{ key: 'Cmd', old: ['a'], new: ['b'] }] };
    report.changedFiles = [];
    report.rebuiltBytes = 0;
    report.reusedLayers = 5;
    report.dockerfileLine = null;
    report.dockerfile = null;
    report.layers = report.layers.map((layer) => ({ ...layer, reused: true, dockerfileLine: null }));
    report.warnings = [];
    const html = formatCacheHtml(report);
    expect(html).not.toContain('class="warnings"');
    expect(html).toContain('<dt>First rebuilt layer</dt><dd>none<small>same layers, the config differs</small></dd>');
    expect(html).toContain('<dt>Dockerfile line</dt><dd>n/a<small>no --dockerfile given</small></dd>');
    expect(html).toContain('<td><code>Cmd</code></td><td><code>[&quot;a&quot;]</code></td><td><code>[&quot;b&quot;]</code></td>');
    expect(html).toContain('No layer was rebuilt.');
    expect(bars(html, 'rebuilt').every((b) => b.second === 0)).toBe(true);
    expect(html).not.toContain('← cache miss');
  });

  it('leaves out the cause details when the cause has none', () => {
    const report = sampleCacheReport();
    report.cause = { kind: 'files', summary: 'A copied file changed: /app/requirements.txt.' };
    const html = formatCacheHtml(report);
    expect(html).toContain('<dt>Cause</dt><dd><span class="badge wasted">files</span> A copied file changed: /app/requirements.txt.</dd>');
    expect(html).not.toContain('id="cause"');
    expect(html).toContain('<table class="changed-files">');
  });
});
