// Which ARG/ENV names look like they hold a secret, and which values hold none: shared by the
// `secret-in-arg-or-env` rule (the Dockerfile) and the image check for secrets in the image's ENV.

// BuildKit's SecretsUsedInArgOrEnv: a name is suspicious when one of its `_`-separated parts is one of these
// tokens (case-insensitive), unless a part is `public`.
const SECRET_TOKENS = new Set(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token']);
const ALLOW_TOKENS = new Set(['public']);
// Beyond BuildKit: a GPG key is a public key (its fingerprint, to verify downloads), and a name ending in one of
// these describes a secret without holding it (`POSTGRES_PASSWORD_FILE`, `DOCKER_AUTH_VERSION`).
const PUBLIC_PARTS = new Set(['gpg', 'pgp']);
const DESCRIPTIVE_LAST_PARTS = new Set(['file', 'path', 'dir', 'version', 'url']);

export function looksSecret(name: string): boolean {
  const parts = name.toLowerCase().split('_');
  if (parts.some((part) => ALLOW_TOKENS.has(part) || PUBLIC_PARTS.has(part))) return false;
  if (parts.length > 1 && DESCRIPTIVE_LAST_PARTS.has(parts[parts.length - 1]!)) return false;
  return parts.some((part) => SECRET_TOKENS.has(part));
}

// Extensions of files that hold keys and certificates: a value that is a path to such a file names where the
// secret is, it does not hold it (`NGROK_SERVER_KEY=assets/server/tls/server.key`).
const KEY_FILE_EXTENSIONS = new Set(['key', 'pem', 'crt', 'cer', 'der', 'p12', 'pfx', 'jks', 'keystore', 'gpg', 'asc']);

/** True when the value of an ARG or ENV (`keyword`) cannot hold a secret; null is an ARG without a value. */
export function holdsNoSecret(keyword: string, value: string | null): boolean {
  if (value === null) return false;
  // `ENV PASSWORD=` stores nothing: the value is given when the container runs. (An ARG without a value is
  // still reported: its `--build-arg` value is kept in the image history.)
  if (keyword === 'ENV' && value === '') return true;
  if (value.includes('/') && !value.includes(' ') && !value.includes('\t')) {
    const last = value.slice(value.lastIndexOf('/') + 1);
    const dot = last.lastIndexOf('.');
    if (dot > 0 && KEY_FILE_EXTENSIONS.has(last.slice(dot + 1).toLowerCase())) return true;
  }
  return false;
}
