// hadolint parity: the examples of hadolint's wiki page for each DL code ("Problematic code" / "Correct code")
// and the cases of its test suite (test/Hadolint/Rule/DL*Spec.hs), as whale knows them. See parity.ts.
import { parityTable, type ParityCase } from './parity';

type Extra = Partial<Pick<ParityCase, 'description' | 'options' | 'deviation'>>;
const cases: ParityCase[] = [];
/** hadolint reports `code` on `dockerfile`. */
const yes = (code: string, dockerfile: string, source: ParityCase['source'] = 'spec', extra: Extra = {}) =>
  cases.push({ code, dockerfile, expected: true, source, ...extra });
/** hadolint does not report `code` on `dockerfile`. */
const no = (code: string, dockerfile: string, source: ParityCase['source'] = 'spec', extra: Extra = {}) =>
  cases.push({ code, dockerfile, expected: false, source, ...extra });

const TRUSTED = { 'untrusted-registry': { trustedRegistries: ['docker.io'] } };
const schema = (labelSchema: Record<string, string>, strict = false) => {
  const options = { labelSchema };
  return {
    'required-label-missing': options, 'label-not-in-schema': { ...options, strictLabels: strict }, 'label-empty': options,
    'label-not-url': options, 'label-not-rfc3339': options, 'label-not-spdx': options, 'label-not-git-hash': options,
    'label-not-semver': options, 'label-not-email': options,
  };
};

// DL1001: inline ignore comments (off by default in hadolint; its spec turns it on).
yes('DL1001', 'FROM debian:12\n# hadolint ignore=DL3003\nRUN cd /tmp && make\n');
no('DL1001', 'FROM debian:12\n# a comment\nRUN make\n');

