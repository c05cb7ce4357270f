// Checks of a built image: what its files and its config show, whatever the Dockerfile says. Files are checked
// where the user's layers put them (the layers from `fromLayer` up; the base image is not the user's to fix, and
// a base file a user layer only rewrote keeps the base's layer), in the merged filesystem for setuid/setgid and
// world-writable bits (a file deleted later is not there); credential files and .git directories are reported
// also when a later layer deleted or overwrote them, since their bytes stay in the layer that added them.
import type { Severity } from '../lint/rule';
import { holdsNoSecret, looksSecret } from '../lint/secret-names';
import { MergedTree, type HiddenVersion, type TreeNode } from './filetree';
import { envVariables } from './config';
import type { ImageData, LayerEntry } from './types';

export const IMAGE_CHECKS = {
  'image-setuid-file': { severity: 'warning', summary: 'a file with the setuid or setgid bit' },
  'image-world-writable': { severity: 'warning', summary: 'a file or directory any user may write (sticky directories such as /tmp excepted)' },
  'image-credential-file': { severity: 'warning', summary: 'a file whose name says it holds credentials or a private key' },
  'image-git-directory': { severity: 'warning', summary: 'a .git directory (the repository history, maybe with credentials in its config)' },
  'image-secret-in-env': { severity: 'warning', summary: 'an ENV of the image config whose name says it holds a secret, with a value' },
  'image-runs-as-root': { severity: 'warning', summary: 'the image config runs the container as root' },
  // Off until configured, as hadolint's DL3057: many images are health-checked by their orchestrator instead.
  'image-no-healthcheck': { severity: 'info', summary: 'the image config has no HEALTHCHECK', off: true },
} as const satisfies Record<string, { severity: Severity; summary: string; off?: true }>;

/** Whether each check runs, and at which severity (from `image: checks:` in .whale.yaml). */
export type ImageCheckSettings = ReadonlyMap<string, { enabled: boolean; severity: Severity }>;

/** The checks' own settings: on at their severity, except those off until configured. */
export function defaultCheckSettings(): Map<string, { enabled: boolean; severity: Severity }> {
  return new Map(Object.entries(IMAGE_CHECKS).map(([id, check]) => [id, { enabled: !('off' in check), severity: check.severity }]));
}

export type ImageCheckId = keyof typeof IMAGE_CHECKS;

export interface ImageCheckResult {
  check: ImageCheckId;
  severity: Severity;
  message: string;
  /** The path in the image (absolute), or null for checks of the config. */
  path: string | null;
  /** The layer holding the path's current version, or null. */
  layer: number | null;
  /** The bytes concerned (a .git directory's files, a credential file), or null. */
  bytes: number | null;
  /** image-secret-in-env: the variable's name. */
  env?: string;
}

export interface ImageCheckOptions {
  /** Files are checked where layers from this one up put them. Default 1: all but the base layer. */
  fromLayer?: number;
  /** How messages name a layer, e.g. `layer 3 (line 5: COPY . /app)`. Default `layer 3`. */
  describeLayer?: (layer: number) => string;
  /** Which checks run and their severity; default: defaultCheckSettings(). */
  settings?: ImageCheckSettings;
}

const SETUID = 0o4000;
const SETGID = 0o2000;
const STICKY = 0o1000;
const OTHER_WRITE = 0o002;

// Private keys and credential stores, by name (file contents are never read).
const PRIVATE_KEYS = new Set(['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_ecdsa_sk', 'id_ed25519_sk']);
const CREDENTIAL_NAMES = new Set(['credentials.json', '.netrc', '.pgpass', '.git-credentials', '.pypirc', 'privkey.pem']);
const CREDENTIAL_PATHS = ['.aws/credentials', '.docker/config.json', '.kube/config'];
const ENV_TEMPLATE_SUFFIXES = ['example', 'sample', 'template', 'dist', 'defaults'];
// Packages ship test keys and sample dotfiles: those are not the user's secrets.
const VENDORED = new Set(['node_modules', 'site-packages', 'dist-packages', 'testdata', 'vendor']);
/** Go's own sources and the module cache ship test keys too. */
const VENDORED_PREFIXES = ['usr/local/go/', 'usr/lib/go-', 'usr/share/go-', 'go/pkg/mod/', 'root/go/pkg/mod/'];

/** Paths in tree order: by segment, so that `/app/cache` sorts with `/app`, before `/app-logs`. */
function comparePaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

