// `whale cache` for people: which instruction missed the cache and why, what the rebuild cost, then the new
// build's layers marked reused or rebuilt.
import { lazy } from '../lazy';
import type { CacheReport, ChangedFile } from '../image/cache-report';
import { compact, formatBytes, oneLine, plain, sizeBar } from './image-tty';

const Table = lazy<typeof import('cli-table3')>('cli-table3');

const CHANGED_FILES_SHOWN = 20;

function at(report: CacheReport, line: number | null): string {
  return line === null ? '' : ` (${report.dockerfile ?? 'Dockerfile'}:${line})`;
}

/** `modified`, `added (whiteout)`, `metadata (mode, uid)`. */
export function changeText(file: ChangedFile): string {
  const notes = [...(file.type ? [file.type] : []), ...(file.attributes ?? [])];
  return notes.length > 0 ? `${file.change} (${notes.join(', ')})` : file.change;
}

export function formatCacheTty(report: CacheReport, options: { columns?: number } = {}): string {
  const columns = Math.max(60, options.columns ?? 120);
  const out: string[] = [`Old  ${report.old.reference}  ${report.old.digest ?? report.old.configDigest}`, `New  ${report.new.reference}  ${report.new.digest ?? report.new.configDigest}`, ''];
  const { cause } = report;

  if (report.firstRebuiltLayer !== null) {
    out.push(`First rebuilt layer: ${report.firstRebuiltLayer} of ${report.layers.length}: ${oneLine(report.source ?? report.instruction ?? '(no history)', columns - 30)}${at(report, report.dockerfileLine)}`);
  } else if (report.configOnly) {
    out.push(`Every layer was reused; only the config changed${at(report, report.dockerfileLine)}`);
  } else {
    out.push('No layer was rebuilt');
  }
  out.push(`Cause (${cause.kind}): ${cause.summary}`);
  for (const arg of cause.buildArgs ?? []) out.push(`  --build-arg ${arg.name}: ${arg.old ?? '(unset)'} -> ${arg.new ?? '(unset)'}`);
  for (const key of cause.configKeys ?? []) out.push(`  ${key.key}: ${JSON.stringify(key.old)} -> ${JSON.stringify(key.new)}`);
  if (cause.oldInstruction !== undefined || cause.newInstruction !== undefined) {
    out.push(`  old: ${cause.oldInstruction ?? '(none)'}`, `  new: ${cause.newInstruction ?? '(none)'}`);
  }
  if (report.changedFiles.length > 0) {
    out.push('', `Changed files in layer ${report.firstRebuiltLayer}`);
    const files = new (Table())({ head: ['change', 'size', 'path'], style: plain, chars: compact, colAligns: ['left', 'right', 'left'] });
    for (const file of report.changedFiles.slice(0, CHANGED_FILES_SHOWN)) {
      files.push([changeText(file), formatBytes(file.sizeBytes), oneLine(file.path, columns - 30)]);
    }
    out.push(files.toString());
    if (report.changedFiles.length > CHANGED_FILES_SHOWN) out.push(`… and ${report.changedFiles.length - CHANGED_FILES_SHOWN} more`);
  }
  const rebuilt = report.layers.length - report.reusedLayers;
  out.push('', `Rebuilt: ${formatBytes(report.rebuiltBytes)} in ${rebuilt} layer${rebuilt === 1 ? '' : 's'}; reused: ${report.reusedLayers} layer${report.reusedLayers === 1 ? '' : 's'}`, '');

  const largest = report.layers.reduce((max, layer) => Math.max(max, layer.sizeBytes), 0);
  const table = new (Table())({ head: ['#', 'size', '', 'cache', 'line', 'instruction'], style: plain, chars: compact, colAligns: ['right', 'right', 'left', 'left', 'right', 'left'] });
  for (const layer of report.layers) {
    table.push([
      String(layer.index), formatBytes(layer.sizeBytes), sizeBar(layer.sizeBytes, largest),
      layer.reused ? 'reused' : 'REBUILT', layer.dockerfileLine === null ? '' : String(layer.dockerfileLine),
      oneLine(layer.source ?? layer.instruction ?? '(no history)', Math.max(20, columns - 60)) + (layer.base ? ' (base image)' : ''),
    ]);
  }
  out.push('Layers of the new build', table.toString(), '');
  for (const warning of report.warnings) out.push(`Warning: ${warning}`, '');
  return out.join('\n');
}
