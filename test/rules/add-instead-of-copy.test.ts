import { describe, expect, it } from 'vitest';
import rule from '../../rules/add-instead-of-copy';
import { defaultConfig } from '../../src/lint/config';
import { applyEdits } from '../../src/lint/fix';
import { lintText } from '../../src/lint/lint-files';
import { RuleRegistry } from '../../src/lint/registry';
import { ruleTable } from '../rule-table';

const message = 'ADD of local files that are not archives: use COPY';
const at = (line: number, column = 1, length = 3) => ({ message, line, column, endLine: line, endColumn: column + length });

ruleTable(rule, {
  accept: [
    { description: 'COPY', code: 'FROM alpine:3.20\nCOPY app.py /app/\n' },
    { description: 'a URL', code: 'FROM alpine:3.20\nADD https://example.com/app.py /app/\nADD http://example.com/x /x\n' },
    { description: 'a git repository', code: 'FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src\nADD git://example.com/repo.git /repo\n' },
    { description: 'a local tar archive', code: 'FROM alpine:3.20\nADD rootfs.tar.xz /\nADD app.tgz /opt/\nADD vendor.tar.gz /vendor/\nADD x.tar /x/\nADD y.tar.bz2 /y/\nADD z.tbz2 /z/\nADD w.tar.zst /w/\n' },
    { description: 'a compressed file', code: 'FROM alpine:3.20\nADD data.gz /data/\nADD DATA.XZ /d/\nADD a.bz2 /a/\n' },
    { description: 'several sources, one an archive', code: 'FROM alpine:3.20\nADD app.py vendor.tar.gz /app/\n' },
    { description: 'a source from an unresolved variable', code: 'FROM alpine:3.20\nARG SRC\nADD $SRC /app/\nADD ${URL} /x\n' },
    { description: 'a URL from an ARG', code: 'FROM alpine:3.20\nARG URL=https://example.com/app.py\nADD $URL /app/\n' },
    { description: 'an archive name from an ENV', code: 'FROM alpine:3.20\nENV PKG=app-1.0.tar.gz\nADD ${PKG} /opt/\n' },
    { description: 'flags only ADD takes', code: 'FROM alpine:3.20\nADD --checksum=sha256:abc app.py /app/\nADD --keep-git-dir=true src /src\nADD --unpack=false app.py /x/\n' },
    { description: 'a pattern that may match archives', code: 'FROM alpine:3.20\nADD dist/* /opt/\nADD pkgs/*.t?z /opt/\n' },
    { description: 'exec form with an archive', code: 'FROM alpine:3.20\nADD ["app.tar.gz", "/opt/"]\n' },
    { description: 'ONBUILD with a variable', code: 'FROM alpine:3.20\nARG SRC=app\nONBUILD ADD $SRC /app\n' },
    { description: 'ADD without a destination (a syntax problem, not ours)', code: 'FROM alpine:3.20\nADD app.py\n' },
  ],
  reject: [
    { description: 'a local file', code: 'FROM python:3.12-slim\nADD requirements.txt /app/\n', findings: [at(2)] },
    { description: 'the talks: ADD /schema /schema', code: 'FROM ubuntu:trusty\nADD /schema /schema\n', findings: [at(2)] },
    { description: 'the build context', code: 'FROM alpine:3.20\nADD . /app\n', findings: [at(2)] },
    { description: 'lower-case keyword', code: 'FROM alpine:3.20\nadd app.py /app/\n', findings: [at(2)] },
    { description: 'flags COPY shares', code: 'FROM alpine:3.20\nADD --chown=app:app --chmod=644 --link app.py /app/\n', findings: [at(2)] },
    { description: 'several local sources', code: 'FROM alpine:3.20\nADD a.py b.py /app/\n', findings: [at(2)] },
    { description: 'a zip file, which Docker never unpacks', code: 'FROM alpine:3.20\nADD app.zip /app/\n', findings: [at(2)] },
    { description: 'a pattern of non-archives', code: 'FROM alpine:3.20\nADD *.py /app/\nADD lib/app-*.jar /app/\n', findings: [at(2), at(3)] },
    { description: 'a heredoc', code: 'FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n', findings: [at(2)] },
    { description: 'a resolved ARG', code: 'ARG APP=app.py\nFROM alpine:3.20\nARG APP\nADD ${APP} /app/\n', findings: [at(4)] },
    { description: 'a resolved ENV', code: 'FROM alpine:3.20\nENV CONF=/etc/app\nADD conf ${CONF}/\nADD ${CONF}.yaml /x/\n', findings: [at(3), at(4)] },
    { description: 'exec form', code: 'FROM alpine:3.20\nADD ["app.py", "/app/"]\n', findings: [at(2)] },
    { description: 'continuation lines', code: 'FROM alpine:3.20\nADD \\\n  # a comment\n  app.py \\\n  /app/\n', findings: [at(2)] },
    { description: 'a builder stage too', code: 'FROM golang:1.23 AS build\nADD . /src\nFROM scratch\nCOPY --from=build /src/app /app\n', findings: [at(2)] },
    { description: 'ONBUILD', code: 'FROM alpine:3.20\nONBUILD ADD . /app\n', findings: [at(2, 9)] },
    { description: 'Windows paths', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nADD app C:\\app\n', findings: [at(3)] },
  ],
});

function fixed(code: string): string {
  const registry = new RuleRegistry([rule]);
  const findings = lintText(code, 'Dockerfile', registry, defaultConfig(registry));
  return applyEdits(code, findings.flatMap((f) => f.fix ?? []));
}

describe('add-instead-of-copy fix', () => {
  it('replaces the keyword, keeping its case', () => {
    expect(fixed('FROM alpine:3.20\nADD a /a\nadd b /b\nAdd c /c\nADD x.tgz /x/\nONBUILD ADD . /app\n'))
      .toBe('FROM alpine:3.20\nCOPY a /a\ncopy b /b\nCopy c /c\nADD x.tgz /x/\nONBUILD COPY . /app\n');
  });
  it('keeps flags and heredocs', () => {
    expect(fixed('FROM alpine:3.20\nADD --chown=1:1 <<EOF /x\nhi\nEOF\n')).toBe('FROM alpine:3.20\nCOPY --chown=1:1 <<EOF /x\nhi\nEOF\n');
  });
});
