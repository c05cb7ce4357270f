// Splits an image reference into registry, repository, tag and digest (the rules of the distribution
// reference grammar: the first path component is a registry when it has a `.` or `:` or is `localhost`).

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
