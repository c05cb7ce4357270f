import rule from '../../rules/apt-update-without-install';
import { ruleTable } from '../rule-table';

const STALE = (what: string, install: string, line: number) =>
  `\`${what}\` in a RUN that installs nothing: the \`${install}\` on line ${line} may install from a stale index when this layer comes from the cache; update and install in the same RUN`;
const ALONE = (what: string) =>
  `\`${what}\` in a RUN that installs nothing: a later install may use a stale index when this layer comes from the cache; update and install in the same RUN`;

ruleTable(rule, {
  accept: [
    { description: 'update and install in one RUN', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n' },
    { description: 'update and upgrade', code: 'FROM debian:12\nRUN apt-get update && apt-get -y dist-upgrade\n' },
    { description: 'update and build-dep', code: 'FROM debian:12\nRUN apt-get update && apt-get build-dep -y python3\n' },
    { description: 'apt (not apt-get) with install', code: 'FROM ubuntu:24.04\nRUN apt update && apt install -y curl\n' },
    { description: 'sudo and flags before the subcommand', code: 'FROM ubuntu:24.04\nRUN sudo apt-get -qq update && sudo apt-get -o Dpkg::Options::=--force-confnew -y install curl\n' },
    { description: 'install on a continuation line after a comment line', code: 'FROM debian:12\nRUN apt-get update \\\n# the tools\n && apt-get install -y git\n' },
    { description: 'heredoc RUN that installs', code: 'FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF\n' },
    { description: 'inside an if', code: 'FROM debian:12\nRUN if true; then apt-get update && apt-get install -y curl; fi\n' },
    { description: 'apk update and add', code: 'FROM alpine:3.20\nRUN apk update && apk add curl\n' },
    { description: 'yum makecache and install', code: 'FROM centos:7\nRUN yum makecache fast && yum install -y httpd\n' },
    { description: 'dnf makecache with global flags and install', code: 'FROM fedora:40\nRUN dnf --setopt tsflags=nodocs makecache && dnf install -y git\n' },
    { description: 'yum update is an upgrade, not an index refresh', code: 'FROM centos:7\nRUN yum update -y\n' },
    { description: 'zypper refresh and install', code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive refresh && zypper -n in curl\n' },
    { description: 'a script that may install', code: 'FROM debian:12\nRUN apt-get update && ./install-deps.sh\nRUN apt-get install -y curl\n' },
    { description: 'a piped setup script', code: 'FROM debian:12\nRUN apt-get update && curl -fsSL https://deb.nodesource.com/setup_20.x | bash -\n' },
    { description: 'xargs runs the install', code: 'FROM debian:12\nRUN apt-get update && xargs apt-get install -y < packages.txt\n' },
    { description: 'bitnami install_packages', code: 'FROM bitnami/minideb:bookworm\nRUN apt-get update && install_packages curl\n' },
    { description: 'the lists are removed again in the same RUN', code: 'FROM debian:12\nRUN apt-get update && dpkg -i /tmp/x.deb && rm -rf /var/lib/apt/lists/*\nRUN apt-get install -y curl\n' },
    { description: 'yum clean all in the same RUN', code: 'FROM centos:7\nRUN yum makecache && yum clean all\n' },
    { description: 'apt-cache is not apt-get update', code: 'FROM debian:12\nRUN apt-cache policy curl\n' },
    { description: 'exec form is not read', code: 'FROM debian:12\nRUN ["apt-get", "update"]\n' },
    { description: 'Windows image', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN apt-get update\n' },
    { description: 'sourcing another file may install', code: 'FROM debian:12\nRUN . /opt/setup-env && apt-get update\nRUN apt-get install -y curl\n' },
    { description: 'sourcing os-release does not install', code: 'FROM debian:12\nRUN . /etc/os-release && apt-get update && apt-get install -y curl\n' },
  ],
  reject: [
    {
      description: 'the talk: a separate RUN apt-get update, then the install',
      code: 'FROM ubuntu:trusty\nMAINTAINER someone\nRUN apt-get update\nRUN apt-get install -y python-pip python-dev\n',
      findings: [{ message: STALE('apt-get update', 'apt-get install', 4), line: 3, column: 5, endLine: 3, endColumn: 19 }],
    },
    {
      description: 'update alone at the end of a RUN that does other things',
      code: 'FROM debian:12\nRUN echo "deb http://deb.debian.org/debian bookworm-backports main" > /etc/apt/sources.list.d/bp.list && apt-get -q update\n',
      findings: [{ message: ALONE('apt-get update'), line: 2, column: 106, endLine: 2, endColumn: 123 }],
    },
    {
      description: 'apt update, install in a later stage built on this one',
      code: 'FROM ubuntu:24.04 AS base\nRUN sudo apt update\nFROM base AS app\nRUN apt install -y curl\n',
      findings: [{ message: STALE('apt update', 'apt install', 4), line: 2, column: 5, endLine: 2, endColumn: 20 }],
    },
    {
      description: 'removing a single file under the lists does not remove the index',
      code: 'FROM debian:12\nRUN apt-get update && rm -f /var/lib/apt/lists/lock\nRUN apt-get install -y curl\n',
      findings: [{ message: STALE('apt-get update', 'apt-get install', 3), line: 2, column: 5, endLine: 2, endColumn: 19 }],
    },
    {
      description: 'a later RUN that updates for itself is not blamed on this one',
      code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get update && apt-get install -y curl\n',
      findings: [{ message: ALONE('apt-get update'), line: 2, column: 5, endLine: 2, endColumn: 19 }],
    },
    {
      description: 'apt-get clean is not an install',
      code: 'FROM debian:12\nRUN apt-get update && apt-get clean\nRUN apt-get install -y curl\n',
      findings: [{ message: STALE('apt-get update', 'apt-get install', 3), line: 2, column: 5, endLine: 2, endColumn: 19 }],
    },
    {
      description: 'with a cache mount, the later RUN still sees an old index',
      code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get install -y curl\n',
      findings: [{ message: STALE('apt-get update', 'apt-get install', 3), line: 2, column: 50, endLine: 2, endColumn: 64 }],
    },
    {
      description: 'heredoc RUN with the update only',
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\nEOF\nRUN apt-get install -y curl\n',
      findings: [{ message: STALE('apt-get update', 'apt-get install', 5), line: 3, column: 1, endLine: 3, endColumn: 15 }],
    },
    {
      description: 'on a continuation line, after a comment line',
      code: 'FROM debian:12\nRUN set -eux; \\\n# refresh\n    apt-get update\nRUN apt-get install -y curl\n',
      findings: [{ message: STALE('apt-get update', 'apt-get install', 5), line: 4, column: 5, endLine: 4, endColumn: 19 }],
    },
    {
      description: 'apk update without add (Alpine, BusyBox sh)',
      code: 'FROM alpine:3.20\nRUN apk update\nRUN apk add --no-cache curl\n',
      findings: [{ message: STALE('apk update', 'apk add', 3), line: 2, column: 5, endLine: 2, endColumn: 15 }],
    },
    {
      description: 'the lists removed before the update do not count',
      code: 'FROM debian:12\nRUN rm -rf /var/lib/apt/lists/* && apt-get update\nRUN apt-get install -y curl\n',
      findings: [{ message: STALE('apt-get update', 'apt-get install', 3), line: 2, column: 36, endLine: 2, endColumn: 50 }],
    },
    {
      description: 'sourcing os-release is not a script that might install',
      code: 'FROM debian:12\nRUN . /etc/os-release && echo "deb http://deb.debian.org/debian $VERSION_CODENAME-backports main" > /etc/apt/sources.list.d/bp.list && apt-get update\nRUN apt-get install -y -t bookworm-backports curl\n',
      findings: [{ message: STALE('apt-get update', 'apt-get install', 3), line: 2, column: 136, endLine: 2, endColumn: 150 }],
    },
    {
      description: 'yum makecache without install',
      code: 'FROM centos:7\nRUN yum -q makecache\nRUN yum install -y httpd && yum clean all\n',
      findings: [{ message: STALE('yum makecache', 'yum install', 3), line: 2, column: 5, endLine: 2, endColumn: 21 }],
    },
    {
      description: 'dnf makecache, microdnf install later',
      code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf makecache\nRUN microdnf install -y tar\n',
      findings: [{ message: STALE('microdnf makecache', 'microdnf install', 3), line: 2, column: 5, endLine: 2, endColumn: 23 }],
    },
    {
      description: 'zypper refresh without install',
      code: 'FROM opensuse/leap:15.6\nRUN zypper --gpg-auto-import-keys ref\nRUN zypper -n install curl\n',
      findings: [{ message: STALE('zypper ref', 'zypper install', 3), line: 2, column: 5, endLine: 2, endColumn: 38 }],
    },
    {
      description: 'ONBUILD update, ONBUILD install',
      code: 'FROM debian:12\nONBUILD RUN apt-get update\nONBUILD RUN apt-get install -y curl\n',
      findings: [{ message: STALE('apt-get update', 'apt-get install', 3), line: 2, column: 13, endLine: 2, endColumn: 27 }],
    },
    {
      description: 'the index of an ARG-named image is just as stale',
      code: 'ARG BASE=debian:12\nFROM $BASE\nRUN apt-get update\nRUN apt-get install -y curl\n',
      findings: [{ message: STALE('apt-get update', 'apt-get install', 4), line: 3, column: 5, endLine: 3, endColumn: 19 }],
    },
  ],
});
