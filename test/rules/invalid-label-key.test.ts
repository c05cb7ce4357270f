import rule from '../../rules/invalid-label-key';
import { ruleTable } from '../rule-table';

const format = (key: string) => `invalid label key "${key}": use lower-case letters, digits, "." and "-", start with a letter, end with a letter or digit, no ".." or "--"`;
const reserved = (key: string, prefix: string) => `label key "${key}" uses the namespace ${prefix}* reserved for Docker`;
const at = (message: string, line: number, column: number, length: number) => ({ message, line, column, endLine: line, endColumn: column + length });

ruleTable(rule, {
  accept: [
    { description: 'reverse-DNS keys', code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://x" com.example.vendor=acme\n' },
    { description: 'plain lower-case keys', code: 'FROM alpine:3.20\nLABEL maintainer="a@b.c" version=1.0 build-date=2024\n' },
    { description: 'label-schema keys', code: 'FROM alpine:3.20\nLABEL org.label-schema.schema-version="1.0" org.label-schema.vcs-ref=abc\n' },
    { description: 'a key ending in a digit', code: 'FROM alpine:3.20\nLABEL com.example.v2=yes\n' },
    { description: 'a quoted key', code: 'FROM alpine:3.20\nLABEL "com.example.name"="x"\n' },
    { description: 'a key from an unresolved variable', code: 'FROM alpine:3.20\nARG KEY\nLABEL ${KEY}=x\n' },
    { description: 'a reserved-looking name that is not the namespace', code: 'FROM alpine:3.20\nLABEL com.dockerhub.repo=x io.dockerfile.lint=y\n' },
  ],
  reject: [
    { description: 'upper case (hadolint)', code: 'FROM alpine:3.20\nLABEL Maintainer="a@b.c"\n', findings: [at(format('Maintainer'), 2, 7, 10)] },
    { description: 'reserved namespaces', code: 'FROM alpine:3.20\nLABEL com.docker.x=1 io.docker.y=2\nLABEL org.dockerproject.z=3\n', findings: [at(reserved('com.docker.x', 'com.docker.'), 2, 7, 12), at(reserved('io.docker.y', 'io.docker.'), 2, 22, 11), at(reserved('org.dockerproject.z', 'org.dockerproject.'), 3, 7, 19)] },
    { description: 'underscores, doubled separators, bad start and end', code: 'FROM alpine:3.20\nLABEL build_date=1 a..b=2 x--y=3 -a=4 b.=5 1x=6\n', findings: [at(format('build_date'), 2, 7, 10), at(format('a..b'), 2, 20, 4), at(format('x--y'), 2, 27, 4), at(format('-a'), 2, 34, 2), at(format('b.'), 2, 39, 2), at(format('1x'), 2, 44, 2)] },
    { description: 'a quoted key with a space', code: 'FROM alpine:3.20\nLABEL "my label"=x\n', findings: [at(format('my label'), 2, 7, 10)] },
    { description: 'a key from a resolved ARG', code: 'FROM alpine:3.20\nARG KEY=Version\nLABEL ${KEY}=x\n', findings: [at(format('Version'), 3, 7, 6)] },
    { description: 'legacy form', code: 'FROM alpine:3.20\nLABEL Description some text\n', findings: [at(format('Description'), 2, 7, 11)] },
    { description: 'ONBUILD', code: 'FROM alpine:3.20\nARG K=Bad\nONBUILD LABEL $K=x\nONBUILD LABEL Foo=bar\n', findings: [at(format('Foo'), 4, 15, 3)] },
  ],
});
