// compareBuilds on images written here as ImageData (history texts copied from real builds of both builders),
// and chainIds against sha256sum: an implementation that shares nothing with whale's.
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { parseDockerfile } from '../../src/dockerfile/parse';
import { chainIds, changedFiles, compareBuilds, diffConfig } from '../../src/image/cache';
import type { HistoryEntry, ImageConfig, ImageData, LayerEntry } from '../../src/image/types';

const digestOf = (text: string): string => `sha256:${execFileSync('sha256sum', { input: text }).toString().slice(0, 64)}`;

function file(path: string, content: string, extra: Partial<LayerEntry> = {}): LayerEntry {
  return { path, type: 'file', size: Buffer.byteLength(content), digest: digestOf(content), mode: 0o644, uid: 0, gid: 0, ...extra };
}

/** An image whose layers are given as entries; diff_ids are derived from the entries so equal layers match. */
function image(reference: string, layers: LayerEntry[][], history: HistoryEntry[], runtime: ImageConfig['config'] = {}): ImageData {
  const diffIds = layers.map((entries) => digestOf(JSON.stringify(entries)));
  const config: ImageConfig = { architecture: 'amd64', os: 'linux', config: runtime, rootfs: { type: 'layers', diff_ids: diffIds }, history };
  const configDigest = digestOf(JSON.stringify(config));
  return {
    reference, digest: configDigest, platform: 'linux/amd64', config, configDigest,
    layers: layers.map((entries, index) => ({ index, digest: diffIds[index]!, diffId: diffIds[index]!, mediaType: null, compression: 'none', blobSize: 0, entries })),
  };
}

const DOCKERFILE = `FROM base:1
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
ARG APP_VERSION=1
RUN echo "$APP_VERSION" > /app/version
COPY . .
LABEL org.example.release="1"
CMD ["python3", "app.py"]
`;
const dockerfile = parseDockerfile(DOCKERFILE, 'Dockerfile');

// What BuildKit records for DOCKERFILE on a two-layer base.
function buildkit(options: { release?: string; version?: string; app?: string; requirements?: string; base?: string } = {}): ImageData {
  const version = options.version ?? '1';
  const layers: LayerEntry[][] = [
    [file('bin/sh', 'busybox')],
    [file('etc/base-release', options.base ?? 'v1\n')],
    [{ path: 'app', type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0 }],
    [file('app/requirements.txt', options.requirements ?? 'flask==3.0.0\n')],
    [file('usr/lib/python3/flask/__init__.py', 'flask')],
    [file('app/version', `${version}\n`)],
    [file('app/app.py', options.app ?? 'print(1)\n'), file('app/requirements.txt', options.requirements ?? 'flask==3.0.0\n')],
  ];
  const history: HistoryEntry[] = [
    { created_by: '/bin/sh -c #(nop) ADD file:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef in / ' },
    { created_by: '/bin/sh -c echo v1 > /etc/base-release' },
    { created_by: 'WORKDIR /app', comment: 'buildkit.dockerfile.v0' },
    { created_by: 'COPY requirements.txt . # buildkit', comment: 'buildkit.dockerfile.v0' },
    { created_by: 'RUN /bin/sh -c pip install -r requirements.txt # buildkit', comment: 'buildkit.dockerfile.v0' },
    { created_by: 'ARG APP_VERSION=1', comment: 'buildkit.dockerfile.v0', empty_layer: true },
    { created_by: `RUN |1 APP_VERSION=${version} /bin/sh -c echo "$APP_VERSION" > /app/version # buildkit`, comment: 'buildkit.dockerfile.v0' },
    { created_by: 'COPY . . # buildkit', comment: 'buildkit.dockerfile.v0' },
    { created_by: `LABEL org.example.release=${options.release ?? '1'}`, comment: 'buildkit.dockerfile.v0', empty_layer: true },
    { created_by: 'CMD ["python3" "app.py"]', comment: 'buildkit.dockerfile.v0', empty_layer: true },
  ];
  return image('new', layers, history, { Labels: { 'org.example.release': options.release ?? '1' }, Cmd: ['python3', 'app.py'] });
}

