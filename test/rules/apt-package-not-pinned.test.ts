import rule from '../../rules/apt-package-not-pinned';
import { ruleTable } from '../rule-table';

const PIN = (name: string) => `\`${name}\` is not pinned to a version: use \`${name}=<version>\``;

ruleTable(rule, {
  accept: [
    { description: 'pinned packages (hadolint example)', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends python=2.7 curl=7.88.1-10\n' },
    { description: 'a wildcard version', code: 'FROM debian:12\nRUN apt-get install -y openjdk-17-jdk=17.0.*\n' },
    { description: 'the -t value is not a package', code: 'FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl=8.5.0-2~bpo12+1\n' },
    { description: '-o value is not a package', code: 'FROM debian:12\nRUN apt-get install -y -o Dpkg::Options::=--force-confold curl=7.88.1-10\n' },
    { description: 'local .deb files and paths', code: 'FROM debian:12\nCOPY app.deb /tmp/\nRUN apt-get install -y ./app.deb /tmp/other.deb /tmp/pkg\n' },
    { description: 'version from an ARG', code: 'FROM debian:12\nARG CURL_VERSION=7.88.1-10\nRUN apt-get install -y curl=${CURL_VERSION}\n' },
    { description: 'packages from an ENV, pinned', code: 'FROM debian:12\nENV PKGS="curl=7.88.1-10 git=1:2.39.2-1.1"\nRUN apt-get install -y $PKGS\n' },
    { description: 'options in an ENV are not packages', code: 'FROM debian:12\nENV APT_OPTS="-y --no-install-recommends"\nRUN apt-get install $APT_OPTS curl=7.88.1-10\n' },
    { description: 'an ARG without a value is unknown', code: 'FROM debian:12\nARG PKGS\nRUN apt-get install -y $PKGS\n' },
    { description: 'a command substitution is unknown', code: 'FROM debian:12\nRUN apt-get install -y $(cat /packages.txt)\n' },
    { description: 'not an install', code: 'FROM debian:12\nRUN apt-get update && apt-get remove -y curl && apt-cache show curl\n' },
    { description: 'aptitude search pattern', code: 'FROM debian:12\nRUN aptitude install -y ~nlibfoo\n' },
    { description: 'a simulated install installs nothing', code: 'FROM debian:12\nENV PG_MAJOR=16\nRUN if apt-get install -s "postgresql-$PG_MAJOR-jit" > /dev/null; then echo yes; fi\n' },
    { description: 'Windows image', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN apt-get install -y curl; apk add curl\n' },
    { description: 'exec form is not read', code: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]\n' },
    { description: 'a heredoc with pins', code: 'FROM debian:12\nRUN <<EOF\napt-get install -y curl=7.88.1-10\nEOF\n' },
  ],
  reject: [
    {
      description: 'a package name with an unknown variable part, as hadolint reads it',
      code: 'FROM debian:12\nRUN apt-get install -y --no-install-recommends nginx-${NGINX_VERSION}\n',
      findings: [{ message: PIN('nginx-${NGINX_VERSION}'), line: 2, column: 48, endLine: 2, endColumn: 70 }],
    },
    {
      description: 'hadolint example',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends python\n',
      findings: [{ message: PIN('python'), line: 2, column: 66, endLine: 2, endColumn: 72 }],
    },
    {
      description: 'one finding per unpinned package, pinned ones quiet',
      code: 'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10 git wget\n',
      findings: [
        { message: PIN('git'), line: 2, column: 39, endLine: 2, endColumn: 42 },
        { message: PIN('wget'), line: 2, column: 43, endLine: 2, endColumn: 47 },
      ],
    },
    {
      description: 'a package after the -t value',
      code: 'FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl\n',
      findings: [{ message: PIN('curl'), line: 2, column: 46, endLine: 2, endColumn: 50 }],
    },
    {
      description: 'a release is not a version',
      code: 'FROM debian:12\nRUN apt-get install -y curl/bookworm-backports\n',
      findings: [{ message: PIN('curl/bookworm-backports'), line: 2, column: 24, endLine: 2, endColumn: 47 }],
    },
    {
      description: 'packages from an ENV',
      code: 'FROM debian:12\nENV PKGS="curl git=1:2.39.2-1.1"\nRUN apt-get install -y $PKGS\n',
      findings: [{ message: '`$PKGS` holds packages not pinned to a version (curl): use `package=<version>`', line: 3, column: 24, endLine: 3, endColumn: 29 }],
    },
    {
      description: 'a name built from an ENV',
      code: 'FROM debian:12\nENV PG_MAJOR=16\nRUN apt-get install -y "postgresql-$PG_MAJOR"\n',
      findings: [{ message: PIN('postgresql-$PG_MAJOR'), line: 3, column: 24, endLine: 3, endColumn: 46 }],
    },
    {
      description: 'apt install, sudo, continuation lines',
      code: 'FROM ubuntu:24.04\nRUN sudo apt install -y \\\n    curl\n',
      findings: [{ message: PIN('curl'), line: 3, column: 5, endLine: 3, endColumn: 9 }],
    },
    {
      description: 'aptitude install',
      code: 'FROM debian:12\nRUN aptitude install -y -t stable curl\n',
      findings: [{ message: PIN('curl'), line: 2, column: 35, endLine: 2, endColumn: 39 }],
    },
    {
      description: 'heredoc',
      code: 'FROM debian:12\nRUN <<EOF\napt-get install -y curl\nEOF\n',
      findings: [{ message: PIN('curl'), line: 3, column: 20, endLine: 3, endColumn: 24 }],
    },
    {
      description: 'ONBUILD RUN',
      code: 'FROM debian:12\nONBUILD RUN apt-get install -y curl\n',
      findings: [{ message: PIN('curl'), line: 2, column: 32, endLine: 2, endColumn: 36 }],
    },
  ],
});
