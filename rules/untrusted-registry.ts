import { defineRule } from '../src/lint/rule';

const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** `*` matches any run of characters (`*.example.com`, `registry.example.com:*`, `*`); case-insensitive. */
function matches(pattern: string, registry: string): boolean {
  const normal = normalize(pattern.trim());
  if (!normal.includes('*')) return normal === registry;
  const source = normal.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(registry);
}

function normalize(registry: string): string {
  const lower = registry.toLowerCase();
  return DOCKER_HUB_HOSTS.has(lower) ? 'docker.io' : lower;
}

export default defineRule({
  id: 'untrusted-registry',
  aliases: ['DL3026'],
  severity: 'error',
  category: 'security',
  enabledByDefault: false,
  options: {
    trustedRegistries: {
      type: 'string[]',
      default: [],
      description: 'Registries images may come from (`docker.io`, `ghcr.io`, `*.example.com`; `*` matches any characters). An image without a registry is from `docker.io`.',
    },
  },
  docs: {
    summary: 'FROM an image of a registry that is not in the trusted registries',
    details: `Flags a \`FROM\` whose image (ARG values substituted) comes from a registry that the
\`trustedRegistries\` option does not list. An image without a registry (\`python:3.12\`,
\`myorg/app\`) comes from Docker Hub, \`docker.io\`; \`index.docker.io\` and \`registry-1.docker.io\` are the
same registry. Entries may hold \`*\` wildcards: \`*.example.com\` trusts every host under example.com.`,
    why: `A base image runs its code in every build and ships in every image. A team that pulls only from
registries it controls or vets (a mirror, its own registry) keeps a typo-squatted or compromised image
out; one FROM that slips past the list undoes that.`,
    bad: `FROM python:3.12-slim
RUN pip install --no-cache-dir flask==3.0.3`,
    good: `FROM registry.example.com/python:3.12-slim AS build
FROM build
RUN pip install --no-cache-dir flask==3.0.3`,
    notes: `Off until configured: it needs \`trustedRegistries\` (hadolint's \`trustedRegistries\`), and stays
quiet while the list is empty. Not reported: \`FROM scratch\`, \`FROM\` an earlier stage, and an image whose
reference holds a variable with no value in the Dockerfile (\`FROM \${BASE}\`: it is chosen at build time).
Registries are compared with their port (\`localhost:5000\`). Images used by \`COPY --from\` and
\`RUN --mount=from=\` are not checked, as in hadolint.`,
    exampleOptions: { trustedRegistries: ['registry.example.com'] },
  },
  check({ file, options, report }) {
    const trusted = options['trustedRegistries'];
    if (!Array.isArray(trusted) || trusted.length === 0) return;
    for (const stage of file.stages) {
      const image = stage.image;
      if (!image || stage.scratch || stage.parent || image.unresolved) continue;
      const registry = normalize(image.registry ?? 'docker.io');
      if (trusted.some((pattern) => matches(pattern, registry))) continue;
      report({ message: `image "${image.resolved}" is from ${registry}, which is not a trusted registry`, range: image.range });
    }
  },
});