describe('chainIds', () => {
  test('ChainID(L0) = DiffID(L0), then sha256 of "<chain> <diff>", as sha256sum computes it', () => {
    const diffs = ['sha256:' + 'a'.repeat(64), 'sha256:' + 'b'.repeat(64), 'sha256:' + 'c'.repeat(64)];
    const second = digestOf(`${diffs[0]} ${diffs[1]}`);
    expect(chainIds(diffs)).toEqual([diffs[0], second, digestOf(`${second} ${diffs[2]}`)]);
  });
});

describe('compareBuilds', () => {
  test('a source file changed: the COPY . . layer, files, the changed file with its size, the line', () => {
    const report = compareBuilds(buildkit(), buildkit({ app: 'print("hello")\n' }), { dockerfile });
    expect(report.firstRebuiltLayer).toBe(6);
    expect(report.instruction).toBe('COPY . .');
    expect(report.cause.kind).toBe('files');
    expect(report.changedFiles).toEqual([{ path: '/app/app.py', change: 'modified', sizeBytes: 15 }]);
    expect(report.dockerfileLine).toBe(7);
    expect(report.source).toBe('COPY . .');
    expect(report.reusedLayers).toBe(6);
    expect(report.rebuiltBytes).toBe(15 + 13);
    expect(report.configOnly).toBe(false);
    expect(report.layers.map((l) => [l.reused, l.base, l.dockerfileLine])).toEqual([
      [true, true, null], [true, true, null], [true, false, 2], [true, false, 3], [true, false, 4], [true, false, 6], [false, false, 7],
    ]);
  });

  test('same size, different content: found by the content digest', () => {
    const report = compareBuilds(buildkit({ app: 'print(1)\n' }), buildkit({ app: 'print(2)\n' }), { dockerfile });
    expect(report.changedFiles).toEqual([{ path: '/app/app.py', change: 'modified', sizeBytes: 9 }]);
  });

  test('requirements.txt changed: the first COPY, and every layer above is rebuilt', () => {
    const report = compareBuilds(buildkit(), buildkit({ requirements: 'flask==3.1.0\n' }), { dockerfile });
    expect(report.firstRebuiltLayer).toBe(3);
    expect(report.cause.kind).toBe('files');
    expect(report.changedFiles).toEqual([{ path: '/app/requirements.txt', change: 'modified', sizeBytes: 13 }]);
    expect(report.dockerfileLine).toBe(3);
    expect(report.reusedLayers).toBe(3);
    // Layers 3..6 were rebuilt (here the RUN layers' content did not change, but their ChainIDs did).
    expect(report.rebuiltBytes).toBe(13 + 5 + 2 + 9 + 13);
  });

  test('a build argument changed: the RUN that has it in scope, the argument named with both values', () => {
    const report = compareBuilds(buildkit(), buildkit({ version: '2' }), { dockerfile });
    expect(report.firstRebuiltLayer).toBe(5);
    expect(report.instruction).toBe('RUN echo "$APP_VERSION" > /app/version');
    expect(report.cause).toMatchObject({ kind: 'build-arg', buildArgs: [{ name: 'APP_VERSION', old: '1', new: '2' }] });
    expect(report.dockerfileLine).toBe(6);
  });

  test('the base image changed: a base layer, kind base-image, the FROM line', () => {
    const report = compareBuilds(buildkit(), buildkit({ base: 'v2\n' }), { dockerfile });
    expect(report.firstRebuiltLayer).toBe(1);
    expect(report.cause.kind).toBe('base-image');
    expect(report.cause.newBaseLayers).toBe(2);
    expect(report.dockerfileLine).toBe(1);
  });

  test('without --dockerfile, layer 0 is the base image, and the line is unknown', () => {
    const old = buildkit();
    const next = buildkit();
    next.layers[0] = { ...next.layers[0]!, diffId: 'sha256:' + 'f'.repeat(64) };
    const report = compareBuilds(old, next);
    expect(report.firstRebuiltLayer).toBe(0);
    expect(report.cause.kind).toBe('base-image');
    expect(report.dockerfileLine).toBeNull();
  });

  test('a LABEL changed: same layers, configOnly, the label key named, the LABEL line', () => {
    const report = compareBuilds(buildkit(), buildkit({ release: '2' }), { dockerfile });
    expect(report.firstRebuiltLayer).toBeNull();
    expect(report.configOnly).toBe(true);
    expect(report.cause.kind).toBe('config');
    expect(report.cause.configKeys).toEqual([{ key: 'Labels.org.example.release', old: '1', new: '2' }]);
    expect(report.dockerfileLine).toBe(8);
    expect(report.rebuiltBytes).toBe(0);
    expect(report.reusedLayers).toBe(7);
  });

  test('the same image: kind none, nothing rebuilt', () => {
    const report = compareBuilds(buildkit(), buildkit(), { dockerfile });
    expect(report).toMatchObject({ firstRebuiltLayer: null, configOnly: false, cause: { kind: 'none' }, rebuiltBytes: 0, changedFiles: [], reusedLayers: 7 });
  });

  test('one image as the engine and as skopeo write its config (empty fields, the parent pointer): kind none', () => {
    const engine = buildkit();
    const skopeo = buildkit();
    engine.config = { ...engine.config, config: { ...engine.config.config, Hostname: '', AttachStdin: false, Tty: false, OnBuild: null, Volumes: null, Image: 'sha256:' + '1'.repeat(64) } as ImageConfig['config'] };
    engine.configDigest = 'sha256:' + '2'.repeat(64);
    const report = compareBuilds(engine, skopeo, { dockerfile });
    expect(report).toMatchObject({ firstRebuiltLayer: null, configOnly: false, cause: { kind: 'none' } });
  });

  test('the classic builder: a COPY whose file:<hash> changed is a files change, not an instruction change', () => {
    const legacy = (hash: string, app: string): ImageData => image('legacy', [
      [file('bin/sh', 'busybox')],
      [file('app/app.py', app)],
    ], [
      { created_by: '/bin/sh -c #(nop) ADD file:' + 'a'.repeat(64) + ' in / ' },
      { created_by: `/bin/sh -c #(nop) COPY dir:${hash.repeat(64)} in /app ` },
    ]);
    const report = compareBuilds(legacy('1', 'a\n'), legacy('2', 'b\n'));
    expect(report.firstRebuiltLayer).toBe(1);
    expect(report.cause.kind).toBe('files');
  });

  test('an instruction whose text changed, and an ENV just before a RUN', () => {
    const built = (run: string, env: string): ImageData => image('x', [[file('bin/sh', 'busybox')], [file('out', run + env)]], [
      { created_by: '/bin/sh -c #(nop) ADD file:' + 'a'.repeat(64) + ' in / ' },
      { created_by: `/bin/sh -c #(nop)  ENV MODE=${env}`, empty_layer: true },
      { created_by: `/bin/sh -c ${run}` },
    ]);
    const text = compareBuilds(built('echo a > /out', 'x'), built('echo b > /out', 'x'));
    expect(text.cause).toMatchObject({ kind: 'instruction', oldInstruction: 'RUN echo a > /out', newInstruction: 'RUN echo b > /out' });
    const env = compareBuilds(built('echo a > /out', 'x'), built('echo a > /out', 'y'));
    expect(env.cause).toMatchObject({ kind: 'instruction', oldInstruction: 'ENV MODE=x', newInstruction: 'ENV MODE=y' });
  });
});

