// `--format json`: one document for all files. Lines and columns are 1-based; endColumn is exclusive.
import type { FileResult } from '../lint/lint-files';
import type { Evidence, Finding } from '../lint/rule';

export function formatJson(results: readonly FileResult[], fixable: (rule: string) => boolean): string {
  return JSON.stringify({
    version: 1,
    results: results.map((result) => ({
      file: result.file,
      findings: result.findings.map((finding) => jsonFinding(finding, fixable(finding.rule))),
      error: result.error,
      ...(result.output !== undefined ? { output: result.output } : {}),
    })),
  }, null, 2) + '\n';
}

function jsonFinding(finding: Finding, fixable: boolean) {
  return {
    rule: finding.rule,
    aliases: finding.aliases,
    severity: finding.severity,
    message: finding.message,
    line: finding.range.start.line + 1,
    column: finding.range.start.character + 1,
    endLine: finding.range.end.line + 1,
    endColumn: finding.range.end.character + 1,
    fixable: fixable && finding.fix !== undefined,
    // `whale lint --image`: what the image built from the Dockerfile shows (layer, bytes, paths, message).
    ...(finding.evidence ? { evidence: jsonEvidence(finding.evidence) } : {}),
  };
}

function jsonEvidence(evidence: Evidence) {
  return {
    layer: evidence.layer,
    bytes: evidence.bytes,
    paths: evidence.paths ?? [],
    message: evidence.message,
    contradicted: evidence.contradicted === true,
  };
}
