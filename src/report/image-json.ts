// `whale image --format json`: version 1 of the image report. Ratios that are undefined (no user bytes) are
// null, never NaN (which JSON cannot hold).
import type { ImageAnalysis } from '../image/analysis';
import type { CiResult } from '../image/ci';
import type { ImageCheckResult } from '../image/checks';

export interface ImageReportJson {
  version: 1;
  image: {
    reference: string;
    digest: string | null;
    platform: string | null;
    sizeBytes: number;
    userSizeBytes: number;
    wastedBytes: number;
    wastedUserPercent: number | null;
    efficiency: number | null;
    reclaimableBytes: number;
    files: number;
  };
  layers: Array<{ index: number; digest: string; diffId: string; sizeBytes: number; entries: number; createdBy: string; instruction: string | null }>;
  inefficientFiles: Array<{ path: string; count: number; sizeBytes: number }>;
  reclaimable: Array<{ path: string; bytes: number; reason: string; layer: number }>;
  ci: null | { pass: boolean; gates: Array<{ name: string; status: 'pass' | 'fail' | 'skip'; threshold: number | null; value: number | null }> };
  /** The image checks (setuid files, credentials, root...), above layer 0. */
  checks: Array<{ check: string; severity: string; message: string; path: string | null; layer: number | null; bytes: number | null }>;
}

const ratio = (value: number | null): number | null => (value === null || !Number.isFinite(value) ? null : value);

export function imageReport(analysis: ImageAnalysis, ci: CiResult | null, checks: readonly ImageCheckResult[] = []): ImageReportJson {
  return {
    version: 1,
    image: {
      reference: analysis.reference,
      digest: analysis.digest,
      platform: analysis.platform,
      sizeBytes: analysis.sizeBytes,
      userSizeBytes: analysis.userSizeBytes,
      wastedBytes: analysis.wastedBytes,
      wastedUserPercent: ratio(analysis.wastedUserPercent),
      efficiency: ratio(analysis.efficiency),
      reclaimableBytes: analysis.reclaimableBytes,
      files: analysis.files,
    },
    layers: analysis.layers.map((layer) => ({
      index: layer.index,
      digest: layer.digest,
      diffId: layer.diffId,
      sizeBytes: layer.sizeBytes,
      entries: layer.entries,
      createdBy: layer.createdBy,
      instruction: layer.instruction,
    })),
    inefficientFiles: analysis.inefficientFiles.map(({ path, count, sizeBytes }) => ({ path, count, sizeBytes })),
    reclaimable: analysis.reclaimable.map(({ path, bytes, reason, layer }) => ({ path, bytes, reason, layer })),
    ci: ci === null ? null : {
      pass: ci.pass,
      gates: ci.gates.map(({ name, status, threshold, value }) => ({ name, status, threshold, value: ratio(value) })),
    },
    checks: checks.map(({ check, severity, message, path, layer, bytes }) => ({ check, severity, message, path, layer, bytes })),
  };
}

export function formatImageJson(analysis: ImageAnalysis, ci: CiResult | null, checks: readonly ImageCheckResult[] = []): string {
  return JSON.stringify(imageReport(analysis, ci, checks), null, 2) + '\n';
}
