// `whale image --format html` and `whale cache --format html`: one self-contained page (inline CSS and inline SVG;
// no script, font, image or link that would reach the network; a Content-Security-Policy says so to the browser),
// readable on screen and on paper. The chart is static SVG, so it renders and prints without JavaScript.
//
// Every piece of text from an image (references, instructions, paths, build args, config values) goes through
// escapeHtml(): instructions are full of `<`, `&` and quotes.
import type { ImageAnalysis } from '../image/analysis';
import type { CiResult } from '../image/ci';
import type { CacheLayer, CacheReport, ChangedConfigKey } from '../image/cache-report';
import { VERSION } from '../version';
import { formatBytes, formatPercent, gateValue, layerInstruction } from './image-tty';

/** Rows shown in the wasted, reclaimable and changed-file tables (as many as the tty reports show, or more). */
const LIST_LIMIT = 20;

/** The chart's colours: the test of the rendered page looks for these pixels. */
export const HTML_COLORS = {
  /** A layer's bytes that stay in the image / a layer reused from the cache. */
  kept: '#2f6fb5',
  /** A layer's bytes hidden by a later layer (reclaimable) / a layer rebuilt. */
  wasted: '#e8590c',
} as const;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

const esc = escapeHtml;

// ---------------------------------------------------------------------------------------------------------------
// The page

const CSS = `
:root { color-scheme: light; --kept: ${HTML_COLORS.kept}; --wasted: ${HTML_COLORS.wasted}; --ink: #1d2430; --muted: #5b6575; --rule: #d9dee6; --bg-alt: #f4f6f9; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 40px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
h2 { font-size: 1.15rem; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1rem; margin: 18px 0 6px; }
p { margin: 6px 0; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.88em; }
.meta { color: var(--muted); margin: 0; overflow-wrap: anywhere; }
.meta code { color: var(--ink); }
.stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 10px; margin: 18px 0 0; }
.stat { border: 1px solid var(--rule); border-radius: 6px; padding: 10px 12px; background: var(--bg-alt); break-inside: avoid; }
.stat dt { color: var(--muted); font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; }
.stat dd { margin: 2px 0 0; font-size: 1.35rem; font-weight: 600; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.stat dd small { display: block; font-size: 0.78rem; font-weight: 400; color: var(--muted); }
.stat.wide { grid-column: 1 / -1; }
.stat.wide dd { font-size: 1rem; font-weight: 500; }
figure { margin: 0; break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 0.85rem; margin-top: 4px; }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 12px; fill: var(--ink); }
svg .tick { stroke: var(--rule); }
table { width: 100%; border-collapse: collapse; font-size: 0.9rem; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--rule); }
th { background: var(--bg-alt); font-weight: 600; }
tbody tr:nth-child(even) td { background: #fafbfc; }
td.num, th.num { width: 1%; text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.tight, th.tight { width: 1%; white-space: nowrap; }
td code { white-space: pre-wrap; overflow-wrap: anywhere; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.more { color: var(--muted); font-size: 0.85rem; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 0.78rem; font-weight: 600; color: #fff; background: var(--muted); }
.badge.pass { background: #2b8a3e; }
.badge.fail { background: #c92a2a; }
.badge.kept { background: var(--kept); }
.badge.wasted { background: var(--wasted); }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; vertical-align: -0.1em; border-radius: 2px; }
.warnings { margin: 16px 0 0; padding: 10px 14px; border: 1px solid #e0b252; border-left-width: 5px; border-radius: 6px; background: #fff8e6; }
.warnings ul { margin: 4px 0 0; padding-left: 20px; }
footer { margin-top: 36px; color: var(--muted); font-size: 0.8rem; }
@media print {
  @page { margin: 12mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  .stats { grid-template-columns: repeat(4, 1fr); }
  tbody tr:nth-child(even) td { background: none; }
}
`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="whale ${esc(VERSION)}">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
<footer>Generated by whale ${esc(VERSION)}. Sizes in SI units (1 kB = 1000 B), as dive counts them.</footer>
</main>
</body>
</html>
`;
}

interface Stat {
  label: string;
  value: string;
  note?: string;
  wide?: boolean;
}

function stats(items: Stat[]): string {
  const cells = items.map((item) =>
    `<div class="stat${item.wide ? ' wide' : ''}"><dt>${esc(item.label)}</dt><dd>${item.value}${item.note ? `<small>${item.note}</small>` : ''}</dd></div>`);
  return `<dl class="stats">\n${cells.join('\n')}\n</dl>`;
}

interface Column {
  head: string;
  /** Right-aligned and as narrow as its content. */
  num?: boolean;
  /** As narrow as its content. */
  tight?: boolean;
}

function cellClass(column: Column | undefined): string {
  return column?.num ? ' class="num"' : column?.tight ? ' class="tight"' : '';
}

/** A table; cells are HTML (already escaped by the caller). */
function table(className: string, columns: Column[], rows: string[][]): string {
  const head = columns.map((c) => `<th${cellClass(c)}>${esc(c.head)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell, i) => `<td${cellClass(columns[i])}>${cell}</td>`).join('')}</tr>`);
  return `<table class="${className}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