describe('changedFiles', () => {
  test('a whiteout in the new layer is an added entry of type whiteout: the layer now deletes the path', () => {
    expect(changedFiles([], [{ path: 'tmp/junk', type: 'whiteout', size: 0, mode: 0, uid: 0, gid: 0 }])).toEqual([
      { path: '/tmp/junk', change: 'added', sizeBytes: 0, type: 'whiteout' },
    ]);
  });

  test('added, removed, modified, and metadata-only changes with the attributes named', () => {
    const old = [file('a', '1'), file('b', '2'), file('c', '3', { mode: 0o644 }), { path: 'l', type: 'symlink' as const, size: 0, linkTarget: 'a', mode: 0o777, uid: 0, gid: 0 }];
    const next = [file('a', '1'), file('c', '3', { mode: 0o755 }), file('d', '44'), { path: 'l', type: 'symlink' as const, size: 0, linkTarget: 'd', mode: 0o777, uid: 0, gid: 0 }];
    expect(changedFiles(old, next)).toEqual([
      { path: '/b', change: 'removed', sizeBytes: 1 },
      { path: '/c', change: 'metadata', sizeBytes: 1, attributes: ['mode'] },
      { path: '/d', change: 'added', sizeBytes: 2 },
      { path: '/l', change: 'metadata', sizeBytes: 0, attributes: ['linkTarget'], type: 'symlink' },
    ]);
  });
});

