import rule from '../../rules/apk-package-not-pinned';
import { ruleTable } from '../rule-table';

const PIN = (name: string) => `\`${name}\` is not pinned to a version: use \`${name}=<version>\` or \`${name}~<version>\``;

ruleTable(rule, {
  accept: [
    { description: 'pinned (hadolint example)', code: 'FROM alpine:3.20\nRUN apk add --no-cache foo=0.1.0-r0 bar~1.2 "baz>=2" \'qux<3\'\n' },
    { description: '--virtual value is not a package', code: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0\n' },
    { description: '-t value is not a package', code: 'FROM alpine:3.20\nRUN apk add -t build-deps gcc~13\n' },
    { description: '-X and --repository values are not packages', code: 'FROM alpine:3.20\nRUN apk add -X http://dl-cdn.alpinelinux.org/alpine/edge/testing --repository https://example.com/repo foo=1.0-r0\n' },
    { description: '.apk files and paths', code: 'FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/foo.apk ./bar.apk\n' },
    { description: 'version from an ARG', code: 'FROM alpine:3.20\nARG CURL_VERSION=8.9.1-r0\nRUN apk add curl=$CURL_VERSION\n' },
    { description: 'an ARG without a value is unknown', code: 'FROM alpine:3.20\nARG PKGS\nRUN apk add $PKGS\n' },
    { description: 'apk del / apk update', code: 'FROM alpine:3.20\nRUN apk update && apk del curl\n' },
    { description: 'Windows image', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN apt-get install -y curl; apk add curl\n' },
    { description: 'exec form is not read', code: 'FROM alpine:3.20\nRUN ["apk", "add", "curl"]\n' },
  ],
  reject: [
    {
      description: 'hadolint example',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache foo\n',
      findings: [{ message: PIN('foo'), line: 2, column: 24, endLine: 2, endColumn: 27 }],
    },
    {
      description: 'a package after the --virtual value',
      code: 'FROM alpine:3.20\nRUN apk add --virtual .build-deps gcc musl-dev=1.2.5-r0\n',
      findings: [{ message: PIN('gcc'), line: 2, column: 35, endLine: 2, endColumn: 38 }],
    },
    {
      description: 'a repository tag is not a version',
      code: 'FROM alpine:3.20\nRUN apk add curl@edge\n',
      findings: [{ message: PIN('curl@edge'), line: 2, column: 13, endLine: 2, endColumn: 22 }],
    },
    {
      description: 'packages from an ENV',
      code: 'FROM alpine:3.20\nENV PKGS="curl git=2.45.2-r0"\nRUN apk add --no-cache ${PKGS}\n',
      findings: [{ message: '`${PKGS}` holds packages not pinned to a version (curl): use `package=<version>`', line: 3, column: 24, endLine: 3, endColumn: 31 }],
    },
    {
      description: 'heredoc',
      code: 'FROM alpine:3.20\nRUN <<EOF\napk add curl\nEOF\n',
      findings: [{ message: PIN('curl'), line: 3, column: 9, endLine: 3, endColumn: 13 }],
    },
  ],
});