function more(total: number, shown: number): string {
  return total > shown ? `\n<p class="more">… and ${total - shown} more</p>` : '';
}

const code = (text: string): string => `<code>${esc(text)}</code>`;

// ---------------------------------------------------------------------------------------------------------------
// The chart: one horizontal bar per layer, oldest at the top, each split into two coloured parts.

interface ChartSeries {
  name: string;
  color: string;
  /** The class of its rectangles (and the `data-` name of its bytes on each bar). */
  key: string;
}

interface ChartBar {
  index: number;
  label: string;
  total: number;
  /** Bytes of the second series (drawn after the first); the first gets the rest of `total`. */
  second: number;
  text: string;
  title: string;
}

const CHART_WIDTH = 960;
const LABEL_WIDTH = 72;
const TEXT_WIDTH = 200;
const BAR_AREA = CHART_WIDTH - LABEL_WIDTH - TEXT_WIDTH - 8;
const ROW = 24;
const BAR_HEIGHT = 16;
const LEGEND_HEIGHT = 30;
/** A layer with any bytes is never drawn narrower than this, so it does not vanish next to a huge one. */
const MIN_BAR = 2;

const px = (n: number): string => String(Math.round(n * 100) / 100);

function chart(id: string, label: string, series: [ChartSeries, ChartSeries], bars: ChartBar[]): string {
  const largest = bars.reduce((max, bar) => Math.max(max, bar.total), 0);
  const height = LEGEND_HEIGHT + Math.max(1, bars.length) * ROW + 6;
  const out: string[] = [];
  out.push(`<svg id="${esc(id)}" class="chart" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" role="img" aria-label="${esc(label)}">`);
  // The legend, inside the SVG so that it travels with the chart (printing, copying).
  let x = LABEL_WIDTH;
  out.push('<g class="legend">');
  for (const s of series) {
    out.push(`<rect class="legend-${s.key}" x="${x}" y="6" width="14" height="14" rx="2" fill="${s.color}"/><text x="${x + 20}" y="17">${esc(s.name)}</text>`);
    x += 20 + s.name.length * 7 + 28;
  }
  out.push('</g>');
  out.push(`<line class="tick" x1="${LABEL_WIDTH}" y1="${LEGEND_HEIGHT - 2}" x2="${LABEL_WIDTH}" y2="${height - 2}"/>`);
  bars.forEach((bar, row) => {
    const y = LEGEND_HEIGHT + row * ROW;
    const full = largest <= 0 || bar.total <= 0 ? 0 : Math.max(MIN_BAR, (bar.total / largest) * BAR_AREA);
    const share = bar.total <= 0 ? 0 : Math.min(1, Math.max(0, bar.second / bar.total));
    const secondWidth = full * share;
    const firstWidth = full - secondWidth;
    const [first, second] = series;
    out.push(`<g class="bar" data-layer="${bar.index}" data-bytes="${bar.total}" data-${second.key}="${bar.second}">`);
    out.push(`<title>${esc(bar.title)}</title>`);
    out.push(`<text class="bar-label" x="${LABEL_WIDTH - 8}" y="${y + 13}" text-anchor="end">${esc(bar.label)}</text>`);
    out.push(`<rect class="bar-${first.key}" x="${LABEL_WIDTH}" y="${y + 2}" width="${px(firstWidth)}" height="${BAR_HEIGHT}" fill="${first.color}"/>`);
    out.push(`<rect class="bar-${second.key}" x="${px(LABEL_WIDTH + firstWidth)}" y="${y + 2}" width="${px(secondWidth)}" height="${BAR_HEIGHT}" fill="${second.color}"/>`);
    out.push(`<text class="bar-size" x="${px(LABEL_WIDTH + full + 6)}" y="${y + 14}">${esc(bar.text)}</text>`);
    out.push('</g>');
  });
  if (bars.length === 0) out.push(`<text x="${LABEL_WIDTH + 8}" y="${LEGEND_HEIGHT + 14}">no layers</text>`);
  out.push('</svg>');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// whale image

/** Reclaimable bytes held by each layer (the hidden copies of files that a later layer overwrote or deleted). */
function reclaimableByLayer(analysis: ImageAnalysis): Map<number, number> {
  const byLayer = new Map<number, number>();
  for (const file of analysis.reclaimable) byLayer.set(file.layer, (byLayer.get(file.layer) ?? 0) + file.bytes);
  return byLayer;
}

export function formatImageHtml(analysis: ImageAnalysis, ci: CiResult | null): string {
  const body: string[] = [];
  const count = analysis.layers.length;
  body.push(`<header>\n<h1>Image report</h1>`);
  body.push(`<p class="meta">Image ${code(analysis.reference)}</p>`);
  body.push(`<p class="meta">Digest ${code(analysis.digest ?? 'unknown')} · Platform ${code(analysis.platform ?? 'unknown')}</p>`);
  body.push('</header>');

  const headline: Stat[] = [
    { label: 'Total size', value: esc(formatBytes(analysis.sizeBytes)), note: esc(`${count} layer${count === 1 ? '' : 's'}, ${analysis.files} files`) },
    { label: 'User size', value: esc(formatBytes(analysis.userSizeBytes)), note: 'all layers but the first' },
    { label: 'Efficiency', value: esc(formatPercent(analysis.efficiency)), note: 'dive’s definition' },
    { label: 'Wasted', value: esc(formatBytes(analysis.wastedBytes)), note: esc(`${formatPercent(analysis.wastedUserPercent)} of the user size; dive’s count: every copy`) },
    { label: 'Reclaimable', value: esc(formatBytes(analysis.reclaimableBytes)), note: 'what removing the hidden copies would save' },
  ];
  if (ci !== null) {
    headline.push({ label: 'CI gates', value: `<span class="badge ${ci.pass ? 'pass' : 'fail'}">${ci.pass ? 'PASS' : 'FAIL'}</span>`, note: esc(`${ci.gates.filter((g) => g.status === 'fail').length} of ${ci.gates.filter((g) => g.status !== 'skip').length} gates failed`) });
  }
  body.push(stats(headline));

  const reclaimable = reclaimableByLayer(analysis);
  body.push('<section id="layers">\n<h2>Layers</h2>');
  body.push('<figure>');
  body.push(chart('layer-chart', 'Layer sizes; the part of each layer that later layers hide is reclaimable', [
    { name: 'kept in the image', color: HTML_COLORS.kept, key: 'kept' },
    { name: 'reclaimable (hidden by a later layer)', color: HTML_COLORS.wasted, key: 'wasted' },
  ], analysis.layers.map((layer) => {
    const wasted = Math.min(layer.sizeBytes, reclaimable.get(layer.index) ?? 0);
    const size = formatBytes(layer.sizeBytes);
    return {
      index: layer.index,
      label: `#${layer.index}`,
      total: layer.sizeBytes,
      second: wasted,
      text: wasted > 0 ? `${size} (${formatBytes(wasted)} reclaimable)` : size,
      title: `Layer ${layer.index}: ${size}${wasted > 0 ? `, ${formatBytes(wasted)} reclaimable` : ''}\n${layerInstruction(layer)}`,
    };
  })));
  body.push('<figcaption>One bar per layer, oldest first, scaled to the largest layer.</figcaption>\n</figure>');
  body.push(table('layers', [{ head: '#', num: true }, { head: 'size', num: true }, { head: 'reclaimable', num: true }, { head: 'entries', num: true }, { head: 'instruction' }],
    analysis.layers.map((layer) => {
      const wasted = reclaimable.get(layer.index) ?? 0;
      return [String(layer.index), esc(formatBytes(layer.sizeBytes)), wasted > 0 ? esc(formatBytes(wasted)) : '', String(layer.entries), code(layerInstruction(layer))];
    })));
  body.push('</section>');

  if (analysis.reclaimable.length > 0) {
    body.push('<section id="reclaimable">\n<h2>Reclaimable files</h2>');
    body.push('<p>Copies of files that a later layer overwrote, deleted or hid: they are in the image but nobody sees them.</p>');
    const shown = analysis.reclaimable.slice(0, LIST_LIMIT);
    body.push(table('reclaimable', [{ head: 'size', num: true }, { head: 'layer', num: true }, { head: 'path' }, { head: 'reason' }],
      shown.map((file) => [esc(formatBytes(file.bytes)), String(file.layer), code(file.path), esc(file.reason)])));
    body.push(more(analysis.reclaimable.length, shown.length));
    body.push('</section>');
  }

  if (analysis.inefficientFiles.length > 0) {
    body.push('<section id="wasted">\n<h2>Largest wasted files</h2>');
    body.push('<p>Paths found in more than one layer, with the size of all their copies (dive’s count).</p>');
    const shown = analysis.inefficientFiles.slice(0, LIST_LIMIT);
    body.push(table('wasted', [{ head: 'copies', num: true }, { head: 'size', num: true }, { head: 'path' }],
      shown.map((file) => [String(file.count), esc(formatBytes(file.sizeBytes)), code(file.path)])));
    body.push(more(analysis.inefficientFiles.length, shown.length));
    body.push('</section>');
  }

  if (ci !== null) {
    body.push(`<section id="ci">\n<h2>CI gates <span class="badge ${ci.pass ? 'pass' : 'fail'}">${ci.pass ? 'PASS' : 'FAIL'}</span></h2>`);
    body.push(table('gates', [{ head: 'gate' }, { head: 'status', tight: true }, { head: 'threshold', num: true }, { head: 'value', num: true }],
      ci.gates.map((gate) => [
        code(gate.name),
        `<span class="badge ${gate.status}">${gate.status.toUpperCase()}</span>`,
        esc(gate.threshold === null ? 'disabled' : gateValue(gate.name, gate.threshold)),
        esc(gateValue(gate.name, gate.value)),
      ])));
    body.push('</section>');
  }
  return page(`whale image: ${analysis.reference}`, body.join('\n'));
}

// ---------------------------------------------------------------------------------------------------------------
// whale cache

/** A config value for people: strings as they are, anything else as JSON; absent values say so. */
function configValue(value: unknown): string {
  if (value === undefined || value === null) return '(not set)';
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
}

function layerState(layer: CacheLayer): string {
  return `${layer.reused ? 'reused' : 'rebuilt'}${layer.base ? ' (base image)' : ''}`;
}

function dockerfileAt(report: CacheReport, line: number | null): string {
  if (line === null) return report.dockerfile === null ? 'no --dockerfile given' : 'not found in the Dockerfile';
  return `${report.dockerfile ?? 'Dockerfile'}:${line}`;
}

function side(label: string, build: CacheReport['old']): Stat {
  return {
    label,
    value: code(build.reference),
    note: esc(`${build.layers} layer${build.layers === 1 ? '' : 's'}, ${formatBytes(build.sizeBytes)} · ${build.digest ?? build.configDigest}`),
    wide: true,
  };
}

function configKeyRows(keys: ChangedConfigKey[]): string[][] {
  return keys.map((key) => [code(key.key), code(configValue(key.old)), code(configValue(key.new))]);
}

export function formatCacheHtml(report: CacheReport): string {
  const body: string[] = [];
  const rebuilt = report.layers.filter((layer) => !layer.reused).length;
  body.push('<header>\n<h1>Cache report</h1>');
  body.push(`<p class="meta">${code(report.old.reference)} → ${code(report.new.reference)}</p>`);
  body.push('</header>');
  if (report.warnings.length > 0) {
    body.push(`<aside class="warnings" id="warnings">\n<strong>Warning${report.warnings.length === 1 ? '' : 's'}</strong>\n<ul>\n${report.warnings.map((w) => `<li>${esc(w)}</li>`).join('\n')}\n</ul>\n</aside>`);
  }

  const first = report.firstRebuiltLayer;
  body.push(stats([
    side('Old build', report.old),
    side('New build', report.new),
    {
      label: 'First rebuilt layer',
      value: first === null ? 'none' : esc(`#${first}`),
      note: first === null ? (report.configOnly ? 'same layers, the config differs' : 'every layer was reused') : esc(`of ${report.layers.length} layers`),
    },
    { label: 'Rebuilt', value: esc(formatBytes(report.rebuiltBytes)), note: esc(`${rebuilt} layer${rebuilt === 1 ? '' : 's'} built and pushed again`) },
    { label: 'Reused layers', value: esc(String(report.reusedLayers)), note: esc(`of ${report.layers.length}, taken from the cache`) },
    { label: 'Dockerfile line', value: esc(report.dockerfileLine === null ? 'n/a' : String(report.dockerfileLine)), note: esc(dockerfileAt(report, report.dockerfileLine)) },
    { label: 'Instruction that missed the cache', value: report.instruction === null ? 'none' : code(report.source ?? report.instruction), wide: true },
    { label: 'Cause', value: `<span class="badge ${report.cause.kind === 'none' ? 'kept' : 'wasted'}">${esc(report.cause.kind)}</span> ${esc(report.cause.summary)}`, wide: true },
  ]));

  body.push('<section id="layers">\n<h2>Layers of the new build</h2>');
  body.push('<figure>');
  body.push(chart('cache-chart', 'Layers of the new build: reused from the cache or rebuilt', [
    { name: 'reused from the cache', color: HTML_COLORS.kept, key: 'reused' },
    { name: 'rebuilt', color: HTML_COLORS.wasted, key: 'rebuilt' },
  ], report.layers.map((layer) => {
    const size = formatBytes(layer.sizeBytes);
    return {
      index: layer.index,
      label: `${layer.base ? 'base ' : ''}#${layer.index}`,
      total: layer.sizeBytes,
      second: layer.reused ? 0 : layer.sizeBytes,
      text: `${size} ${layer.reused ? 'reused' : 'rebuilt'}${layer.index === first ? ' ← cache miss' : ''}`,
      title: `Layer ${layer.index}: ${size}, ${layerState(layer)}\n${layer.source ?? layer.instruction ?? '(no history)'}`,
    };
  })));
  body.push('<figcaption>One bar per layer of the new build, oldest first, scaled to the largest layer.</figcaption>\n</figure>');
  body.push(table('layers', [{ head: '#', num: true }, { head: 'size', num: true }, { head: 'cache', tight: true }, { head: 'line', num: true }, { head: 'instruction' }],
    report.layers.map((layer) => [
      String(layer.index),
      esc(formatBytes(layer.sizeBytes)),
      `<span class="badge ${layer.reused ? 'kept' : 'wasted'}">${esc(layerState(layer))}</span>`,
      layer.dockerfileLine === null ? '' : String(layer.dockerfileLine),
      code(layer.source ?? layer.instruction ?? '(no history)'),
    ])));
  body.push('</section>');

  const cause = report.cause;
  const details: string[] = [];
  if (cause.oldInstruction !== undefined || cause.newInstruction !== undefined) {
    details.push('<h3>Instruction</h3>');
    details.push(table('instructions', [{ head: 'build', tight: true }, { head: 'instruction' }], [
      ['old', code(cause.oldInstruction ?? '(none)')],
      ['new', code(cause.newInstruction ?? '(none)')],
    ]));
  }
  if (cause.buildArgs !== undefined && cause.buildArgs.length > 0) {
    details.push('<h3>Build arguments</h3>');
    details.push(table('build-args', [{ head: 'argument' }, { head: 'old' }, { head: 'new' }],
      cause.buildArgs.map((arg) => [code(arg.name), code(arg.old ?? '(not set)'), code(arg.new ?? '(not set)')])));
  }
  if (cause.configKeys !== undefined && cause.configKeys.length > 0) {
    details.push('<h3>Config keys</h3>');
    details.push(table('config-keys', [{ head: 'key' }, { head: 'old' }, { head: 'new' }], configKeyRows(cause.configKeys)));
  }
  // Base layer counts are known only with --dockerfile; a table of "unknown" says nothing.
  if (typeof cause.oldBaseLayers === 'number' || typeof cause.newBaseLayers === 'number') {
    const layers = (n: number | null | undefined): string => (n === null || n === undefined ? 'unknown' : String(n));
    details.push('<h3>Base image</h3>');
    details.push(table('base-layers', [{ head: 'build', tight: true }, { head: 'base image layers', num: true }], [
      ['old', esc(layers(cause.oldBaseLayers))],
      ['new', esc(layers(cause.newBaseLayers))],
    ]));
  }
  if (details.length > 0) {
    body.push('<section id="cause">\n<h2>Why the cache missed</h2>');
    body.push(`<p><span class="badge ${cause.kind === 'none' ? 'kept' : 'wasted'}">${esc(cause.kind)}</span> ${esc(cause.summary)}</p>`);
    body.push(...details);
    body.push('</section>');
  }

  body.push('<section id="changed-files">\n<h2>Changed files in the first rebuilt layer</h2>');
  if (report.changedFiles.length === 0) {
    // Files are compared only when both builds made the layer with the same instruction.
    const compared = report.cause.kind === 'files' || report.cause.kind === 'none' || report.cause.kind === 'build-arg';
    const why = report.firstRebuiltLayer === null ? 'No layer was rebuilt.'
      : compared ? 'No file differs.' : 'Files not compared: the two builds made this layer with different instructions.';
    body.push(`<p class="more">${why}</p>`);
  } else {
    const shown = report.changedFiles.slice(0, LIST_LIMIT);
    body.push(table('changed-files', [{ head: 'change', tight: true }, { head: 'size', num: true }, { head: 'path' }, { head: 'entry' }],
      shown.map((file) => [esc(file.change), esc(formatBytes(file.sizeBytes)), code(file.path), esc([file.type ?? 'file', ...(file.attributes ?? [])].join(', '))])));
    body.push(more(report.changedFiles.length, shown.length));
  }
  body.push('</section>');
  return page(`whale cache: ${report.old.reference} → ${report.new.reference}`, body.join('\n'));
}
