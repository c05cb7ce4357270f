import { defineRule } from '../src/lint/rule';

// BuildKit's SecretsUsedInArgOrEnv: a name is suspicious when one of its `_`-separated parts is one of these
// tokens (case-insensitive), unless a part is `public`.
const SECRET_TOKENS = new Set(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token']);
const ALLOW_TOKENS = new Set(['public']);
// Beyond BuildKit: a GPG key is a public key (its fingerprint, to verify downloads), and a name ending in one of
// these describes a secret without holding it (`POSTGRES_PASSWORD_FILE`, `DOCKER_AUTH_VERSION`).
const PUBLIC_PARTS = new Set(['gpg', 'pgp']);
const DESCRIPTIVE_LAST_PARTS = new Set(['file', 'path', 'dir', 'version', 'url']);

function looksSecret(name: string): boolean {
  const parts = name.toLowerCase().split('_');
  if (parts.some((part) => ALLOW_TOKENS.has(part) || PUBLIC_PARTS.has(part))) return false;
  if (parts.length > 1 && DESCRIPTIVE_LAST_PARTS.has(parts[parts.length - 1]!)) return false;
  return parts.some((part) => SECRET_TOKENS.has(part));
}

// Extensions of files that hold keys and certificates: a value that is a path to such a file names where the
// secret is, it does not hold it (`NGROK_SERVER_KEY=assets/server/tls/server.key`).
const KEY_FILE_EXTENSIONS = new Set(['key', 'pem', 'crt', 'cer', 'der', 'p12', 'pfx', 'jks', 'keystore', 'gpg', 'asc']);

function holdsNoSecret(keyword: string, value: string | null): boolean {
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

export default defineRule({
  id: 'secret-in-arg-or-env',
  aliases: ['DL3064', 'SecretsUsedInArgOrEnv'],
  severity: 'warning',
  category: 'security',
  docs: {
    summary: 'An ARG or ENV name looks like it holds a secret',
    details: `Flags \`ARG\` and \`ENV\` keys one of whose \`_\`-separated parts is, in any case, \`apikey\`, \`auth\`,
\`credential\`, \`credentials\`, \`key\`, \`password\`, \`pword\`, \`passwd\`, \`secret\` or \`token\`: BuildKit's
documented list (\`GITHUB_TOKEN\`, \`DB_PASSWORD\`, \`AWS_SECRET_ACCESS_KEY\`, \`api_key\`). ONBUILD triggers too.`,
    why: `ENV values are stored in the image config for anyone who pulls the image to read; ARG values are kept in
the image history and the build cache. Pass secrets with \`RUN --mount=type=secret\` instead: they are
available to that one command and never written to a layer.`,
    bad: `FROM node:22-slim
ARG NPM_TOKEN
RUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > ~/.npmrc && npm ci`,
    good: `FROM node:22-slim
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`,
    notes: `Names are split on \`_\` only, as BuildKit does: \`KEYRING_DIR\` and \`TOKENIZER\` are not reported, nor
is \`AUTHTOKEN\`. A name with a \`public\` part (\`PUBLIC_KEY\`, \`NEXT_PUBLIC_API_KEY\`) is not reported.
Where whale is more precise than BuildKit: names with a \`gpg\` or \`pgp\` part (\`GPG_KEY\`, the fingerprint of a
public key that official images use to verify downloads) and names ending in \`_FILE\`, \`_PATH\`, \`_DIR\`,
\`_VERSION\` or \`_URL\` (\`POSTGRES_PASSWORD_FILE\` points at a secret, \`DOCKER_AUTH_VERSION\` is a version) are
not reported, nor are an ENV with an empty value (\`ENV PASSWORD=\`: set when the container runs) and a value
that is the path of a key or certificate file (\`ENV TLS_KEY=certs/server.key\`).`,
  },
  check({ file, report }) {
    for (const top of file.instructions) {
      const inst = top.trigger ?? top;
      if (inst.keyword !== 'ARG' && inst.keyword !== 'ENV') continue;
      for (const pair of inst.pairs) {
        if (!looksSecret(pair.key) || holdsNoSecret(inst.keyword, pair.value)) continue;
        report({
          message: `Do not use ARG or ENV instructions for sensitive data (${inst.keyword} "${pair.key}"): use a secret mount`,
          range: pair.keyRange,
        });
      }
    }
  },
});