// DL3000: WORKDIR absolute.
yes('DL3000', 'FROM busybox\nWORKDIR usr/src/app\n', 'wiki');
no('DL3000', 'FROM busybox\nWORKDIR /usr/src/app\n', 'wiki');
no('DL3000', 'FROM busybox\nWORKDIR /usr/local\n');
yes('DL3000', 'FROM busybox\nWORKDIR relative/dir\n');
no('DL3000', 'FROM busybox\nWORKDIR ${work}\n', 'spec', { description: 'a variable' });
no('DL3000', 'FROM busybox\nWORKDIR $work\n', 'spec', { description: 'a variable' });
no('DL3000', 'FROM busybox\nWORKDIR "/home/user"\n', 'spec', { description: 'quoted absolute' });
no('DL3000', "FROM busybox\nWORKDIR '/home/user'\n", 'spec', { description: 'single-quoted absolute' });
no('DL3000', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\\Windows\n', 'spec', { description: 'windows path' });
no('DL3000', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR "C:\\\\Windows"\n', 'spec', { description: 'quoted windows path' });
yes('DL3000', 'FROM busybox\nWORKDIR /usr/src\nWORKDIR app\n', 'spec', {
  description: 'relative after an absolute one',
  deviation: 'hadolint and BuildKit disagree: BuildKit\'s WorkdirRelativePath (the same rule) only reports a relative WORKDIR when no WORKDIR came before it, since it then resolves against a known directory; whale follows BuildKit',
});

// DL3001: commands pointless in a container.
yes('DL3001', 'FROM busybox\nRUN top\n', 'wiki');
no('DL3001', 'FROM busybox\nRUN echo hello\n', 'wiki');
yes('DL3001', 'FROM debian:12\nRUN service ssh start\n');
yes('DL3001', 'FROM debian:12\nRUN ps -ef\n');
yes('DL3001', 'FROM debian:12\nRUN shutdown -h now\n');
yes('DL3001', 'FROM debian:12\nRUN vim /etc/hosts\n');
yes('DL3001', 'FROM debian:12\nRUN mount /dev/sda1 /mnt\n');
yes('DL3001', 'FROM debian:12\nRUN kill -9 1\n');
yes('DL3001', 'FROM debian:12\nRUN ssh user@host\n');
yes('DL3001', 'FROM debian:12\nRUN free -m\n');
no('DL3001', 'FROM debian:12\nRUN apt-get install -y vim=2:9.0\n', 'spec', { description: 'installing vim is not running it' });

// DL3002: last USER is root.
yes('DL3002', 'FROM busybox\nUSER root\nRUN foo\n', 'wiki');
no('DL3002', 'FROM busybox\nUSER root\nRUN foo\nUSER guest\n', 'wiki');
yes('DL3002', 'FROM debian:12\nUSER root\n');
no('DL3002', 'FROM debian:12\nUSER foo\n');
no('DL3002', 'FROM debian:12\nUSER 2000\n');
yes('DL3002', 'FROM debian:12\nUSER 0\n');
yes('DL3002', 'FROM debian:12\nUSER root:root\n');
yes('DL3002', 'FROM debian:12\nUSER 0:0\n');
yes('DL3002', 'FROM debian:12\nUSER root:wheel\n');
no('DL3002', 'FROM debian:12\nUSER foo:root\n', 'spec', { description: 'root group only' });
no('DL3002', 'FROM debian:12\nUSER root\nRUN foo\nUSER foo\n', 'spec', { description: 'switches back' });
yes('DL3002', 'FROM debian:12 AS base\nUSER root\nFROM base\nRUN something\n', 'spec', { description: 'root inherited from the parent stage' });
no('DL3002', 'FROM debian:12 AS base\nUSER root\nRUN foo\nFROM debian:12\nUSER foo\nRUN bar\n', 'spec', { description: 'root only in a builder stage' });
no('DL3002', 'FROM debian:12\nRUN echo hi\n', 'spec', { description: 'no USER and nothing run' });
no('DL3002', 'FROM python:3.12\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]\n', 'spec', {
  description: 'no USER at all',
  deviation: 'runs-as-root also reports a final stage without any USER that runs a program (the talks\' lesson); its findings carry the rule\'s alias DL3002, while hadolint looks at explicit USER instructions only',
});

// DL3003: cd in RUN.
yes('DL3003', 'FROM busybox\nRUN cd /usr/src/app && git pull\n', 'wiki');
no('DL3003', 'FROM busybox\nWORKDIR /usr/src/app\nRUN git pull\n', 'wiki');
yes('DL3003', 'FROM busybox\nRUN cd /opt\n');
no('DL3003', 'FROM busybox\nWORKDIR /opt\n');
no('DL3003', 'FROM busybox\nRUN echo cd /opt\n', 'spec', { description: 'cd as an argument' });
yes('DL3003', 'FROM busybox\nRUN (cd /opt/src && make)\n', 'spec', {
  description: 'cd in a subshell',
  deviation: 'a known hadolint false positive: a cd in a subshell or a command substitution cannot leak past its parentheses, and WORKDIR cannot replace it',
});

// DL3004: sudo.
yes('DL3004', 'FROM busybox\nRUN sudo apt-get install\n', 'wiki');
no('DL3004', 'FROM busybox\nRUN apt-get install\n', 'wiki');
yes('DL3004', 'FROM debian:12\nRUN apt-get update && sudo apt-get install -y curl\n');
no('DL3004', 'FROM debian:12\nRUN apt-get install -y sudo=1.9.13p3-1\n', 'spec', { description: 'installing sudo' });

// DL3006: FROM without a tag.
yes('DL3006', 'FROM debian\n', 'wiki');
no('DL3006', 'FROM debian:jessie\n', 'wiki');
no('DL3006', 'FROM scratch\n');
no('DL3006', 'FROM debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n');
no('DL3006', 'FROM golang:1.21 AS build\nRUN make\nFROM build\nRUN test\n', 'spec', { description: 'an earlier stage' });
yes('DL3006', 'FROM golang:1.21 AS build\nFROM node AS run\n', 'spec', { description: 'untagged after stages' });
no('DL3006', 'ARG IMAGE=debian\nFROM ${IMAGE}\n', 'spec', { description: 'a variable image' });
no('DL3006', 'ARG VERSION=12\nFROM debian:${VERSION}\n', 'spec', { description: 'a variable tag' });
no('DL3006', 'FROM debian:12 AS Build\nRUN make\nFROM build\n', 'spec', { description: 'stage names are case-insensitive' });

// DL3007: latest.
yes('DL3007', 'FROM debian:latest\n', 'wiki');
no('DL3007', 'FROM debian:jessie\n', 'wiki');
no('DL3007', 'FROM debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n', 'spec', { description: 'latest with a digest' });
no('DL3007', 'FROM debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb\n');
yes('DL3007', 'FROM debian:latest AS builder\n');

// DL3008: apt-get package pins.
yes('DL3008', 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends python && rm -rf /var/lib/apt/lists/*\n', 'wiki');
no('DL3008', 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends python=2.7 && rm -rf /var/lib/apt/lists/*\n', 'wiki');
yes('DL3008', 'FROM debian:12\nRUN apt-get install -y python\n');
no('DL3008', 'FROM debian:12\nRUN apt-get install -y python=2.7\n');
no('DL3008', 'FROM debian:12\nRUN apt-get install python=2.7\n');
yes('DL3008', 'FROM debian:12\nRUN apt-get install -y python=2.7 ruby\n', 'spec', { description: 'one of two unpinned' });
no('DL3008', 'FROM debian:12\nRUN apt-get install -y ./foo.deb\n', 'spec', { description: 'a local .deb' });
no('DL3008', 'FROM debian:12\nRUN apt-get install -y /tmp/foo.deb\n', 'spec', { description: 'an absolute .deb' });
no('DL3008', 'FROM debian:12\nRUN apt-get install -y -t buster-backports python=2.7\n', 'spec', { description: 'the -t value' });
no('DL3008', 'FROM debian:12\nRUN apt-get install -y --target-release buster-backports python=2.7\n', 'spec', { description: 'the --target-release value' });
no('DL3008', 'FROM debian:12\nRUN apt-get update\n', 'spec', { description: 'no install' });
yes('DL3008', 'FROM debian:12\nRUN apt-get -y install python\n', 'spec', { description: 'options before install' });
no('DL3008', 'FROM debian:12\nRUN apt-get install -y --no-install-recommends python=2.7 python3=3.11.2-1\n');
no('DL3008', 'FROM ubuntu:22.04\nRUN apt install -y python\n', 'spec', {
  description: 'apt install',
  deviation: 'hadolint checks `apt-get install` only; `apt install` (reported by DL3027 too) installs the same unpinned package, so whale checks it',
});

// DL3009: apt lists not cleaned.
yes('DL3009', 'FROM debian:12\nRUN apt-get update && apt-get install -y python\n', 'wiki');
no('DL3009', 'FROM debian:12\nRUN apt-get update && apt-get install -y python \\\n && apt-get clean \\\n && rm -rf /var/lib/apt/lists/*\n', 'wiki');
no('DL3009', 'FROM debian:12\nRUN apt-get update && apt-get install -y python && rm -rf /var/lib/apt/lists/*\n');
no('DL3009', 'FROM debian:12\nRUN apt-get update && apt-get install -y python && rm -r /var/lib/apt/lists/*\n');
no('DL3009', 'FROM debian:12\nRUN apt-get install -y python\n', 'spec', { description: 'no update' });
no('DL3009', 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y python\n', 'spec', { description: 'cache mount on the lists' });
no('DL3009', 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y python\nFROM scratch\nCOPY --from=build /usr/bin/python /python\n', 'spec', { description: 'a builder stage' });
yes('DL3009', 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y python\nFROM base\nRUN echo hi\n', 'spec', { description: 'a stage used as base' });
yes('DL3009', 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y python\n', 'spec', { description: 'update alone' });

// DL3010: ADD for archives.
yes('DL3010', 'FROM debian:12\nCOPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar\n', 'wiki');
no('DL3010', 'FROM debian:12\nADD packaged-app.tar /usr/src/app\n', 'wiki');
yes('DL3010', 'FROM debian:12\nCOPY foo.tar.gz /tmp/\nRUN tar -xzf /tmp/foo.tar.gz\n');
no('DL3010', 'FROM debian:12\nCOPY foo.tar.gz /tmp/\n', 'spec', { description: 'copied, not extracted' });
no('DL3010', 'FROM debian:12\nCOPY foo.txt /tmp/\nRUN cat /tmp/foo.txt\n', 'spec', { description: 'not an archive' });

// DL3011: port range.
yes('DL3011', 'FROM busybox\nEXPOSE 80000\n', 'wiki');
no('DL3011', 'FROM busybox\nEXPOSE 65535\n', 'wiki');
no('DL3011', 'FROM busybox\nEXPOSE 40000\n');
no('DL3011', 'FROM busybox\nEXPOSE 80 443\n');
yes('DL3011', 'FROM busybox\nEXPOSE 80 65536\n');
no('DL3011', 'FROM busybox\nEXPOSE 8000-8100\n', 'spec', { description: 'a range' });
yes('DL3011', 'FROM busybox\nEXPOSE 40000-80000/tcp\n', 'spec', { description: 'a range past the limit' });
no('DL3011', 'FROM busybox\nEXPOSE 80/udp\n');
no('DL3011', 'FROM busybox\nARG PORT=8080\nEXPOSE ${PORT}\n', 'spec', { description: 'a variable' });

// DL3012: several HEALTHCHECKs.
yes('DL3012', 'FROM busybox\nHEALTHCHECK CMD /bin/true\nHEALTHCHECK CMD /bin/false\n', 'wiki');
no('DL3012', 'FROM busybox\nHEALTHCHECK CMD /bin/true\n', 'wiki');
no('DL3012', 'FROM busybox\nRUN foo\n');
no('DL3012', 'FROM busybox AS a\nHEALTHCHECK CMD /bin/true\nFROM busybox AS b\nHEALTHCHECK CMD /bin/false\n', 'spec', { description: 'one per stage' });
yes('DL3012', 'FROM busybox\nHEALTHCHECK NONE\nHEALTHCHECK CMD /bin/true\n');
// One code per instruction: duplicates of the other two are not DL3012 (BuildKit's one check covers the three).
no('DL3012', 'FROM busybox\nCMD ["/bin/true"]\nCMD ["/bin/false"]\n', 'spec', { description: 'two CMDs are DL4003' });
no('DL3012', 'FROM busybox\nENTRYPOINT ["/bin/true"]\nENTRYPOINT ["/bin/false"]\n', 'spec', { description: 'two ENTRYPOINTs are DL4004' });

// DL3013: pip pins.
yes('DL3013', 'FROM python:3.12\nRUN pip install django\n', 'wiki');
no('DL3013', 'FROM python:3.12\nRUN pip install django==1.9\n', 'wiki');
yes('DL3013', 'FROM python:3.12\nRUN pip install MySQL_python\n');
no('DL3013', 'FROM python:3.12\nRUN pip install MySQL_python==1.2.2\n');
no('DL3013', 'FROM python:3.12\nRUN pip install -r requirements.txt\n');
no('DL3013', 'FROM python:3.12\nRUN pip install --requirement requirements.txt\n');
no('DL3013', 'FROM python:3.12\nRUN pip install .\n');
no('DL3013', 'FROM python:3.12\nRUN pip install MySQL_python~=1.2.2\n');
no('DL3013', 'FROM python:3.12\nRUN pip install MySQL_python===1.2.2\n');
no('DL3013', 'FROM python:3.12\nRUN pip install --ignore-installed MySQL_python==1.2.2\n');
no('DL3013', 'FROM python:3.12\nRUN python -m pip install example==1.2.2\n');
yes('DL3013', 'FROM python:3.12\nRUN python -m pip install example\n');
yes('DL3013', 'FROM python:3.12\nRUN pip3 install example\n');
no('DL3013', 'FROM python:3.12\nRUN pip install git+https://github.com/rtfd/r2@f10cc6b3f9e2e0b0b02d7f1a4b8c2e6d3a9f5e1c#egg=r2\n');
no('DL3013', "FROM python:3.12\nRUN pip install 'alabaster>=0.7'\n", 'spec', { description: 'lower bound' });
no('DL3013', "FROM python:3.12\nRUN pip install 'alabaster<0.7'\n", 'spec', { description: 'upper bound' });
no('DL3013', "FROM python:3.12\nRUN pip install 'alabaster!=0.7'\n", 'spec', { description: 'excluded version' });
no('DL3013', 'FROM python:3.12\nRUN pip install MySQL_python==1.2.2 --user\n');
no('DL3013', 'FROM python:3.12\nRUN pip install pykafka --constraint http://foo.bar.baz\n', 'spec', { description: 'constraints file' });
no('DL3013', 'FROM python:3.12\nRUN pip install pykafka -c http://foo.bar.baz\n', 'spec', { description: 'constraints file, short' });
no('DL3013', 'FROM python:3.12\nRUN pip install foo-1.0-py3-none-any.whl\n', 'spec', { description: 'a wheel' });
no('DL3013', "FROM python:3.12\nRUN pip install 'foo[bar]==1.0'\n", 'spec', { description: 'extras, pinned' });
no('DL3013', 'FROM python:3.12\nRUN pip install -e .\n', 'spec', { description: 'editable local' });
no('DL3013', 'FROM python:3.12\nRUN pip install --index-url https://example.com/simple foo==1.0\n', 'spec', { description: 'index url value' });
yes('DL3013', 'FROM python:3.12\nRUN pip install --index-url https://example.com/simple foo\n');
no('DL3013', 'FROM python:3.12\nRUN pip install --no-cache-dir foo==1.0 bar==2.0\n');
yes('DL3013', 'FROM python:3.12\nRUN pip install foo==1.0 bar\n');
no('DL3013', 'FROM python:3.12\nRUN pip install ./mypackage\n', 'spec', { description: 'a local path' });
no('DL3013', 'FROM python:3.12\nRUN pip install mypackage.tar.gz\n', 'spec', { description: 'an sdist' });
yes('DL3013', 'FROM python:3.12\nRUN pip install git+https://github.com/rtfd/r2.git\n', 'spec', { description: 'a git URL without a ref' });
yes('DL3013', 'FROM python:3.12\nRUN pip install --upgrade pip\n');

// DL3014: apt-get -y.
yes('DL3014', 'FROM debian:12\nRUN apt-get install python=2.7\n', 'wiki');
no('DL3014', 'FROM debian:12\nRUN apt-get install -y python=2.7\n', 'wiki');
no('DL3014', 'FROM debian:12\nRUN apt-get install --yes python=2.7\n');
no('DL3014', 'FROM debian:12\nRUN apt-get install --assume-yes python=2.7\n');
no('DL3014', 'FROM debian:12\nRUN apt-get install -qq python=2.7\n');
no('DL3014', 'FROM debian:12\nRUN apt-get install -q=2 python=2.7\n');
no('DL3014', 'FROM debian:12\nRUN apt-get -y install python=2.7\n');
no('DL3014', 'FROM debian:12\nRUN apt-get install -yq python=2.7\n', 'spec', { description: 'combined flags' });
no('DL3014', 'FROM debian:12\nRUN apt-get install -qy python=2.7\n', 'spec', { description: 'combined flags' });
no('DL3014', 'FROM debian:12\nRUN apt-get -qqy install python=2.7\n', 'spec', { description: 'combined flags before install' });
yes('DL3014', 'FROM debian:12\nRUN apt-get install -q python=2.7\n', 'spec', { description: 'one -q is not enough' });
no('DL3014', 'FROM debian:12\nRUN apt-get update\n');
yes('DL3014', 'FROM debian:12\nRUN apt-get update && apt-get install python=2.7\n');

// DL3015: --no-install-recommends.
yes('DL3015', 'FROM debian:12\nRUN apt-get install -y python=2.7\n', 'wiki');
no('DL3015', 'FROM debian:12\nRUN apt-get install -y --no-install-recommends python=2.7\n', 'wiki');
no('DL3015', 'FROM debian:12\nRUN apt-get -y --no-install-recommends install python=2.7\n');
no('DL3015', 'FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false python=2.7\n', 'spec', { description: 'the apt option' });
no('DL3015', 'FROM debian:12\nRUN apt-get update\n');

// DL3016: npm pins.
yes('DL3016', 'FROM node:20\nRUN npm install express\n', 'wiki');
no('DL3016', 'FROM node:20\nRUN npm install express@4.1.1\n', 'wiki');
no('DL3016', 'FROM node:20\nRUN npm install\n', 'spec', { description: 'bare install' });
no('DL3016', 'FROM node:20\nRUN npm install --production\n', 'spec', { description: 'bare install with a flag' });
yes('DL3016', 'FROM node:20\nRUN npm install @myorg/privatepackage\n');
no('DL3016', 'FROM node:20\nRUN npm install @myorg/privatepackage@1.0.0\n');
no('DL3016', 'FROM node:20\nRUN npm install "@myorg/privatepackage@>=0.1.0"\n');
no('DL3016', 'FROM node:20\nRUN npm install express@latest\n', 'spec', { description: 'a tag' });
no('DL3016', 'FROM node:20\nRUN npm install -g express@4.1.1\n');
yes('DL3016', 'FROM node:20\nRUN npm install -g express\n');
no('DL3016', 'FROM node:20\nRUN npm i express@4.1.1\n');
yes('DL3016', 'FROM node:20\nRUN npm i express\n');
yes('DL3016', 'FROM node:20\nRUN npm install express@4.1.1 sax\n');
no('DL3016', 'FROM node:20\nRUN npm install git+ssh://git@github.com:npm/npm.git#v1.0.27\n');
yes('DL3016', 'FROM node:20\nRUN npm install git+ssh://git@github.com:npm/npm.git\n');
no('DL3016', 'FROM node:20\nRUN npm install git+https://isaacs@github.com/npm/npm.git#v1.0.27\n');
no('DL3016', 'FROM node:20\nRUN npm install git://github.com/npm/npm.git#v1.0.27\n');
no('DL3016', 'FROM node:20\nRUN npm install ./folder\n', 'spec', { description: 'a folder' });
no('DL3016', 'FROM node:20\nRUN npm install /opt/folder\n', 'spec', { description: 'an absolute folder' });
no('DL3016', 'FROM node:20\nRUN npm install https://example.com/foo.tgz\n', 'spec', { description: 'a tarball URL' });
no('DL3016', 'FROM node:20\nRUN npm install foo.tgz\n', 'spec', { description: 'a tarball' });
no('DL3016', 'FROM node:20\nRUN npm ci\n');
no('DL3016', 'FROM node:20\nRUN npm install --save-dev express@4.1.1\n');
yes('DL3016', 'FROM node:20\nRUN npm install --save-dev express\n');
no('DL3016', 'FROM node:20\nRUN npm install --prefix /app express@4.1.1\n', 'spec', { description: 'the --prefix value' });
no('DL3016', 'FROM node:20\nRUN npm install --loglevel verbose sax@0.1.1\n', 'spec', { description: 'the --loglevel value' });
no('DL3016', 'FROM node:20\nRUN npm run install\n', 'spec', { description: 'npm run install' });
no('DL3016', 'FROM node:20\nRUN npm install ../folder\n', 'spec', { description: 'a relative folder' });
no('DL3016', 'FROM node:20\nRUN npm install ~/folder\n', 'spec', { description: 'a home folder' });
no('DL3016', 'FROM node:20\nRUN npm install package-v1.2.3.tar\n', 'spec', { description: 'a tar' });
no('DL3016', 'FROM node:20\nRUN npm install express@"4.1.1" sax@0.1.1\n', 'spec', { description: 'several pinned' });
yes('DL3016', 'FROM node:20\nRUN npm install git+http://isaacs@github.com/npm/npm.git\n', 'spec', { description: 'git+http without a commit' });

// DL3018: apk pins.
yes('DL3018', 'FROM alpine:3.19\nRUN apk add --no-cache foo\n', 'wiki');
no('DL3018', 'FROM alpine:3.19\nRUN apk add --no-cache foo=1.0\n', 'wiki');
yes('DL3018', 'FROM alpine:3.19\nRUN apk add --no-cache foo=1.0 bar\n');
no('DL3018', 'FROM alpine:3.19\nRUN apk add --no-cache --virtual .build-deps foo=1.0\n', 'spec', { description: 'the --virtual value' });
no('DL3018', 'FROM alpine:3.19\nRUN apk add --no-cache -t .build-deps foo=1.0\n', 'spec', { description: 'the -t value' });
no('DL3018', 'FROM alpine:3.19\nRUN apk add --no-cache --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing foo=1.0\n', 'spec', { description: 'the --repository value' });
no('DL3018', 'FROM alpine:3.19\nRUN apk add --no-cache -X https://dl-cdn.alpinelinux.org/alpine/edge/testing foo=1.0\n', 'spec', { description: 'the -X value' });
no('DL3018', 'FROM alpine:3.19\nRUN apk add --no-cache /tmp/foo.apk\n', 'spec', { description: 'an .apk file' });
no('DL3018', 'FROM alpine:3.19\nRUN apk add --no-cache ./foo.apk\n', 'spec', { description: 'a local .apk file' });
no('DL3018', 'FROM alpine:3.19\nRUN apk update\n');
yes('DL3018', 'FROM alpine:3.19\nRUN apk --no-cache add foo\n', 'spec', { description: 'options before add' });
yes('DL3018', 'FROM alpine:3.19\nRUN apk add --no-cache --virtual .build-deps foo\n');
yes('DL3018', 'FROM alpine:3.19\nRUN apk add --no-cache foo~1.0\n', 'spec', {
  description: 'a fuzzy version',
  deviation: 'hadolint accepts only `=`; `~1.0` is apk\'s own version constraint (and the usual one, since Alpine drops old exact versions), a known complaint about DL3018',
});

// DL3019: apk --no-cache.
yes('DL3019', 'FROM alpine:3.7\nRUN apk update \\\n    && apk add foo=1.0 \\\n    && rm -rf /var/cache/apk/*\n', 'wiki');
no('DL3019', 'FROM alpine:3.7\nRUN apk add --no-cache foo=1.0\n', 'wiki');
yes('DL3019', 'FROM alpine:3.19\nRUN apk add foo=1.0\n');
no('DL3019', 'FROM alpine:3.19\nRUN apk --no-cache add foo=1.0\n');
no('DL3019', 'FROM alpine:3.19\nRUN --mount=type=cache,target=/var/cache/apk apk add foo=1.0\n', 'spec', { description: 'a cache mount' });
no('DL3019', 'FROM alpine:3.19\nRUN apk update\n');

// DL3020: ADD for files.
yes('DL3020', 'FROM python:3.12\nADD requirements.txt /usr/src/app/\n', 'wiki');
no('DL3020', 'FROM python:3.12\nCOPY requirements.txt /usr/src/app/\n', 'wiki');
yes('DL3020', 'FROM debian:12\nADD file /usr/src/app/\n');
no('DL3020', 'FROM debian:12\nADD file.tar.gz /usr/src/app/\n', 'spec', { description: 'an archive' });
no('DL3020', 'FROM debian:12\nADD file.tar /usr/src/app/\n', 'spec', { description: 'a tar' });
no('DL3020', 'FROM debian:12\nADD file.tgz /usr/src/app/\n');
no('DL3020', 'FROM debian:12\nADD file.tar.xz /usr/src/app/\n');
no('DL3020', 'FROM debian:12\nADD http://file.com /usr/src/app/\n', 'spec', { description: 'a URL' });
no('DL3020', 'FROM debian:12\nADD https://example.com/file /usr/src/app/\n', 'spec', { description: 'a URL' });
yes('DL3020', 'FROM debian:12\nADD --chown=root:root file /usr/src/app/\n');
no('DL3020', 'FROM debian:12\nADD ["file.tar.gz", "/usr/src/app/"]\n', 'spec', { description: 'exec form archive' });
yes('DL3020', 'FROM debian:12\nADD ["file", "/usr/src/app/"]\n', 'spec', { description: 'exec form file' });
yes('DL3020', 'FROM debian:12\nADD file1 file2 /dest/\n');
yes('DL3020', 'FROM debian:12\nADD git@github.com:moby/buildkit.git /src\n', 'spec', {
  description: 'a git repository',
  deviation: 'hadolint predates `ADD <git URL>` (Dockerfile 1.6) and takes only http(s) URLs as remote; ADD is the only way to add a git repository, so whale does not report it',
});

// DL3021: several sources need a directory destination.
yes('DL3021', 'FROM node:20\nCOPY package.json yarn.lock my_app\n', 'wiki');
no('DL3021', 'FROM node:20\nCOPY package.json yarn.lock my_app/\n', 'wiki');
no('DL3021', 'FROM node:20\nCOPY foo bar\n');
yes('DL3021', 'FROM node:20\nCOPY foo bar baz\n');
no('DL3021', 'FROM node:20\nCOPY foo bar baz/\n');
no('DL3021', 'FROM node:20\nCOPY ["foo", "bar", "baz/"]\n');
yes('DL3021', 'FROM node:20\nCOPY ["foo", "bar", "baz"]\n');
no('DL3021', 'FROM node:20\nCOPY --chown=node:node foo bar baz/\n');
yes('DL3021', 'FROM node:20\nCOPY --chown=node:node foo bar baz\n');
no('DL3021', 'FROM node:20\nADD foo.tar bar.tar baz\n', 'spec', {
  description: 'ADD',
  deviation: 'hadolint checks COPY only; Docker refuses ADD with several sources and a destination without `/` just the same, so whale checks ADD too',
});

// DL3022: COPY --from an earlier stage.
yes('DL3022', 'FROM debian:jessie\nCOPY --from=build foo .\n', 'wiki');
no('DL3022', 'FROM debian:jessie AS build\nRUN make\nFROM debian:jessie\nCOPY --from=build foo .\n', 'wiki');
no('DL3022', 'FROM scratch AS foo\nFROM debian:12\nCOPY --from=foo bar .\n');
no('DL3022', 'FROM scratch\nFROM debian:12\nCOPY --from=0 bar .\n', 'spec', { description: 'a stage index' });
no('DL3022', 'FROM debian:12\nCOPY --from=nginx:latest /etc/nginx/nginx.conf /nginx.conf\n', 'spec', { description: 'an image' });
no('DL3022', 'FROM debian:12\nCOPY --from=docker.io/library/nginx:1.25 /etc/nginx/nginx.conf /nginx.conf\n', 'spec', { description: 'a qualified image' });
yes('DL3022', 'FROM debian:12 AS a\nFROM debian:12\nCOPY --from=b foo .\n', 'spec', { description: 'an unknown name' });
no('DL3022', 'FROM debian:12\nCOPY foo .\n');

// DL3023: COPY --from the current stage.
yes('DL3023', 'FROM debian:jessie AS build\nCOPY --from=build some stuff ./\n', 'wiki');
no('DL3023', 'FROM debian:jessie AS build\nRUN stuff\nFROM debian:jessie\nCOPY --from=build some stuff ./\n', 'wiki');
yes('DL3023', 'FROM node:20 AS foo\nCOPY --from=foo bar .\n');
no('DL3023', 'FROM scratch AS build\nFROM node:20 AS run\nCOPY --from=build foo .\n');

// DL3024: duplicate stage names.
yes('DL3024', 'FROM debian:jessie AS build\nRUN stuff\nFROM debian:jessie AS build\nRUN more_stuff\n', 'wiki');
no('DL3024', 'FROM debian:jessie AS build\nRUN stuff\nFROM debian:jessie AS another-alias\nRUN more_stuff\n', 'wiki');
yes('DL3024', 'FROM node:20 AS foo\nFROM scratch AS foo\n');
no('DL3024', 'FROM node:20 AS foo\nFROM scratch AS bar\n');
no('DL3024', 'FROM node:20\nFROM scratch\n', 'spec', { description: 'no names' });

// DL3025: JSON form for CMD and ENTRYPOINT.
yes('DL3025', 'FROM busybox\nCMD /bin/foo\n', 'wiki');
no('DL3025', 'FROM busybox\nCMD ["/bin/foo"]\n', 'wiki');
yes('DL3025', 'FROM busybox\nCMD foo bar\n');
no('DL3025', 'FROM busybox\nCMD ["foo", "bar"]\n');
yes('DL3025', 'FROM busybox\nENTRYPOINT foo bar\n');
no('DL3025', 'FROM busybox\nENTRYPOINT ["foo", "bar"]\n');
no('DL3025', 'FROM busybox\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n', 'spec', { description: 'HEALTHCHECK is not checked' });
yes('DL3025', 'FROM busybox\nSHELL ["/bin/bash", "-c"]\nCMD echo hi\n', 'spec', {
  description: 'after SHELL',
  deviation: 'hadolint and BuildKit disagree: BuildKit\'s JSONArgsRecommended (the same rule) is quiet once a SHELL is set, a deliberate choice of shell form; whale follows BuildKit',
});

// DL3026: trusted registries.
yes('DL3026', 'FROM randomguy/python:3.12\nFROM gcr.io/randomguy/python:3.12\n', 'wiki', { options: TRUSTED });
no('DL3026', 'FROM python:3.12\n', 'wiki', { options: TRUSTED });
yes('DL3026', 'FROM random.com/debian:12\n', 'spec', { options: TRUSTED });
no('DL3026', 'FROM docker.io/debian:12\n', 'spec', { options: TRUSTED });
no('DL3026', 'FROM scratch\n', 'spec', { options: TRUSTED });
no('DL3026', 'FROM random.com/debian:12 AS build\nFROM build\n', 'spec', { options: { 'untrusted-registry': { trustedRegistries: ['random.com'] } } });
yes('DL3026', 'FROM debian:12\n', 'spec', { options: { 'untrusted-registry': { trustedRegistries: ['random.com'] } }, description: 'Docker Hub not trusted' });
no('DL3026', 'FROM foo.example.com/debian:12\n', 'spec', { options: { 'untrusted-registry': { trustedRegistries: ['*.example.com'] } }, description: 'a wildcard' });
no('DL3026', 'FROM random.com/debian:12\n', 'spec', { description: 'no configuration' });

// DL3027: apt.
yes('DL3027', 'FROM ubuntu:22.04\nRUN apt install -y curl=7.0\n', 'wiki');
no('DL3027', 'FROM ubuntu:22.04\nRUN apt-get install -y curl=7.0\n', 'wiki');
yes('DL3027', 'FROM ubuntu:22.04\nRUN apt update\n');
no('DL3027', 'FROM ubuntu:22.04\nRUN apt-cache show curl\n');

// DL3028: gem pins.
yes('DL3028', 'FROM ruby:3.3\nRUN gem install rake\n', 'wiki');
no('DL3028', 'FROM ruby:3.3\nRUN gem install rake:12.3.0\n', 'wiki');
no('DL3028', 'FROM ruby:3.3\nRUN gem install rake -v 12.3.0\n');
no('DL3028', 'FROM ruby:3.3\nRUN gem install rake --version 12.3.0\n');
no('DL3028', 'FROM ruby:3.3\nRUN gem install rake --version=12.3.0\n');
yes('DL3028', 'FROM ruby:3.3\nRUN gem install rake:12.3.0 bundler\n');
no('DL3028', 'FROM ruby:3.3\nRUN gem update --system\n');
no('DL3028', 'FROM ruby:3.3\nRUN gem install ./mygem.gem\n', 'spec', { description: 'a local gem file' });
no('DL3028', 'FROM ruby:3.3\nRUN gem install bundler:1.1 --no-document\n');

// DL3029: FROM --platform constant.
yes('DL3029', 'FROM --platform=linux/amd64 debian:jessie\n', 'wiki');
no('DL3029', 'FROM debian:jessie\n', 'wiki');
no('DL3029', 'FROM --platform=$BUILDPLATFORM debian:jessie\n');
no('DL3029', 'FROM --platform=${TARGETPLATFORM} debian:jessie AS x\n');
yes('DL3029', 'FROM --platform=linux/amd64 alpine:3.19 AS build_amd64\n', 'spec', {
  description: 'the stage name names the platform',
  deviation: 'hadolint and BuildKit disagree: BuildKit\'s FromPlatformFlagConstDisallowed (the same rule) accepts a constant platform when the stage name contains its OS or architecture, which shows the pin is deliberate; whale follows BuildKit',
});

// DL3030: yum -y.
yes('DL3030', 'FROM centos:7\nRUN yum install httpd-2.4.24 && yum clean all\n', 'wiki');
no('DL3030', 'FROM centos:7\nRUN yum install -y httpd-2.4.24 && yum clean all\n', 'wiki');
no('DL3030', 'FROM centos:7\nRUN yum install --assumeyes httpd-2.4.24 && yum clean all\n');
no('DL3030', 'FROM centos:7\nRUN yum -y install httpd-2.4.24 && yum clean all\n');
yes('DL3030', 'FROM centos:7\nRUN yum groupinstall "Development Tools" && yum clean all\n');
no('DL3030', 'FROM centos:7\nRUN yum clean all\n');
no('DL3030', 'FROM centos:7\nRUN yum update && yum clean all\n', 'spec', {
  description: 'yum update',
  deviation: 'hadolint checks install, groupinstall and localinstall only; `yum update` without -y fails the build the same way, so whale checks every command that prompts',
});

// DL3032: yum clean all.
yes('DL3032', 'FROM centos:7\nRUN yum install -y httpd-2.4.24\n', 'wiki');
no('DL3032', 'FROM centos:7\nRUN yum install -y httpd-2.4.24 && yum clean all\n', 'wiki');
no('DL3032', 'FROM centos:7\nRUN yum install -y httpd-2.4.24 && yum clean all && rm -rf /var/cache/yum\n');
no('DL3032', 'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd-2.4.24\n', 'spec', { description: 'a cache mount' });
no('DL3032', 'FROM centos:7\nRUN yum update -y && yum clean all\n');
yes('DL3032', 'FROM centos:7\nRUN yum clean all && yum install -y httpd-2.4.24\n', 'spec', { description: 'clean before install' });
yes('DL3032', 'FROM centos:7 AS build\nRUN yum install -y gcc-4.8.5 && make\nFROM scratch\nCOPY --from=build /app /app\n', 'spec', {
  description: 'a builder stage',
  deviation: 'hadolint checks every stage for DL3032 but only persisting stages for DL3009; whale applies DL3009\'s reasoning to every package cache: a builder stage whose files are copied out ships none of its layers',
});

// DL3033: yum pins.
yes('DL3033', 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n', 'wiki');
no('DL3033', 'FROM centos:7\nRUN yum install -y httpd-2.24.2 && yum clean all\n', 'wiki');
yes('DL3033', 'FROM centos:7\nRUN yum install -y tomcat && yum clean all\n');
no('DL3033', 'FROM centos:7\nRUN yum install -y tomcat-9.2 && yum clean all\n');
no('DL3033', 'FROM centos:7\nRUN yum module install -y container-tools:3.0 && yum clean all\n', 'spec', { description: 'a module with a stream' });
yes('DL3033', 'FROM centos:7\nRUN yum module install -y container-tools && yum clean all\n', 'spec', { description: 'a module without a stream' });
no('DL3033', 'FROM centos:7\nRUN yum install -y /tmp/foo.rpm && yum clean all\n', 'spec', { description: 'an rpm file' });
no('DL3033', 'FROM centos:7\nRUN yum install -y https://example.com/foo-1.0.rpm && yum clean all\n');

// DL3034: zypper non-interactive.
yes('DL3034', 'FROM opensuse/leap:15.5\nRUN zypper install httpd=2.4.46 && zypper clean\n', 'wiki');
no('DL3034', 'FROM opensuse/leap:15.5\nRUN zypper install -y httpd=2.4.46 && zypper clean\n', 'wiki');
no('DL3034', 'FROM opensuse/leap:15.5\nRUN zypper --non-interactive install httpd=2.4.46 && zypper clean\n');
no('DL3034', 'FROM opensuse/leap:15.5\nRUN zypper -n install httpd=2.4.46 && zypper clean\n');
no('DL3034', 'FROM opensuse/leap:15.5\nRUN zypper install --no-confirm httpd=2.4.46 && zypper clean\n');
yes('DL3034', 'FROM opensuse/leap:15.5\nRUN zypper in httpd=2.4.46 && zypper clean\n');
yes('DL3034', 'FROM opensuse/leap:15.5\nRUN zypper remove httpd\n');
no('DL3034', 'FROM opensuse/leap:15.5\nRUN zypper clean\n');
no('DL3034', 'FROM opensuse/leap:15.5\nRUN zypper update\n', 'spec', {
  description: 'zypper update',
  deviation: 'hadolint checks install, remove, source-install and patch only; `zypper update` prompts the same way, so whale checks it too',
});

// DL3035: zypper dist-upgrade.
yes('DL3035', 'FROM opensuse/leap:15.5\nRUN zypper dist-upgrade\n', 'wiki');
no('DL3035', 'FROM opensuse/leap:15.5\nRUN zypper install -y httpd=2.4.46 && zypper clean\n', 'wiki');
yes('DL3035', 'FROM opensuse/leap:15.5\nRUN zypper dup\n');
yes('DL3035', 'FROM opensuse/leap:15.5\nRUN zypper -n dist-upgrade\n');
no('DL3035', 'FROM opensuse/leap:15.5\nRUN zypper -n update\n');

// DL3036: zypper clean.
yes('DL3036', 'FROM opensuse/leap:15.5\nRUN zypper install -y httpd=2.4.46\n', 'wiki');
no('DL3036', 'FROM opensuse/leap:15.5\nRUN zypper install -y httpd=2.4.46 && zypper clean\n', 'wiki');
no('DL3036', 'FROM opensuse/leap:15.5\nRUN zypper install -y httpd=2.4.46 && zypper cc\n');
no('DL3036', 'FROM opensuse/leap:15.5\nRUN --mount=type=cache,target=/var/cache/zypp zypper install -y httpd=2.4.46\n');

// DL3037: zypper pins.
yes('DL3037', 'FROM opensuse/leap:15.5\nRUN zypper install -y httpd && zypper clean\n', 'wiki');
no('DL3037', 'FROM opensuse/leap:15.5\nRUN zypper install -y httpd=2.4.46 && zypper clean\n', 'wiki');
no('DL3037', "FROM opensuse/leap:15.5\nRUN zypper install -y 'httpd>=2.4.46' && zypper clean\n");
no('DL3037', "FROM opensuse/leap:15.5\nRUN zypper install -y 'httpd<=2.4.46' && zypper clean\n");
yes('DL3037', 'FROM opensuse/leap:15.5\nRUN zypper install -y httpd=2.4.46 nginx && zypper clean\n');
yes('DL3037', 'FROM opensuse/leap:15.5\nRUN zypper install -y httpd-2.4.46 && zypper clean\n', 'spec', {
  description: 'name-version',
  deviation: 'hadolint knows only `=`, `<`, `>`; zypper also reads `name-version` as a versioned capability, so whale accepts it',
});

// DL3038: dnf -y.
yes('DL3038', 'FROM fedora:39\nRUN dnf install httpd-2.4.46 && dnf clean all\n', 'wiki');
no('DL3038', 'FROM fedora:39\nRUN dnf install -y httpd-2.4.46 && dnf clean all\n', 'wiki');
no('DL3038', 'FROM fedora:39\nRUN dnf install --assumeyes httpd-2.4.46 && dnf clean all\n');
no('DL3038', 'FROM fedora:39\nRUN dnf -y install httpd-2.4.46 && dnf clean all\n');
yes('DL3038', 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3\nRUN microdnf install httpd-2.4.46 && microdnf clean all\n');
no('DL3038', 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3\nRUN microdnf install -y httpd-2.4.46 && microdnf clean all\n');
yes('DL3038', 'FROM fedora:39\nRUN dnf groupinstall "Development Tools" && dnf clean all\n');

// DL3040: dnf clean all.
yes('DL3040', 'FROM fedora:39\nRUN dnf install -y httpd-2.4.46\n', 'wiki');
no('DL3040', 'FROM fedora:39\nRUN dnf install -y httpd-2.4.46 && dnf clean all\n', 'wiki');
yes('DL3040', 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3\nRUN microdnf install -y httpd-2.4.46\n');
no('DL3040', 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3\nRUN microdnf install -y httpd-2.4.46 && microdnf clean all\n');
no('DL3040', 'FROM fedora:39\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd-2.4.46\n');

// DL3041: dnf pins.
yes('DL3041', 'FROM fedora:39\nRUN dnf install -y httpd && dnf clean all\n', 'wiki');
no('DL3041', 'FROM fedora:39\nRUN dnf install -y httpd-2.24.2 && dnf clean all\n', 'wiki');
yes('DL3041', 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.3\nRUN microdnf install -y httpd && microdnf clean all\n');
no('DL3041', 'FROM fedora:39\nRUN dnf module install -y nodejs:20 && dnf clean all\n', 'spec', { description: 'a module with a stream' });
yes('DL3041', 'FROM fedora:39\nRUN dnf module install -y nodejs && dnf clean all\n', 'spec', { description: 'a module without a stream' });
no('DL3041', 'FROM fedora:39\nRUN dnf install -y /tmp/foo.rpm && dnf clean all\n');

// DL3042: pip --no-cache-dir.
yes('DL3042', 'FROM python:3.12\nRUN pip install django==1.9\n', 'wiki');
no('DL3042', 'FROM python:3.12\nRUN pip install --no-cache-dir django==1.9\n', 'wiki');
yes('DL3042', 'FROM python:3.12\nRUN pip3 install MySQL_python==1.2.2\n');
yes('DL3042', 'FROM python:3.12\nRUN python -m pip install MySQL_python==1.2.2\n');
no('DL3042', 'FROM python:3.12\nRUN python -m pip install --no-cache-dir MySQL_python==1.2.2\n');
yes('DL3042', 'FROM python:3.12\nRUN pip install -r requirements.txt\n');
no('DL3042', 'FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\n');
no('DL3042', 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install django==1.9\n', 'spec', { description: 'PIP_NO_CACHE_DIR' });
no('DL3042', 'FROM python:3.12\nRUN pipx install black==24.1.0\n', 'spec', { description: 'pipx' });
no('DL3042', 'FROM python:3.12\nRUN pipenv install\n', 'spec', { description: 'pipenv' });
no('DL3042', 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install django==1.9\n', 'spec', { description: 'a pip cache mount' });
no('DL3042', 'FROM python:3.12\nRUN pip download django==1.9\n');
no('DL3042', 'FROM python:3.12\nRUN pip uninstall -y django\n');
no('DL3042', 'FROM python:3.12\nRUN pip3 --no-cache-dir install django==1.9\n', 'spec', { description: 'the option before install' });

// DL3043: ONBUILD triggers.
yes('DL3043', 'FROM debian:12\nONBUILD ONBUILD RUN make\n', 'wiki');
no('DL3043', 'FROM debian:12\nONBUILD RUN make\n', 'wiki');
yes('DL3043', 'FROM debian:12\nONBUILD FROM debian:12\n');
yes('DL3043', 'FROM debian:12\nONBUILD MAINTAINER me@example.com\n');
no('DL3043', 'FROM debian:12\nONBUILD COPY . /app\n');

// DL3044: ENV self-reference.
yes('DL3044', 'FROM busybox\nENV BLOCK="foo" BLOCK_FOO="$BLOCK/foo"\n', 'wiki');
no('DL3044', 'FROM busybox\nENV BLOCK="foo"\nENV BLOCK_FOO="$BLOCK/foo"\n', 'wiki');
yes('DL3044', 'FROM busybox\nENV FOO=bar BAR=${FOO}\n');
no('DL3044', 'FROM busybox\nENV PATH=/opt/bin:$PATH\n', 'spec', { description: 'its own earlier value' });
no('DL3044', 'FROM busybox\nENV BAR=$FOO FOO=bar\n', 'spec', { description: 'defined later in the statement' });
no('DL3044', 'FROM busybox\nENV FOO_BAR=x BAR=$FOO\n', 'spec', { description: 'a longer name' });
no('DL3044', 'FROM busybox\nENV FOO=bar\nENV FOO=$FOO/baz\n');
yes('DL3044', 'FROM busybox\nENV A=1 B=2 C="$A $B"\n');
yes('DL3044', 'FROM busybox\nENV PATH=/bla:${PATH} PATH=/blubb:${PATH}\n', 'spec', { description: 'the same key twice in one ENV' });
no('DL3044', 'FROM busybox\nARG BLA\nENV BLA=${BLA}\n', 'spec', { description: 'defined before in an ARG' });
no('DL3044', 'FROM busybox\nENV BLA="blubb" BLUBB="${FOOBLA}/blubb"\n', 'spec', { description: 'partial match' });
no('DL3044', 'FROM busybox\nENV BLA="blubb" BLUBB="$BLAFOO/blubb"\n', 'spec', { description: 'partial match' });
yes('DL3044', 'FROM busybox\nENV BLA="blubb" BLUBB="$BLA"\n', 'spec', { description: 'full match' });

// DL3045: COPY to a relative destination without WORKDIR.
yes('DL3045', 'FROM scratch\nCOPY foo bar\n', 'wiki');
no('DL3045', 'FROM scratch\nCOPY foo /bar\n', 'wiki');
no('DL3045', 'FROM scratch\nWORKDIR /\nCOPY foo bar\n', 'wiki');
no('DL3045', 'FROM scratch\nCOPY foo /bar/\n');
yes('DL3045', 'FROM scratch\nCOPY foo bar/\n');
yes('DL3045', 'FROM debian:12\nCOPY . .\n');
no('DL3045', 'FROM debian:12\nARG DEST=/app\nCOPY foo $DEST\n', 'spec', { description: 'a variable' });
no('DL3045', 'FROM debian:12 AS base\nWORKDIR /app\nFROM base\nCOPY foo bar\n', 'spec', { description: 'WORKDIR of the parent stage' });
yes('DL3045', 'FROM debian:12 AS base\nWORKDIR /app\nFROM debian:12\nCOPY foo bar\n', 'spec', { description: 'WORKDIR of an unrelated stage' });
no('DL3045', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY foo C:\\\\bar\n', 'spec', { description: 'a Windows path' });
no('DL3045', 'FROM debian:12\nCOPY ["foo", "/bar"]\n');
yes('DL3045', 'FROM debian:12\nCOPY ["foo", "bar"]\n');

// DL3046: useradd -l.
yes('DL3046', 'FROM debian:12\nRUN useradd -u 123456 foobar\n', 'wiki');
no('DL3046', 'FROM debian:12\nRUN useradd -l -u 123456 foobar\n', 'wiki');
no('DL3046', 'FROM debian:12\nRUN useradd --no-log-init -u 123456 foobar\n');
no('DL3046', 'FROM debian:12\nRUN useradd -u 1000 foobar\n', 'spec', { description: 'a short UID' });
no('DL3046', 'FROM debian:12\nRUN useradd foobar\n', 'spec', { description: 'no UID' });
yes('DL3046', 'FROM debian:12\nRUN useradd --uid 123456 foobar\n');
no('DL3046', 'FROM debian:12\nRUN useradd -u 12345 foobar\n', 'spec', { description: 'five digits' });

// DL3047: wget progress.
yes('DL3047', 'FROM debian:12\nRUN wget https://example.com/big_file.tar\n', 'wiki');
no('DL3047', 'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/big_file.tar\n', 'wiki');
no('DL3047', 'FROM debian:12\nRUN wget -q https://example.com/big_file.tar\n');
no('DL3047', 'FROM debian:12\nRUN wget --quiet https://example.com/big_file.tar\n');
no('DL3047', 'FROM debian:12\nRUN wget -nv https://example.com/big_file.tar\n');
no('DL3047', 'FROM debian:12\nRUN wget --no-verbose https://example.com/big_file.tar\n');
no('DL3047', 'FROM debian:12\nRUN wget -o /tmp/log https://example.com/big_file.tar\n', 'spec', { description: 'output to a log file' });
no('DL3047', 'FROM debian:12\nRUN wget --output-file=/tmp/log https://example.com/big_file.tar\n');
no('DL3047', 'FROM debian:12\nRUN wget -a /tmp/log https://example.com/big_file.tar\n', 'spec', { description: 'appended to a log file' });
yes('DL3047', 'FROM debian:12\nRUN wget -O /tmp/file https://example.com/big_file.tar\n');

// DL3048: label keys.
yes('DL3048', 'FROM debian:12\nLABEL com.docker.foo="bar"\n', 'wiki', { description: 'reserved namespace' });
no('DL3048', 'FROM debian:12\nLABEL com.example.foo="bar"\n', 'wiki');
yes('DL3048', 'FROM debian:12\nLABEL io.docker.foo="bar"\n');
yes('DL3048', 'FROM debian:12\nLABEL org.dockerproject.foo="bar"\n');
yes('DL3048', 'FROM debian:12\nLABEL foo..bar="baz"\n');
yes('DL3048', 'FROM debian:12\nLABEL foo--bar="baz"\n');
yes('DL3048', 'FROM debian:12\nLABEL .foo="baz"\n');
yes('DL3048', 'FROM debian:12\nLABEL foo.="baz"\n');
no('DL3048', 'FROM debian:12\nLABEL foo="bar"\n');
no('DL3048', 'FROM debian:12\nLABEL org.opencontainers.image.title="x"\n');

// DL3049..DL3058: label schema.
yes('DL3049', 'FROM debian:12\nLABEL foo="bar"\n', 'spec', { options: schema({ maintainer: 'text' }) });
no('DL3049', 'FROM debian:12\nLABEL maintainer="bar"\n', 'spec', { options: schema({ maintainer: 'text' }) });
yes('DL3050', 'FROM debian:12\nLABEL maintainer="bar" other="x"\n', 'spec', { options: schema({ maintainer: 'text' }, true) });
no('DL3050', 'FROM debian:12\nLABEL maintainer="bar"\n', 'spec', { options: schema({ maintainer: 'text' }, true) });
no('DL3050', 'FROM debian:12\nLABEL maintainer="bar" other="x"\n', 'spec', { options: schema({ maintainer: 'text' }, false), description: 'not strict' });
yes('DL3051', 'FROM debian:12\nLABEL maintainer=""\n', 'spec', { options: schema({ maintainer: 'text' }) });
no('DL3051', 'FROM debian:12\nLABEL maintainer="bar"\n', 'spec', { options: schema({ maintainer: 'text' }) });
yes('DL3052', 'FROM debian:12\nLABEL website="not a url"\n', 'spec', { options: schema({ website: 'url' }) });
no('DL3052', 'FROM debian:12\nLABEL website="https://example.com"\n', 'spec', { options: schema({ website: 'url' }) });
yes('DL3053', 'FROM debian:12\nLABEL created="yesterday"\n', 'spec', { options: schema({ created: 'rfc3339' }) });
no('DL3053', 'FROM debian:12\nLABEL created="2024-01-15T10:00:00Z"\n', 'spec', { options: schema({ created: 'rfc3339' }) });
yes('DL3054', 'FROM debian:12\nLABEL license="not-a-license"\n', 'spec', { options: schema({ license: 'spdx' }) });
no('DL3054', 'FROM debian:12\nLABEL license="MIT"\n', 'spec', { options: schema({ license: 'spdx' }) });
yes('DL3055', 'FROM debian:12\nLABEL revision="not-a-hash"\n', 'spec', { options: schema({ revision: 'hash' }) });
no('DL3055', 'FROM debian:12\nLABEL revision="2e3ae3c0ab7e8b6b2c4e6c0c8f8b1c5c3d2a1b0f"\n', 'spec', { options: schema({ revision: 'hash' }) });
no('DL3055', 'FROM debian:12\nLABEL revision="2e3ae3c"\n', 'spec', { options: schema({ revision: 'hash' }) });
yes('DL3056', 'FROM debian:12\nLABEL version="one"\n', 'spec', { options: schema({ version: 'semver' }) });
no('DL3056', 'FROM debian:12\nLABEL version="1.2.3"\n', 'spec', { options: schema({ version: 'semver' }) });
yes('DL3058', 'FROM debian:12\nLABEL maintainer="not an email"\n', 'spec', { options: schema({ maintainer: 'email' }) });
no('DL3058', 'FROM debian:12\nLABEL maintainer="me@example.com"\n', 'spec', { options: schema({ maintainer: 'email' }) });

// DL3057: HEALTHCHECK (off by default in hadolint).
yes('DL3057', 'FROM debian:12\nRUN echo hi\n');
no('DL3057', 'FROM debian:12\nHEALTHCHECK CMD /bin/true\n');
no('DL3057', 'FROM debian:12 AS base\nHEALTHCHECK CMD /bin/true\nFROM base\nRUN echo hi\n', 'spec', { description: 'inherited from the parent stage' });

// DL3059: consecutive RUNs.
yes('DL3059', 'FROM debian:12\nRUN /foo.sh\nRUN /bar.sh\n', 'wiki');
no('DL3059', 'FROM debian:12\nRUN /foo.sh && /bar.sh\n', 'wiki');
no('DL3059', 'FROM debian:12\nRUN /foo.sh\n');
no('DL3059', 'FROM debian:12\nRUN /foo.sh\nWORKDIR /app\nRUN /bar.sh\n', 'spec', { description: 'separated by another instruction' });
no('DL3059', 'FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh\nRUN /bar.sh\n', 'spec', { description: 'different flags' });
yes('DL3059', 'FROM debian:12\nRUN --mount=type=secret,id=foo /foo.sh\nRUN --mount=type=secret,id=foo /bar.sh\n', 'spec', { description: 'same flags' });
yes('DL3059', 'FROM debian:12\nRUN /foo.sh\n# a comment\nRUN /bar.sh\n', 'spec', { description: 'a comment between' });
no('DL3059', 'FROM debian:12\nRUN /foo.sh\nFROM debian:12\nRUN /bar.sh\n', 'spec', { description: 'different stages' });
yes('DL3059', 'FROM debian:12 AS build\nRUN /foo.sh\nRUN /bar.sh\nFROM scratch\nCOPY --from=build /out /out\n', 'spec', {
  description: 'a builder stage',
  deviation: 'hadolint checks every stage; a builder stage whose files are copied out ships none of its layers, and separate RUNs there keep the build cache fine-grained',
});

// DL3060: yarn cache clean.
yes('DL3060', 'FROM node:20\nRUN yarn install\n', 'wiki');
no('DL3060', 'FROM node:20\nRUN yarn install && yarn cache clean\n', 'wiki');
no('DL3060', 'FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n', 'spec', { description: 'a cache mount' });
no('DL3060', 'FROM node:20\nRUN yarn global add typescript@5.3.3\n', 'spec', { description: 'yarn install only' });
no('DL3060', 'FROM node:20\nRUN yarn build\n');

// DL3061: instruction before FROM.
yes('DL3061', 'LABEL foo=bar\nFROM debian:12\n', 'wiki');
no('DL3061', 'FROM debian:12\nLABEL foo=bar\n', 'wiki');
no('DL3061', 'ARG VERSION=12\nFROM debian:${VERSION}\n', 'spec', { description: 'ARG before FROM' });
yes('DL3061', 'RUN echo hi\nFROM debian:12\n');

// DL3062: go pins.
yes('DL3062', 'FROM golang:1.22\nRUN go install example.com/pkg\n', 'wiki');
no('DL3062', 'FROM golang:1.22\nRUN go install example.com/pkg@v1.2.3\n', 'wiki');
yes('DL3062', 'FROM golang:1.22\nRUN go get example.com/pkg\n');
no('DL3062', 'FROM golang:1.22\nRUN go get example.com/pkg@v1.2.3\n');
no('DL3062', 'FROM golang:1.22\nRUN go run example.com/pkg@latest\n');
yes('DL3062', 'FROM golang:1.22\nRUN go run example.com/pkg\n');
no('DL3062', 'FROM golang:1.22\nRUN go build ./...\n');

// DL3063..DL3067.
yes('DL3063', 'FROM debian:12 AS scratch\n');
yes('DL3063', 'FROM debian:12 AS context\n');
no('DL3063', 'FROM debian:12 AS builder\n');
yes('DL3064', 'FROM debian:12\nARG PASSWORD\n');
yes('DL3064', 'FROM debian:12\nENV AWS_SECRET_ACCESS_KEY=abc\n');
no('DL3064', 'FROM debian:12\nENV HOME_DIR=/home/app\n');
yes('DL3065', 'FROM --platform=$TARGETPLATFORM debian:12\n');
no('DL3065', 'FROM --platform=$BUILDPLATFORM debian:12\n');
yes('DL3066', 'FROM debian:12\nUSER app\n');
no('DL3066', 'FROM debian:12\nUSER 1000\n');
no('DL3066', 'FROM debian:12\nUSER 1000:1000\n');
yes('DL3067', 'FROM debian:12 AS build\nRUN make\nFROM scratch\nCOPY --from=build / /\n');
no('DL3067', 'FROM debian:12 AS build\nRUN make\nFROM scratch\nCOPY --from=build /app /app\n');

// DL4000: MAINTAINER.
yes('DL4000', 'FROM busybox\nMAINTAINER Lukas Martinelli <me@lukasmartinelli.ch>\n', 'wiki');
no('DL4000', 'FROM busybox\nLABEL maintainer="Lukas Martinelli <me@lukasmartinelli.ch>"\n', 'wiki');

// DL4001: wget and curl.
yes('DL4001', 'FROM debian:12\nRUN wget http://google.com\nRUN curl http://bing.com\n', 'wiki');
no('DL4001', 'FROM debian:12\nRUN curl http://google.com\nRUN curl http://bing.com\n', 'wiki');
no('DL4001', 'FROM debian:12\nRUN wget http://google.com\n');
no('DL4001', 'FROM debian:12 AS a\nRUN wget http://google.com\nFROM debian:12\nRUN curl http://bing.com\n', 'spec', { description: 'different stages' });
yes('DL4001', 'FROM debian:12\nRUN wget http://google.com && curl http://bing.com\n');
no('DL4001', 'FROM debian:12\nRUN apt-get install -y curl=7.88.1 wget=1.21\n', 'spec', { description: 'installing them is not using them' });
yes('DL4001', 'FROM debian:12\nRUN curl -o /x http://a && wget http://b\n');

// DL4003: several CMDs.
yes('DL4003', 'FROM busybox\nCMD ["/bin/true"]\nCMD ["/bin/false"]\n', 'wiki');
no('DL4003', 'FROM busybox\nCMD ["/bin/false"]\n', 'wiki');
no('DL4003', 'FROM busybox AS a\nCMD ["/bin/true"]\nFROM busybox\nCMD ["/bin/false"]\n', 'spec', { description: 'different stages' });
no('DL4003', 'FROM busybox\nCMD ["/bin/true"]\nENTRYPOINT ["/bin/false"]\n');
no('DL4003', 'FROM busybox\nENTRYPOINT ["/bin/true"]\nENTRYPOINT ["/bin/false"]\n', 'spec', { description: 'two ENTRYPOINTs are DL4004' });
no('DL4003', 'FROM busybox\nHEALTHCHECK CMD /bin/true\nHEALTHCHECK CMD /bin/false\n', 'spec', { description: 'two HEALTHCHECKs are DL3012' });

// DL4004: several ENTRYPOINTs.
yes('DL4004', 'FROM busybox\nENTRYPOINT ["/bin/true"]\nENTRYPOINT ["/bin/false"]\n', 'wiki');
no('DL4004', 'FROM busybox\nENTRYPOINT ["/bin/false"]\n', 'wiki');
no('DL4004', 'FROM busybox\nRUN foo\n');
no('DL4004', 'FROM busybox AS a\nENTRYPOINT ["/bin/true"]\nFROM busybox\nENTRYPOINT ["/bin/false"]\n', 'spec', { description: 'different stages' });
no('DL4004', 'FROM busybox\nCMD ["/bin/true"]\nCMD ["/bin/false"]\n', 'spec', { description: 'two CMDs are DL4003' });
no('DL4004', 'FROM busybox\nHEALTHCHECK CMD /bin/true\nHEALTHCHECK CMD /bin/false\n', 'spec', { description: 'two HEALTHCHECKs are DL3012' });

// DL4005: ln /bin/sh.
yes('DL4005', 'FROM debian:12\nRUN ln -sfv /bin/bash /bin/sh\n', 'wiki');
no('DL4005', 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\n', 'wiki');
no('DL4005', 'FROM debian:12\nRUN ln -sf /bin/true /sbin/initctl\n');
yes('DL4005', 'FROM debian:12\nRUN ln -s /bin/bash /bin/sh\n');

// DL4006: pipefail.
yes('DL4006', 'FROM debian:12\nRUN wget -O - https://some.site | wc -l > /number\n', 'wiki');
no('DL4006', 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l > /number\n', 'wiki');
no('DL4006', 'FROM debian:12\nRUN wget -O - https://some.site > /number\n', 'spec', { description: 'no pipe' });
no('DL4006', 'FROM debian:12\nRUN foo || bar\n', 'spec', { description: 'or is not a pipe' });
yes('DL4006', 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN wget -O - https://some.site | wc -l > /number\n', 'spec', { description: 'SHELL without pipefail' });
no('DL4006', 'FROM debian:12\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l > /number\n', 'spec', { description: '-eo pipefail' });
no('DL4006', 'FROM alpine:3.19\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN wget -O - https://some.site | wc -l > /number\n');
no('DL4006', 'FROM mcr.microsoft.com/powershell:7.4\nSHELL ["pwsh", "-c"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value\n', 'spec', { description: 'non-POSIX shell' });
no('DL4006', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["cmd", "/S", "/C"]\nRUN dir | more\n', 'spec', { description: 'cmd' });
yes('DL4006', 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN true\nFROM debian:12\nRUN wget -O - https://some.site | wc -l > /number\n', 'spec', { description: 'SHELL does not carry to a new stage' });
yes('DL4006', 'FROM debian:12\nRUN echo "$(cat /tmp/x)" | grep foo\n', 'spec', { description: 'a pipe fed by echo' });
yes('DL4006', 'FROM debian:12\nRUN echo "${SHA256} *file.tar.gz" | sha256sum -c -\n', 'spec', { description: 'a checksum fed by echo' });
yes('DL4006', 'FROM debian:12\nRUN printf "%s\\n" foo | xargs echo\n', 'spec', { description: 'a pipe fed by printf' });
no('DL4006', 'FROM debian:12\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN cat /x | grep foo\n');
yes('DL4006', 'FROM debian:12\nRUN set -o pipefail && wget -O - https://some.site | wc -l > /number\n', 'spec', {
  description: 'set -o pipefail in the script',
  deviation: 'a known hadolint false positive (users ask for it to be accepted): `set -o pipefail` before the pipe has the same effect as the SHELL flag',
});

parityTable('hadolint', cases);
