import rule from '../../rules/secret-in-arg-or-env';
import { ruleTable } from '../rule-table';

const secret = (keyword: string, key: string, line: number, column: number) => ({
  message: `Do not use ARG or ENV instructions for sensitive data (${keyword} "${key}"): use a secret mount`,
  line, column, endLine: line, endColumn: column + key.length,
});

ruleTable(rule, {
  accept: [
    { description: 'ordinary names', code: 'FROM alpine:3.20\nARG VERSION=1\nENV APP_HOME=/app PATH=/app/bin:$PATH\n' },
    { description: 'tokens inside a word are not parts', code: 'FROM alpine:3.20\nENV KEYRING_DIR=/k TOKENIZER=x AUTHOR=me PASSWORDLESS=1 MONKEY=1\n' },
    { description: 'a public part', code: 'FROM alpine:3.20\nARG PUBLIC_KEY\nENV NEXT_PUBLIC_API_KEY=abc\n' },
    { description: 'GPG key fingerprints (official images)', code: 'FROM alpine:3.20\nENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D\nENV JENKINS_GPG_KEY=abc PGP_KEY=x\n' },
    { description: 'names describing a secret', code: 'FROM alpine:3.20\nENV POSTGRES_PASSWORD_FILE=/run/secrets/pw DOCKER_AUTH_VERSION=1.0 TOKEN_PATH=/t SECRET_DIR=/s AUTH_URL=https://x\n' },
    { description: 'an ENV with an empty value stores nothing', code: 'FROM alpine:3.20\nENV PASSWORD=\nENV HUBOT_SLACK_TOKEN=""\n' },
    { description: 'a path to a key file', code: 'FROM alpine:3.20\nENV NGROK_CA_KEY assets/client/tls/ngrokroot.key\nENV TLS_KEY=/etc/ssl/private/server.pem\n' },
    { description: 'a secret mount', code: 'FROM node:22\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n' },
  ],
  reject: [
    { description: 'BuildKit examples', code: 'FROM scratch\nARG AWS_SECRET_ACCESS_KEY\nENV DB_PASSWORD=x\n', findings: [secret('ARG', 'AWS_SECRET_ACCESS_KEY', 2, 5), secret('ENV', 'DB_PASSWORD', 3, 5)] },
    { description: 'every token, any case', code: 'FROM alpine:3.20\nARG apikey\nARG auth_x\nARG x_Credential\nARG CREDENTIALS_JSON\nARG key\nARG pword\nARG passwd\nARG secret\nARG my_token\nARG PASSWORD\n', findings: [secret('ARG', 'apikey', 2, 5), secret('ARG', 'auth_x', 3, 5), secret('ARG', 'x_Credential', 4, 5), secret('ARG', 'CREDENTIALS_JSON', 5, 5), secret('ARG', 'key', 6, 5), secret('ARG', 'pword', 7, 5), secret('ARG', 'passwd', 8, 5), secret('ARG', 'secret', 9, 5), secret('ARG', 'my_token', 10, 5), secret('ARG', 'PASSWORD', 11, 5)] },
    { description: 'a global ARG and the legacy ENV form', code: 'ARG GITHUB_TOKEN\nFROM alpine:3.20\nENV API_KEY abc\n', findings: [secret('ARG', 'GITHUB_TOKEN', 1, 5), secret('ENV', 'API_KEY', 3, 5)] },
    { description: 'an ARG without a value, an ENV with a value that is not a key file', code: 'FROM alpine:3.20\nARG PASSWORD=\nENV API_KEY=ab/cd+ef\n', findings: [secret('ARG', 'PASSWORD', 2, 5), secret('ENV', 'API_KEY', 3, 5)] },
    { description: 'an ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD ARG NPM_TOKEN\n', findings: [secret('ARG', 'NPM_TOKEN', 2, 13)] },
  ],
});