describe('diffConfig', () => {
  test('maps are compared key by key, Env by variable name; unchanged keys are not listed', () => {
    const base: ImageConfig = { rootfs: { type: 'layers', diff_ids: [] }, config: { Env: ['A=1', 'B=2'], Labels: { x: '1', y: '1' }, Cmd: ['sh'] } };
    const next: ImageConfig = { rootfs: { type: 'layers', diff_ids: [] }, config: { Env: ['A=1', 'B=3'], Labels: { x: '1' }, Cmd: ['bash'] } };
    expect(diffConfig(base, next)).toEqual([
      { key: 'Cmd', old: ['sh'], new: ['bash'] },
      { key: 'Env.B', old: '2', new: '3' },
      { key: 'Labels.y', old: '1', new: null },
    ]);
  });
});

// A build written as its history: each step is `created_by` and, for a step that made a layer, its entries.
type StepSpec = [createdBy: string, entries: LayerEntry[] | null];
function built(specs: StepSpec[], options: { buildkit?: boolean; platform?: string } = {}): ImageData {
  const comment = options.buildkit === false ? {} : { comment: 'buildkit.dockerfile.v0' };
  const history: HistoryEntry[] = specs.map(([createdBy, entries]) => ({ created_by: createdBy, ...comment, ...(entries === null ? { empty_layer: true } : {}) }));
  const result = image('x', specs.flatMap(([, entries]) => (entries === null ? [] : [entries])), history);
  if (options.platform) {
    const [os, architecture] = options.platform.split('/');
    result.config = { ...result.config, os: os!, architecture: architecture! };
    result.platform = options.platform;
  }
  return result;
}
const ROOTFS: StepSpec = ['/bin/sh -c #(nop) ADD file:' + 'a'.repeat(64) + ' in / ', [file('bin/sh', 'busybox')]];

