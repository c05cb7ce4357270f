// Paths on the command line -> the Dockerfiles to lint. Directories are walked (skipping .git and
// node_modules); globs are expanded; plain files are taken as given, whatever their name.
import { readdirSync, statSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { lazy } from '../lazy';
import { UsageError } from '../errors';
import { describeIoError } from '../errors';

const tinyglobby = lazy<typeof import('tinyglobby')>('tinyglobby');

const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.hg', '.svn']);
// `Dockerfile`, `Dockerfile.dev`, `api.Dockerfile`, `api-Dockerfile`, `build__Dockerfile`, `Containerfile`...
const DOCKERFILE_NAME = /^(.*[._-])?(dockerfile|containerfile)(\.[A-Za-z0-9_.-]+)?$/i;
// ...but not the files that sit beside them, nor source code about them (`dockerfile.go`, `test_dockerfile.py`).
const NOT_A_DOCKERFILE = /\.(dockerignore|md|txt|json|ya?ml|toml|sh|template|tmpl|j2|jinja2?|orig|rej|bak|swp|patch|diff|html|erb|mustache|go|py|js|mjs|cjs|ts|rs|java|rb|php|c|h|cc|cpp|cs|kt|swift|pl|lua|ex|exs)$/i;

export function isDockerfileName(name: string): boolean {
  return DOCKERFILE_NAME.test(name) && !NOT_A_DOCKERFILE.test(name);
}


export function discover(paths: readonly string[]): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const path of paths) {
    if (path === '-') {
      add('-');
      continue;
    }
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      if (tinyglobby().isDynamicPattern(path)) {
        // Like a shell, `*` does not match dot files; skipped folders stay skipped.
        const matches = tinyglobby().globSync(path, { absolute: isAbsolute(path), expandDirectories: false, onlyFiles: false })
          .filter((match) => !match.split(/[\\/]/).some((part) => SKIPPED_FOLDERS.has(part)))
          .sort();
        if (matches.length === 0) throw new UsageError(`${path}: no file matches this pattern`);
        for (const match of matches) {
          if (statSync(match).isDirectory()) walk(match, add);
          else if (isDockerfileName(basename(match))) add(match);
        }
        continue;
      }
      throw new UsageError(`${path}: ${describeIoError(error)}`);
    }
    if (stats.isDirectory()) {
      const before = files.length;
      walk(path, add);
      if (files.length === before) throw new UsageError(`${path}: no Dockerfiles found in this directory`);
    } else add(path);
  }
  return files;
}

function walk(folder: string, add: (file: string) => void): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new UsageError(`${folder}: cannot read the directory (${describeIoError(error)})`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(full, add);
    } else if (isDockerfileName(entry.name)) add(full); // not only regular files: a FIFO is reported, not skipped
  }
}
