import rule from '../../rules/copy-then-extract-archive';
import { ruleTable } from '../rule-table';

const at = (name: string, runLine: number, line: number, column: number, length = name.length) => ({
  message: `\`${name}\` is copied, then extracted on line ${runLine}: \`ADD\` extracts a local tar archive in one layer`,
  line, column, endLine: line, endColumn: column + length,
});

ruleTable(rule, {
  accept: [
    { description: 'ADD', code: 'FROM debian:12\nADD app.tar.gz /opt/\n' },
    { description: 'copied, never extracted', code: 'FROM debian:12\nCOPY app.tar.gz /srv/downloads/\n' },
    { description: 'a zip file', code: 'FROM debian:12\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip -d /opt\n' },
    { description: 'COPY --from', code: 'FROM debian:12 AS build\nRUN tar czf /app.tgz /src\nFROM debian:12\nCOPY --from=build /app.tgz /tmp/\nRUN tar xzf /tmp/app.tgz\n' },
    { description: 'another archive extracted', code: 'FROM debian:12\nCOPY a.tar.gz /tmp/\nRUN tar xzf /tmp/b.tar.gz\n' },
    { description: 'tar creating an archive of that name', code: 'FROM debian:12\nCOPY app.tar /tmp/\nRUN tar -tf /tmp/app.tar\n' },
    { description: 'a pattern', code: 'FROM debian:12\nCOPY *.tar.gz /tmp/\nRUN tar xzf /tmp/app.tar.gz\n' },
    { description: 'an unresolved source', code: 'FROM debian:12\nARG PKG\nCOPY $PKG /tmp/\nRUN tar xzf /tmp/app.tar.gz\n' },
    { description: 'extraction before the copy', code: 'FROM debian:12\nRUN tar xf /x/app.tar || true\nCOPY app.tar /x/\n' },
  ],
  reject: [
    { description: 'hadolint example', code: 'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n', findings: [at('app.tar.gz', 3, 2, 6)] },
    { description: 'old-style options', code: 'FROM debian:12\nCOPY dist/app.tgz /tmp/\nRUN tar xzf /tmp/app.tgz\n', findings: [at('app.tgz', 3, 2, 6, 12)] },
    { description: 'long options', code: 'FROM debian:12\nCOPY rootfs.tar.xz /\nRUN tar --extract --file=/rootfs.tar.xz -C /\n', findings: [at('rootfs.tar.xz', 3, 2, 6)] },
    { description: 'renamed', code: 'FROM debian:12\nCOPY app-1.0.tar.gz /tmp/app.tgz\nRUN tar -xf /tmp/app.tgz\n', findings: [at('app-1.0.tar.gz', 3, 2, 6)] },
    { description: 'ARG values', code: 'FROM debian:12\nARG V=1.0\nCOPY app-${V}.tar.gz /tmp/\nRUN tar -xzf /tmp/app-${V}.tar.gz\n', findings: [{ ...at('app-1.0.tar.gz', 4, 3, 6), endColumn: 21 }] },
    { description: 'a later stage extracts', code: 'FROM debian:12 AS base\nCOPY app.tar /tmp/\nFROM base\nRUN tar xf /tmp/app.tar\n', findings: [at('app.tar', 4, 2, 6)] },
  ],
});