describe('compareBuilds: the cause is the first step the builder keys on that differs', () => {
  const envFile = parseDockerfile('FROM base\nENV PKG_VERSION=1\nWORKDIR /app\nCOPY req.txt .\nRUN echo $PKG_VERSION > f\n', 'Dockerfile');
  const withEnv = (version: string): ImageData => built([
    ROOTFS,
    [`ENV PKG_VERSION=${version}`, null],
    ['WORKDIR /app', [{ path: 'app', type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0 }]],
    ['COPY req.txt . # buildkit', [file('app/req.txt', 'x')]],
    ['RUN /bin/sh -c echo $PKG_VERSION > f # buildkit', [file('app/f', version)]],
  ]);

  test('an ENV two layers below the rebuilt RUN: kind instruction, at the ENV line; no files listed', () => {
    const report = compareBuilds(withEnv('1'), withEnv('2'), { dockerfile: envFile });
    expect(report.firstRebuiltLayer).toBe(3);
    expect(report.cause).toMatchObject({ kind: 'instruction', oldInstruction: 'ENV PKG_VERSION=1', newInstruction: 'ENV PKG_VERSION=2' });
    expect(report.dockerfileLine).toBe(2);
  });

  test('an ENV of the base image that changed: kind base-image, at the FROM line', () => {
    const app = parseDockerfile('FROM base\nRUN echo $BASEV > /x\n', 'Dockerfile');
    const build = (value: string): ImageData => built([
      ROOTFS,
      [`/bin/sh -c #(nop)  ENV BASEV=${value}`, null],
      ['RUN /bin/sh -c echo $BASEV > /x # buildkit', [file('x', value)]],
    ]);
    const report = compareBuilds(build('1'), build('2'), { dockerfile: app });
    expect(report.cause.kind).toBe('base-image');
    expect(report.dockerfileLine).toBe(1);
  });

  test('a base image with one layer fewer: kind base-image, not the next instruction', () => {
    const app = parseDockerfile('FROM base\nCOPY app.txt /\n', 'Dockerfile');
    const copy: StepSpec = ['COPY app.txt / # buildkit', [file('app.txt', 'a')]];
    const report = compareBuilds(built([ROOTFS, ['/bin/sh -c echo extra > /e', [file('e', 'x')]], copy]), built([ROOTFS, copy]), { dockerfile: app });
    expect(report.firstRebuiltLayer).toBe(1);
    expect(report.cause.kind).toBe('base-image');
    expect(report.changedFiles).toEqual([]);
  });

  test('a LABEL below a COPY does not key BuildKit\'s COPY: the files are the cause', () => {
    const build = (label: string, app: string): ImageData => built([ROOTFS, [`LABEL v=${label}`, null], ['COPY . . # buildkit', [file('app.py', app)]]]);
    const report = compareBuilds(build('1', 'a'), build('2', 'b'));
    expect(report.cause.kind).toBe('files');
    expect(report.changedFiles).toEqual([{ path: '/app.py', change: 'modified', sizeBytes: 1 }]);
  });

  test('the classic builder keys later steps on a LABEL: kind instruction', () => {
    const build = (label: string, app: string): ImageData => built([ROOTFS, [`/bin/sh -c #(nop)  LABEL v=${label}`, null], ['/bin/sh -c #(nop) COPY dir:' + 'b'.repeat(64) + ' in . ', [file('app.py', app)]]], { buildkit: false });
    expect(compareBuilds(build('1', 'a'), build('2', 'b')).cause).toMatchObject({ kind: 'instruction', oldInstruction: 'LABEL v=1' });
  });

  test('a RUN rebuilt with nothing changed (--no-cache), without --dockerfile: kind none, not base-image', () => {
    const build = (stamp: string): ImageData => built([ROOTFS, ['RUN /bin/sh -c date > /stamp # buildkit', [file('stamp', stamp)]]]);
    const report = compareBuilds(build('mon'), build('tue'));
    expect(report.cause.kind).toBe('none');
    expect(report.cause.summary).toMatch(/no cache/);
  });

  test('FROM scratch and a COPY whose file changed, without --dockerfile: kind files, not base-image', () => {
    const build = (text: string): ImageData => built([['COPY a.txt / # buildkit', [file('a.txt', text)]]]);
    const report = compareBuilds(build('1'), build('2'));
    expect(report.firstRebuiltLayer).toBe(0);
    expect(report.cause.kind).toBe('files');
  });

  test('a COPY rebuilt with the same files (only timestamps differ): kind none, and it says why', () => {
    const copy = (mtimeMarker: string): ImageData => {
      const result = built([ROOTFS, ['COPY a.txt / # buildkit', [file('a.txt', 'same')]]]);
      result.layers[1] = { ...result.layers[1]!, diffId: digestOf(mtimeMarker) };
      return result;
    };
    const report = compareBuilds(copy('t1'), copy('t2'));
    expect(report.cause.kind).toBe('none');
    expect(report.cause.summary).toMatch(/timestamps/);
    expect(report.changedFiles).toEqual([]);
  });

  test('a COPY --from a builder stage names the stage where the change happened', () => {
    const multi = parseDockerfile('FROM golang AS builder\nCOPY . .\nRUN go build -o /out/app\nFROM base\nCOPY --from=builder /out/app /app\n', 'Dockerfile');
    const build = (binary: string): ImageData => built([ROOTFS, ['COPY /out/app /app # buildkit', [file('app', binary)]]]);
    const report = compareBuilds(build('v1'), build('v2'), { dockerfile: multi });
    expect(report.cause.kind).toBe('files');
    expect(report.cause.summary).toMatch(/from stage builder \(line 1\)/);
    expect(report.dockerfileLine).toBe(5);
  });

  test('an image built with --target: the stage the history matches is used for the lines', () => {
    const multi = parseDockerfile('FROM base AS builder\nWORKDIR /src\nCOPY src.txt .\nRUN make\nFROM base\nCOPY --from=builder /src/out /out\nCMD ["/out"]\n', 'Dockerfile');
    const build = (src: string): ImageData => built([
      ROOTFS,
      ['WORKDIR /src', [{ path: 'src', type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0 }]],
      ['COPY src.txt . # buildkit', [file('src/src.txt', src)]],
      ['RUN /bin/sh -c make # buildkit', [file('src/out', src)]],
    ]);
    const report = compareBuilds(build('1'), build('2'), { dockerfile: multi });
    expect(report.dockerfileLine).toBe(3);
    expect(report.layers.map((l) => l.dockerfileLine)).toEqual([null, 2, 3, 4]);
    expect(report.warnings).toEqual([]);
  });

  test('the instruction as written: continued lines joined, comment lines inside dropped', () => {
    const continued = parseDockerfile('FROM base\nRUN apt-get update \\\n  # the tools\n  && apt-get install -y curl\n', 'Dockerfile');
    const build = (out: string): ImageData => built([ROOTFS, ['RUN /bin/sh -c apt-get update   && apt-get install -y curl # buildkit', [file('out', out)]]]);
    const report = compareBuilds(build('1'), build('2'), { dockerfile: continued });
    expect(report.source).toBe('RUN apt-get update && apt-get install -y curl');
    expect(report.layers[1]!.source).toBe(report.source);
    expect(report.layers[0]!.source).toBeNull();
  });

  test('an ONBUILD instruction, which BuildKit does not record, is not missing from the history', () => {
    const withOnbuild = parseDockerfile('FROM base\nONBUILD COPY . /app\nRUN make\n', 'Dockerfile');
    const build = (out: string): ImageData => built([ROOTFS, ['RUN /bin/sh -c make # buildkit', [file('out', out)]]]);
    expect(compareBuilds(build('1'), build('2'), { dockerfile: withOnbuild }).warnings).toEqual([]);
  });

  test('two platforms: kind base-image, and it says so', () => {
    const build = (platform: string, content: string): ImageData => built([['/bin/sh -c #(nop) ADD file:' + 'c'.repeat(64) + ' in / ', [file('bin/sh', content)]]], { platform });
    const report = compareBuilds(build('linux/amd64', 'x86'), build('linux/arm64', 'arm'));
    expect(report.cause).toMatchObject({ kind: 'base-image' });
    expect(report.cause.summary).toMatch(/different platforms \(linux\/amd64, then linux\/arm64\)/);
  });
});
