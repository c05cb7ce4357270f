// The human format: findings grouped by file, each with the offending line and a caret under the range.
// Colour only when writing to a terminal, and never when NO_COLOR is set or --no-color is given.
import type { FileResult } from '../lint/lint-files';
import type { Severity } from '../lint/rule';

const COLORS: Record<Severity | 'dim' | 'bold' | 'reset', string> = {
  error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', style: '\x1b[35m',
  dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m',
};

export function formatTty(results: readonly FileResult[], color: boolean): string {
  const paint = (what: keyof typeof COLORS, text: string) => (color ? COLORS[what] + text + COLORS.reset : text);
  const out: string[] = [];
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0, style: 0 };
  for (const result of results) {
    if (result.error) {
      out.push(`${paint('bold', result.file)}: ${paint('error', 'error')} ${result.error}`, '');
      continue;
    }
    if (result.findings.length === 0) continue;
    out.push(paint('bold', result.file));
    const lines = result.text?.split(/\r?\n|\r/) ?? [];
    for (const finding of result.findings) {
      totals[finding.severity]++;
      const { start, end } = finding.range;
      const where = `${start.line + 1}:${start.character + 1}`;
      out.push(`  ${paint('dim', where.padEnd(7))} ${paint(finding.severity, finding.severity.padEnd(7))} ${finding.message}  ${paint('dim', finding.rule)}`);
      const source = lines[start.line];
      if (source !== undefined && source.trim() !== '') {
        const shown = source.replace(/\t/g, ' ');
        const width = end.line === start.line ? Math.max(1, end.character - start.character) : Math.max(1, shown.length - start.character);
        out.push(`  ${paint('dim', '|')} ${shown}`);
        out.push(`  ${paint('dim', '|')} ${' '.repeat(start.character)}${paint(finding.severity, '^'.repeat(width))}`);
      }
      // `whale lint --image`: what the image shows, on its own line below a Dockerfile's finding. (The image
      // checks, reported against the image itself, say their path and layer in the message.)
      if (finding.evidence && result.text !== null) {
        const { message, contradicted } = finding.evidence;
        out.push(`  ${' '.repeat(7)} ${paint('dim', 'image:')} ${contradicted ? paint('bold', message) : message}`);
      }
    }
    out.push('');
  }
  const fixed = results.reduce((n, r) => n + (r.fixed ?? 0), 0);
  if (fixed > 0) out.push(`fixed ${fixed} finding${fixed === 1 ? '' : 's'}`);
  const count = totals.error + totals.warning + totals.info + totals.style;
  if (count > 0) {
    const plural = (severity: Severity, n: number) => (n === 1 || severity === 'info' || severity === 'style' ? severity : `${severity}s`);
    const parts = (Object.keys(totals) as Severity[]).filter((s) => totals[s] > 0).map((s) => `${totals[s]} ${plural(s, totals[s])}`);
    out.push(`${count} finding${count === 1 ? '' : 's'} (${parts.join(', ')}) in ${results.filter((r) => r.findings.length).length} of ${results.length} file${results.length === 1 ? '' : 's'}`);
  }
  return out.length ? out.join('\n') + '\n' : '';
}
