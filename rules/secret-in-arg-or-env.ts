import { defineRule } from '../src/lint/rule';
import { holdsNoSecret, looksSecret } from '../src/lint/secret-names';

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