/** Why a file's name says it holds credentials, or null. */
export function credentialKind(path: string): string | null {
  const parts = path.split('/');
  if (parts.some((part) => VENDORED.has(part)) || VENDORED_PREFIXES.some((prefix) => path.startsWith(prefix))) return null;
  const name = parts[parts.length - 1]!;
  if (PRIVATE_KEYS.has(name)) return 'an SSH private key';
  if (name === 'privkey.pem' || /(^|[._-])key\.pem$/.test(name) || (name.endsWith('.key') && name !== '.key')) return 'a private key';
  if (name === '.env' || (name.startsWith('.env.') && !ENV_TEMPLATE_SUFFIXES.includes(name.slice('.env.'.length)))) return 'an environment file (usually secrets)';
  if (CREDENTIAL_NAMES.has(name) || CREDENTIAL_PATHS.some((tail) => path === tail || path.endsWith(`/${tail}`))) return 'a credentials file';
  return null;
}

/** True when the container runs as root: no user, `root`, uid 0 (with or without a group). */
export function isRootUser(user: string | undefined): boolean {
  const name = (user ?? '').trim().split(':')[0]!;
  return name === '' || name === 'root' || /^0+$/.test(name);
}

export function checkImage(image: ImageData, options: ImageCheckOptions = {}): ImageCheckResult[] {
  const fromLayer = Math.max(0, options.fromLayer ?? 1);
  const describe = options.describeLayer ?? ((layer: number) => `layer ${layer}`);
  const results: ImageCheckResult[] = [];
  const settings = options.settings ?? defaultCheckSettings();
  const add = (check: ImageCheckId, message: string, path: string | null, layer: number | null, bytes: number | null, env?: string): void => {
    const setting = settings.get(check);
    if (setting?.enabled === false) return;
    results.push({ check, severity: setting?.severity ?? IMAGE_CHECKS[check].severity, message, path, layer, bytes, ...(env !== undefined ? { env } : {}) });
  };

  // The merged filesystem, and the tar header (mode, owner) of each path's newest version in the user's layers,
  // with the layer since which its setuid/setgid and world-writable bits have been as they are now: a base image
  // file that a user layer merely rewrote (an upgrade, a file added to a directory, which re-records the
  // directory) keeps the base image's layer, and is not the user's to fix.
  // Versions a later layer deleted or overwrote still ship in their own layer: a secret removed "later" is not.
  const hidden: HiddenVersion[] = [];
  const tree = new MergedTree({ onHidden: (version) => { if (version.layer >= fromLayer && version.type === 'file') hidden.push(version); } });
  const newest = new Map<string, { entry: LayerEntry; layer: number; since: { special: number; writable: number } }>();
  const bitsOf = (entry: LayerEntry) => ({ special: entry.mode & (SETUID | SETGID), writable: entry.mode & OTHER_WRITE });
  const lastSeen = new Map<string, { bits: { special: number; writable: number }; since: { special: number; writable: number } }>();
  for (const layer of image.layers) {
    tree.applyLayer(layer);
    for (const entry of layer.entries) {
      if (entry.path === '' || entry.type === 'opaque') continue;
      if (entry.type === 'whiteout') {
        lastSeen.delete(entry.path);
        continue;
      }
      const bits = bitsOf(entry);
      const before = lastSeen.get(entry.path);
      const since = {
        special: before && before.bits.special === bits.special ? before.since.special : layer.index,
        writable: before && before.bits.writable === bits.writable ? before.since.writable : layer.index,
      };
      lastSeen.set(entry.path, { bits, since });
      if (layer.index >= fromLayer) newest.set(entry.path, { entry, layer: layer.index, since });
    }
  }
  // Present in the final filesystem as that very version: not deleted, not overwritten by a later layer.
  const present = [...newest].filter(([path, { layer }]) => {
    const node = tree.get(path);
    return node !== undefined && !node.implicit && node.layer === layer;
  }).sort(([a], [b]) => comparePaths(a, b));

  for (const [path, { entry, since }] of present) {
    if (entry.type !== 'file' || (entry.mode & (SETUID | SETGID)) === 0 || since.special < fromLayer) continue;
    const layer = since.special;
    const bits = [entry.mode & SETUID ? `setuid (uid ${entry.uid})` : '', entry.mode & SETGID ? `setgid (gid ${entry.gid})` : ''].filter(Boolean).join(' and ');
    add('image-setuid-file', `/${path} is ${bits}: whoever runs it gets those rights; set by ${describe(layer)}`, `/${path}`, layer, entry.size);
  }

  // World-writable paths, reported at the top-most one with a count of those below it.
  const writable: Array<{ path: string; layer: number; below: number; dir: boolean }> = [];
  for (const [path, { entry, since }] of present) {
    if ((entry.type !== 'file' && entry.type !== 'dir') || (entry.mode & OTHER_WRITE) === 0 || since.writable < fromLayer) continue;
    const layer = since.writable;
    if (entry.type === 'dir' && (entry.mode & STICKY) !== 0) continue;
    const top = writable[writable.length - 1];
    if (top?.dir && path.startsWith(`${top.path}/`)) {
      top.below++;
      continue;
    }
    writable.push({ path, layer, below: 0, dir: entry.type === 'dir' });
  }
  for (const { path, layer, below, dir } of writable) {
    const what = `${dir ? 'directory' : 'file'} /${path}${below ? ` (and ${below} path${below === 1 ? '' : 's'} below it)` : ''}`;
    add('image-world-writable', `the ${what} is world-writable: any user of the container may change it; made by ${describe(layer)}`, `/${path}`, layer, null);
  }

  for (const [path, { entry, layer }] of present) {
    if (entry.type !== 'file' && entry.type !== 'hardlink') continue;
    const kind = credentialKind(path);
    if (kind === null) continue;
    add('image-credential-file', `/${path} looks like ${kind}, and anyone who pulls the image can read it; added by ${describe(layer)}`, `/${path}`, layer, entry.size);
  }

  for (const version of hidden) {
    const kind = credentialKind(version.path);
    if (kind === null) continue;
    add('image-credential-file', `/${version.path} looks like ${kind}; ${version.reason === 'overwritten' ? 'overwritten' : 'deleted'} by layer ${version.by}, but its bytes stay in ${describe(version.layer)}, and anyone who pulls the image can extract them`, `/${version.path}`, version.layer, version.size);
  }

  const repositories = [...tree.walk()]
    .filter(([path, node]) => node.name === '.git' && node.type === 'dir' && node.layer >= fromLayer && !path.slice(0, -'.git'.length).includes('.git/'))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [path, node] of repositories) {
    const { bytes, files } = subtree(node);
    add('image-git-directory', `/${path} is a git repository (${files} file${files === 1 ? '' : 's'}, ${bytes} bytes) shipped in the image; added by ${describe(node.layer)}; add .git to .dockerignore`, `/${path}/`, node.layer, bytes);
  }
  // A .git directory deleted by a later layer: its files still ship in the layer that added them.
  const deletedRepositories = new Map<string, { layer: number; by: number; bytes: number; files: number }>();
  for (const version of hidden) {
    const at = version.path.startsWith('.git/') ? 0 : version.path.indexOf('/.git/') + 1;
    if (at === 0 && !version.path.startsWith('.git/')) continue;
    const repository = version.path.slice(0, at + '.git'.length);
    const key = `${repository}\0${version.layer}`;
    const found = deletedRepositories.get(key) ?? { layer: version.layer, by: version.by, bytes: 0, files: 0 };
    found.bytes += version.size;
    found.files++;
    deletedRepositories.set(key, found);
  }
  for (const [key, { layer, by, bytes, files }] of deletedRepositories) {
    const path = key.slice(0, key.indexOf('\0'));
    add('image-git-directory', `/${path} is a git repository (${files} file${files === 1 ? '' : 's'}, ${bytes} bytes) deleted by layer ${by}, but its files stay in ${describe(layer)}; add .git to .dockerignore`, `/${path}/`, layer, bytes);
  }

  const config = image.config.config ?? {};
  for (const [name, value] of envVariables(image.config)) {
    if (!looksSecret(name) || holdsNoSecret('ENV', value)) continue;
    add('image-secret-in-env', `the image config sets ENV ${name} (${value.length} characters): anyone who pulls the image can read it; pass secrets at run time or with a secret mount`, null, null, null, name);
  }
  if (image.config.os !== 'windows' && isRootUser(config.User)) {
    const user = (config.User ?? '').trim();
    add('image-runs-as-root', `the container runs as root (${user === '' ? 'the image config sets no User' : `User is "${user}"`}); add a USER with an unprivileged user`, null, null, null);
  }
  const test = config.Healthcheck?.Test ?? [];
  if (test.length === 0 || test[0] === 'NONE') {
    add('image-no-healthcheck', 'the image config has no HEALTHCHECK: nothing tells the engine whether the container works; add a HEALTHCHECK, or rely on your orchestrator\'s probes', null, null, null);
  }
  return results;
}

function subtree(top: TreeNode): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const stack = [top];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'file' || node.type === 'hardlink') {
      files++;
      bytes += node.size;
    }
    if (node.children) stack.push(...node.children.values());
  }
  return { bytes, files };
}
