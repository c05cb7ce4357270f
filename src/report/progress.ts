// A one-line progress bar on standard error while layers are read. Only on a terminal: in a pipe, a CI log or
// a file, carriage returns would just be noise. Redrawn at most every 100 ms; `done` erases the line.
import type { Progress } from '../image/types';
import { formatBytes } from './image-tty';

export interface ProgressBar {
  update(progress: Progress): void;
  done(): void;
}

const NONE: ProgressBar = { update: () => {}, done: () => {} };
const REDRAW_MS = 100;

export function progressBar(stream: NodeJS.WriteStream = process.stderr, enabled = true): ProgressBar {
  if (!enabled || stream.isTTY !== true) return NONE;
  let last = 0;
  let drawn = false;
  return {
    update(progress) {
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      stream.write(`\r${progressLine(progress, stream.columns || 80)}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}

/** `reading layer 3/12 [#######.......]  48%  120 MB / 250 MB`, fitted to the terminal's width. */
export function progressLine(progress: Progress, columns: number): string {
  // Some sources do not know the layer count up front (0): then only the current layer is shown.
  const layer = progress.layers > 0
    ? `reading layer ${Math.min(progress.layer + 1, progress.layers)}/${progress.layers}`
    : `reading layer ${progress.layer + 1}`;
  if (progress.totalBytes === null || progress.totalBytes <= 0) return `${layer}  ${formatBytes(progress.bytes)}`.slice(0, columns - 1);
  const ratio = Math.min(1, progress.bytes / progress.totalBytes);
  const tail = `${String(Math.floor(ratio * 100)).padStart(3)}%  ${formatBytes(progress.bytes)} / ${formatBytes(progress.totalBytes)}`;
  const width = Math.max(0, Math.min(40, columns - layer.length - tail.length - 6));
  const filled = Math.round(ratio * width);
  const bar = width > 0 ? ` [${'#'.repeat(filled)}${'.'.repeat(width - filled)}]` : '';
  return `${layer}${bar} ${tail}`.slice(0, columns - 1);
}
