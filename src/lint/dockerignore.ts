// The `.dockerignore` of a build: which context paths Docker leaves out. Docker's rules: one pattern a line,
// `#` comments, `!` for exceptions, the last matching pattern wins, a leading `/` means the context root (as
// does no `/`), `*` and `?` stay within one path component, `**` spans any number of them, and a path is
// excluded when it or one of its parent directories matches.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';

export interface IgnorePattern {
  /** The pattern as cleaned by Docker (no `!`, no leading `/`). */
  pattern: string;
  exclusion: boolean;
  regexp: RegExp;
}

export interface DockerIgnore {
  /** The file read. */
  path: string;
  patterns: IgnorePattern[];
}

function toRegExp(pattern: string): RegExp {
  let out = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        out += i + 1 >= pattern.length ? '.*' : '(.*/)?';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '\\' && i + 1 < pattern.length) {
      out += pattern[i + 1]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      i++;
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('^')) body = '^' + body.slice(1);
        else if (body.startsWith('!')) body = '^' + body.slice(1);
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(out + '$');
}

/** Docker's reading of an ignore file's text. */
export function parseDockerIgnore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    let line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    let exclusion = false;
    if (line.startsWith('!')) {
      exclusion = true;
      line = line.slice(1).trim();
    }
    if (line === '') continue;
    let pattern = posix.normalize(line.replace(/\\/g, '/'));
    if (pattern.length > 1 && pattern.endsWith('/')) pattern = pattern.slice(0, -1);
    if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.replace(/^\/+/, '');
    if (pattern === '') continue;
    patterns.push({ pattern, exclusion, regexp: toRegExp(pattern) });
  }
  return patterns;
}

/** True when `path` (relative to the context, `/`-separated) is excluded: it or a parent matches, last match wins. */
export function isIgnored(patterns: readonly IgnorePattern[], path: string): boolean {
  const clean = posix.normalize(path.replace(/\\/g, '/')).replace(/^\/+/, '').replace(/\/+$/, '');
  if (clean === '' || clean === '.') return false;
  const parts = clean.split('/');
  let ignored = false;
  for (const p of patterns) {
    let match = p.regexp.test(clean);
    for (let i = 1; !match && i < parts.length; i++) match = p.regexp.test(parts.slice(0, i).join('/'));
    if (match) ignored = !p.exclusion;
  }
  return ignored;
}

/**
 * The ignore file Docker uses for the Dockerfile at `dockerfilePath`: `<Dockerfile>.dockerignore` next to it,
 * else `.dockerignore` in its directory (the context when the Dockerfile sits at its root). Null when none exists.
 */
export function readDockerIgnore(dockerfilePath: string): DockerIgnore | null {
  const dir = dirname(dockerfilePath);
  for (const candidate of [join(dir, `${basename(dockerfilePath)}.dockerignore`), join(dir, '.dockerignore')]) {
    try {
      if (!existsSync(candidate)) continue;
      return { path: candidate, patterns: parseDockerIgnore(readFileSync(candidate, 'utf8')) };
    } catch {
      continue;
    }
  }
  return null;
}
