// `whale image` for people: the image summary, one row per layer (size, a bar relative to the largest layer,
// the instruction), the largest wasted files as dive counts them, what whale finds reclaimable, and the CI gates.
import { lazy } from '../lazy';
import type { ImageAnalysis, LayerAnalysis } from '../image/analysis';
import type { CiResult, GateName } from '../image/ci';
import type { ImageCheckResult } from '../image/checks';

const Table = lazy<typeof import('cli-table3')>('cli-table3');

export interface ImageTtyOptions {
  /** Terminal width, to fit the instruction column. */
  columns?: number;
  /** Rows shown in the wasted and reclaimable lists. */
  limit?: number;
  /** The image checks, listed after the CI gates. */
  checks?: readonly ImageCheckResult[];
}

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** SI units, as dive prints sizes and parses `highestWastedBytes`: 1 kB = 1000 B. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return String(bytes);
  if (Math.abs(bytes) < 1000) return `${bytes} B`;
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 999.95 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ${UNITS[unit]}`;
}

export function formatPercent(ratio: number | null): string {
  return ratio === null || !Number.isFinite(ratio) ? 'n/a' : `${(ratio * 100).toFixed(2)} %`;
}

const BAR_WIDTH = 16;

export function sizeBar(size: number, largest: number, width = BAR_WIDTH): string {
  if (largest <= 0) return ' '.repeat(width);
  // Any non-empty layer gets at least one cell, so it never looks empty next to a huge one.
  const cells = size <= 0 ? 0 : Math.max(1, Math.round((size / largest) * width));
  return '█'.repeat(cells) + ' '.repeat(width - cells);
}

export function oneLine(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(1, width - 1))}…`;
}

export const plain = { head: [] as string[], border: [] as string[] };
// No line between rows: a layer list reads as a list, not a grid.
export const compact = { 'mid': '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
// The summary is a plain two-column list.
const bare = {
  'top': '', 'top-mid': '', 'top-left': '', 'top-right': '', 'bottom': '', 'bottom-mid': '', 'bottom-left': '',
  'bottom-right': '', 'left': '', 'left-mid': '', 'mid': '', 'mid-mid': '', 'right': '', 'right-mid': '', 'middle': '',
};

/** A gate's threshold or value: bytes, a ratio with four decimals, or a percentage. */
export function gateValue(name: GateName, value: number | null): string {
  if (value === null) return 'n/a';
  return name === 'highestWastedBytes' ? formatBytes(value) : name === 'lowestEfficiency' ? value.toFixed(4) : formatPercent(value);
}

/** What the layer's history says made it. */
export function layerInstruction(layer: Pick<LayerAnalysis, 'instruction' | 'createdBy'>): string {
  return layer.instruction ?? (layer.createdBy === '' ? '(no history)' : layer.createdBy);
}

export function formatImageTty(analysis: ImageAnalysis, ci: CiResult | null, options: ImageTtyOptions = {}): string {
  const columns = Math.max(60, options.columns ?? 120);
  const limit = options.limit ?? 10;
  const out: string[] = [];

  const summary = new (Table())({ style: { ...plain, 'padding-left': 0 }, chars: bare });
  summary.push(
    ['Image', analysis.reference],
    ['Digest', analysis.digest ?? 'unknown'],
    ['Platform', analysis.platform ?? 'unknown'],
    ['Total size', `${formatBytes(analysis.sizeBytes)} in ${analysis.layers.length} layer${analysis.layers.length === 1 ? '' : 's'}, ${analysis.files} files`],
    ['User size', `${formatBytes(analysis.userSizeBytes)} (all layers but the first)`],
    ['Efficiency', formatPercent(analysis.efficiency)],
    ['Wasted', `${formatBytes(analysis.wastedBytes)} (${formatPercent(analysis.wastedUserPercent)} of the user size; dive's count: every copy)`],
    ['Reclaimable', `${formatBytes(analysis.reclaimableBytes)} (what removing the hidden copies would save)`],
  );
  out.push(summary.toString().split('\n').map((line) => line.trimEnd()).join('\n'), '');

  const largest = analysis.layers.reduce((max, layer) => Math.max(max, layer.sizeBytes), 0);
  // index + size + bar + borders/padding take about 42 columns; the instruction gets the rest.
  const instructionWidth = Math.max(20, columns - 44);
  const layers = new (Table())({ head: ['#', 'size', '', 'instruction'], style: plain, chars: compact, colAligns: ['right', 'right', 'left', 'left'] });
  for (const layer of analysis.layers) {
    const instruction = layerInstruction(layer);
    layers.push([String(layer.index), formatBytes(layer.sizeBytes), sizeBar(layer.sizeBytes, largest), oneLine(instruction, instructionWidth)]);
  }
  out.push('Layers', layers.toString(), '');

  const pathWidth = Math.max(20, columns - 40);
  if (analysis.inefficientFiles.length > 0) {
    const wasted = new (Table())({ head: ['count', 'size', 'path'], style: plain, chars: compact, colAligns: ['right', 'right', 'left'] });
    for (const file of analysis.inefficientFiles.slice(0, limit)) wasted.push([String(file.count), formatBytes(file.sizeBytes), oneLine(file.path, pathWidth)]);
    out.push('Largest wasted files (all copies of each path)', wasted.toString());
    if (analysis.inefficientFiles.length > limit) out.push(`… and ${analysis.inefficientFiles.length - limit} more`);
    out.push('');
  }

  if (analysis.reclaimable.length > 0) {
    const reclaimable = new (Table())({ head: ['size', 'layer', 'path', 'reason'], style: plain, chars: compact, colAligns: ['right', 'right', 'left', 'left'] });
    for (const file of analysis.reclaimable.slice(0, limit)) {
      reclaimable.push([formatBytes(file.bytes), String(file.layer), oneLine(file.path, Math.max(20, pathWidth - 30)), file.reason]);
    }
    out.push('Reclaimable', reclaimable.toString());
    if (analysis.reclaimable.length > limit) out.push(`… and ${analysis.reclaimable.length - limit} more`);
    out.push('');
  }

  if (ci !== null) {
    const gates = new (Table())({ head: ['gate', 'status', 'threshold', 'value'], style: plain, chars: compact });
    for (const gate of ci.gates) {
      gates.push([gate.name, gate.status.toUpperCase(), gate.threshold === null ? 'disabled' : gateValue(gate.name, gate.threshold), gateValue(gate.name, gate.value)]);
    }
    out.push(`CI: ${ci.pass ? 'PASS' : 'FAIL'}`, gates.toString(), '');
  }

  const checks = options.checks ?? [];
  if (checks.length > 0) {
    const table = new (Table())({ head: ['severity', 'check', 'finding'], style: plain, chars: compact });
    for (const check of checks.slice(0, limit)) table.push([check.severity, check.check, oneLine(check.message, Math.max(30, columns - 45))]);
    out.push('Checks', table.toString());
    if (checks.length > limit) out.push(`… and ${checks.length - limit} more`);
    out.push('');
  }
  return out.join('\n');
}
