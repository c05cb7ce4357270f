// `whale cache --format json`: version 1 of the cache report. The summary keys come first; the per-layer list
// and the warnings follow.
import type { CacheReport } from '../image/cache-report';

export function formatCacheJson(report: CacheReport): string {
  const { old, new: next, layers, dockerfile, ...rest } = report;
  return JSON.stringify({
    version: 1,
    old,
    new: next,
    firstRebuiltLayer: rest.firstRebuiltLayer,
    instruction: rest.instruction,
    source: rest.source,
    configOnly: rest.configOnly,
    cause: rest.cause,
    changedFiles: rest.changedFiles,
    rebuiltBytes: rest.rebuiltBytes,
    reusedLayers: rest.reusedLayers,
    dockerfileLine: rest.dockerfileLine,
    dockerfile,
    layers,
    warnings: rest.warnings,
  }, null, 2) + '\n';
}
