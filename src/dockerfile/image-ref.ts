// Splits an image reference into registry, repository, tag and digest (the rules of the distribution
// reference grammar: the first path component is a registry when it has a `.` or `:` or is `localhost`).
import type { ImageRef } from './model';

export interface ParsedReference {
  registry: string | null;
  repository: string;
  tag: string | null;
  digest: string | null;
}

export function parseImageReference(reference: string): ParsedReference {
  let rest = reference;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | null = null;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { registry, repository: rest, tag, digest };
}

/** Docker Hub's official images live under `library/`; `python` and `library/python` are the same. */
export function officialName(repository: string): string {
  return repository.startsWith('library/') ? repository.slice('library/'.length) : repository;
}

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** True for Docker Hub: no registry in the reference, or one of Docker Hub's host names. */
export function onDockerHub(image: Pick<ImageRef, 'registry'>): boolean {
  return image.registry === null || DOCKER_HUB.has(image.registry);
}

/**
 * The official image's name (`python`) when the image is a Docker Hub official image: on Docker Hub (no
 * registry, `docker.io`, `index.docker.io`, `registry-1.docker.io`) with repository `python` or
 * `library/python`. Null for user repositories (`myorg/python`) and other registries (`ghcr.io/me/python`).
 */
export function dockerHubName(image: Pick<ImageRef, 'registry' | 'repository'>): string | null {
  if (!onDockerHub(image)) return null;
  const repository = officialName(image.repository);
  return repository.includes('/') ? null : repository;
}
