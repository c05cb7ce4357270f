// Evidence from the image for lint findings, on small images built in code: the Dockerfile is linted for real
// (every built-in rule, default configuration), and the image is a config with a history as BuildKit writes it
// plus layers given as lists of tar entries.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, whale } from '../cli/helpers';
import { lintAgainstImage, measureCaches, CACHE_DIRS } from '../../src/lint/image-evidence';
import { registry } from '../../src/lint/builtin';
import { defaultConfig } from '../../src/lint/config';
import { lintText, parseText } from '../../src/lint/lint-files';
import type { HistoryEntry, ImageData, LayerEntry } from '../../src/image/types';

const file = (path: string, size = 10, mode = 0o644): LayerEntry => ({ path, type: 'file', size, mode, uid: 0, gid: 0 });
const dir = (path: string): LayerEntry => ({ path, type: 'dir', size: 0, mode: 0o755, uid: 0, gid: 0 });

/** One history entry per line: `RUN ...` makes a layer, anything else prefixed with `-` does not. */
function image(history: string[], layers: LayerEntry[][], User = ''): ImageData {
  const entries: HistoryEntry[] = history.map((line) => line.startsWith('-')
    ? { created_by: `${line.slice(1)} # buildkit`, empty_layer: true }
    : { created_by: `${line} # buildkit` });
  return {
    reference: 'docker://app:1',
    digest: null,
    platform: 'linux/amd64',
    configDigest: 'sha256:c0',
    config: { os: 'linux', config: { User, Env: ['PATH=/usr/bin', 'API_TOKEN=abc123'] }, rootfs: { type: 'layers', diff_ids: layers.map((_, i) => `sha256:${i}`) }, history: entries },
    layers: layers.map((layerEntries, index) => ({ index, digest: `sha256:b${index}`, diffId: `sha256:${index}`, mediaType: null, compression: 'none', blobSize: 0, entries: layerEntries })),
  };
}

function lint(text: string, data: ImageData) {
  const model = parseText(text, 'Dockerfile');
  return lintAgainstImage(model, lintText(text, 'Dockerfile', registry, defaultConfig(registry)), data);
}

const BASE_LAYER = [dir('usr'), file('usr/bin/env', 1000)];
const APT = `FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl
USER app
CMD ["curl"]
`;
const APT_HISTORY = ['/bin/sh -c #(nop) ADD file:abc in /', 'RUN /bin/sh -c apt-get update && apt-get install -y --no-install-recommends curl', '-USER app', '-CMD ["curl"]'];
const LISTS = [dir('var/lib/apt/lists'), file('var/lib/apt/lists/lock', 0), dir('var/lib/apt/lists/partial'),
  file('var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4', 9_000_000),
  file('var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease', 150_000), file('usr/bin/curl', 300_000)];

describe('evidence for lint findings from the image', () => {
  it('measures the apt lists in the layer the flagged RUN made', () => {
    const result = lint(APT, image(APT_HISTORY, [BASE_LAYER, LISTS], 'app'));
    expect(result.notice).toBeNull();
    const finding = result.findings.find((f) => f.rule === 'apt-lists-not-cleaned')!;
    expect(finding.evidence).toEqual({
      layer: 1, bytes: 9_150_000, paths: ['/var/lib/apt/lists/'],
      message: 'layer 1 holds 9.15 MB (9150000 bytes) in 2 files under /var/lib/apt/lists/',
    });
    // Findings the image has nothing to say about are left alone.
    expect(result.findings.find((f) => f.rule === 'apt-package-not-pinned')!.evidence).toBeUndefined();
  });

  it('says when a later layer removes the files, whose bytes stay in the layer that made them', () => {
    const text = APT.replace('USER app', 'RUN rm -rf /var/lib/apt/lists/*\nUSER app');
    const history = [...APT_HISTORY.slice(0, 2), 'RUN /bin/sh -c rm -rf /var/lib/apt/lists/*', ...APT_HISTORY.slice(2)];
    const whiteouts = LISTS.filter((e) => e.type === 'file' && e.path.startsWith('var/lib/apt/lists/')).map((e) => ({ ...e, type: 'whiteout' as const, size: 0 }));
    const all = lint(text, image(history, [BASE_LAYER, LISTS, whiteouts], 'app'));
    expect(all.findings.find((f) => f.rule === 'apt-lists-not-cleaned')!.evidence!.message)
      .toBe('layer 1 holds 9.15 MB (9150000 bytes) in 2 files under /var/lib/apt/lists/; layer 2 removes them, but their bytes stay in layer 1');
    const some = lint(text, image(history, [BASE_LAYER, LISTS, whiteouts.slice(0, 2)], 'app'));
    expect(some.findings.find((f) => f.rule === 'apt-lists-not-cleaned')!.evidence!.message)
      .toBe('layer 1 holds 9.15 MB (9150000 bytes) in 2 files under /var/lib/apt/lists/ (1 of them removed by a later layer, their bytes still in layer 1)');
  });

  it('says the image contradicts a finding when the layer holds no files there', () => {
    const result = lint(APT, image(APT_HISTORY, [BASE_LAYER, [dir('var/lib/apt/lists'), file('var/lib/apt/lists/lock', 0), file('usr/bin/curl', 300_000)]], 'app'));
    expect(result.findings.find((f) => f.rule === 'apt-lists-not-cleaned')!.evidence).toEqual({
      layer: 1, bytes: 0, paths: ['/var/lib/apt/lists/'], contradicted: true,
      message: 'the image contradicts this finding: layer 1 holds no files under /var/lib/apt/lists/',
    });
  });

  it('finds caches under any home directory (pip)', () => {
    const text = 'FROM python:3.12-slim\nUSER app\nRUN pip install flask==3.0.0\nCMD ["flask"]\n';
    const data = image(['/bin/sh -c #(nop) ADD file:abc in /', '-USER app', 'RUN /bin/sh -c pip install flask==3.0.0', '-CMD ["flask"]'],
      [BASE_LAYER, [file('home/app/.cache/pip/http/a', 700), file('root/.cache/pip/wheels/b', 300), file('home/app/.local/lib/flask.py', 5000)]], 'app');
    const finding = lint(text, data).findings.find((f) => f.rule === 'pip-cache-not-disabled')!;
    expect(finding.evidence).toMatchObject({ layer: 1, bytes: 1000, paths: ['/home/app/.cache/pip/', '/root/.cache/pip/'] });
    expect(measureCaches({ entries: [file('srv/x.cache/pip/a')] }, CACHE_DIRS['pip-cache-not-disabled']!).bytes).toBe(0);
  });

  it('gives copy-before-dependency-install the bytes a source-only change rebuilds: the COPY\'s layer and all above', () => {
    const text = 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nUSER node\nCMD ["node", "server.js"]\n';
    const data = image(['/bin/sh -c #(nop) ADD file:abc in /', 'WORKDIR /app', 'COPY . . ', 'RUN /bin/sh -c npm ci', '-USER node', '-CMD ["node", "server.js"]'],
      [BASE_LAYER, [dir('app')], [file('app/server.js', 2000), file('app/package.json', 100)], [file('app/node_modules/x/index.js', 50_000)]], 'node');
    const result = lint(text, data);
    expect(result.notice).toBeNull();
    expect(result.findings.find((f) => f.rule === 'copy-before-dependency-install')!.evidence).toEqual({
      layer: 2, bytes: 52_100, message: 'a source-only change rebuilds layers 2 to 3: 52.1 kB (52100 bytes) from line 3: COPY . . up',
    });
  });

  it('backs or contradicts runs-as-root with the image config\'s User, and backs an ENV secret', () => {
    const text = 'FROM company/base:1\nENV API_TOKEN=abc123\nCOPY app /app\nCMD ["/app/run"]\n';
    const history = ['/bin/sh -c #(nop) ADD file:abc in /', '-USER 1000', '-ENV API_TOKEN=abc123', 'COPY app /app', '-CMD ["/app/run"]'];
    const layers = [BASE_LAYER, [file('app/run', 100, 0o755)]];
    const nonRoot = lint(text, image(history, layers, '1000'));
    expect(nonRoot.findings.find((f) => f.rule === 'runs-as-root')!.evidence).toEqual({
      layer: null, bytes: null, contradicted: true, message: 'the image contradicts this finding: its config runs the container as User "1000" (set by the base image)',
    });
    const root = lint(text, image(history, layers, ''));
    expect(root.findings.find((f) => f.rule === 'runs-as-root')!.evidence).toEqual({ layer: null, bytes: null, message: 'the image config runs the container as root (no User)' });
    expect(root.findings.find((f) => f.rule === 'secret-in-arg-or-env')!.evidence!.message).toBe('the image config holds ENV API_TOKEN (6 characters) for anyone who pulls the image to read');
    // Backed findings are not repeated by the image checks.
    expect(root.imageFindings.map((f) => f.rule)).toEqual([]);
  });

  it('backs an ARG secret with the value the history records for the RUNs that see it', () => {
    const text = 'FROM company/base:1\nARG GITHUB_TOKEN\nRUN git clone https://x/repo /src\nUSER 1000\nCMD ["/src/run"]\n';
    const history = ['/bin/sh -c #(nop) ADD file:abc in /', '-ARG GITHUB_TOKEN', 'RUN |1 GITHUB_TOKEN=ghp_0123456789 /bin/sh -c git clone https://x/repo /src', '-USER 1000', '-CMD ["/src/run"]'];
    const result = lint(text, image(history, [BASE_LAYER, [file('src/run', 10, 0o755)]], '1000'));
    expect(result.notice).toBeNull();
    expect(result.findings.find((f) => f.rule === 'secret-in-arg-or-env')!.evidence).toEqual({
      layer: 1, bytes: null,
      message: 'the image history records ARG GITHUB_TOKEN\'s value (14 characters) with the RUN of layer 1, for anyone who pulls the image to read (`docker history --no-trunc`)',
    });
  });

  it('reports the image checks against the image, on the layers the Dockerfile made, naming the instruction', () => {
    const text = 'FROM debian:12-slim\nCOPY . /app\nUSER app\nCMD ["/app/run"]\n';
    const data = image(['/bin/sh -c #(nop) ADD file:abc in /', '/bin/sh -c #(nop) COPY dir:123 in /app ', '-USER app', '-CMD ["/app/run"]'],
      [[...BASE_LAYER, file('usr/bin/su', 100, 0o4755)], [file('app/run', 100, 0o4755), file('app/.git/HEAD', 21)]], 'app');
    const result = lint(text, data);
    expect(result.imageFindings.map((f) => [f.rule, f.severity, f.range.start.line, f.evidence?.paths, f.evidence?.layer])).toEqual([
      ['image-setuid-file', 'warning', 0, ['/app/run'], 1],
      ['image-git-directory', 'warning', 0, ['/app/.git/'], 1],
      // The base image's ENV: the Dockerfile sets no API_TOKEN, the image has one.
      ['image-secret-in-env', 'warning', 0, undefined, undefined],
    ]);
    expect(result.imageFindings[0]!.message).toBe('/app/run is setuid (uid 0): whoever runs it gets those rights; set by layer 1 (line 2: COPY . /app)');
  });

  it('attaches nothing, and says why once, when the history does not match the Dockerfile', () => {
    const changed = lint(APT, image(['/bin/sh -c #(nop) ADD file:abc in /', 'RUN /bin/sh -c apt-get update && apt-get install -y wget', '-USER app', '-CMD ["curl"]'], [BASE_LAYER, LISTS], 'app'));
    expect(changed.notice).toBe('docker://app:1: its history records another command for the RUN on line 2 of Dockerfile (built from another Dockerfile, or changed since?); no evidence attached');
    expect(changed.findings.every((f) => f.evidence === undefined)).toBe(true);
    const other = lint(APT, image(['/bin/sh -c #(nop) ADD file:abc in /', 'COPY x /x'], [BASE_LAYER, [file('x')]], 'app'));
    expect(other.notice).toBe('docker://app:1: its history matches 0 of the 3 instructions of Dockerfile (built from another Dockerfile?); no evidence attached');
    // The image checks still run, on all layers but the first.
    expect(other.imageFindings.map((f) => f.rule)).toEqual(['image-secret-in-env']);
  });

  it('leaves findings in stages that are not part of the image without evidence', () => {
    const text = 'FROM debian:12-slim AS build\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nFROM build\nUSER app\nCMD ["gcc"]\n'
      .replace('FROM build', 'FROM debian:12-slim');
    const data = image(['/bin/sh -c #(nop) ADD file:abc in /', '-USER app', '-CMD ["gcc"]'], [BASE_LAYER], 'app');
    const result = lint(text, data);
    expect(result.notice).toBeNull();
    expect(result.findings.filter((f) => f.evidence)).toEqual([]);
  });
});

describe('whale lint --image: the command line, on an image archive fixture', () => {
  // fixtures/images/docker-legacy.tar: a base layer, `COPY app /app`, `ENV PATH=/bin`, `RUN rm -rf /var/cache/*`.
  const ARCHIVE = 'fixtures/images/docker-legacy.tar';
  const ROOT = resolve(__dirname, '../..');
  const setup = () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Dockerfile'), 'FROM busybox:1.36\nCOPY app /app\nENV PATH=/bin\nRUN rm -rf /var/cache/*\n');
    writeFileSync(join(dir, 'Other.Dockerfile'), 'FROM busybox:1.36\nCOPY app /app\nENV PATH=/bin\nRUN rm -rf /var/cache/a\n');
    return dir;
  };

  it('adds the image checks as a result for the image, at line 1, column 1', () => {
    const dir = setup();
    const run = whale(['lint', '--format', 'json', '--image', ARCHIVE, join(dir, 'Dockerfile')], { cwd: ROOT });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { results: Array<{ file: string; findings: Array<Record<string, unknown>>; error: null }> };
    expect(report.results).toEqual([
      { file: join(dir, 'Dockerfile'), findings: [], error: null },
      { file: ARCHIVE, error: null, findings: [{
        rule: 'image-runs-as-root', aliases: [], severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 1, fixable: false,
        message: 'the container runs as root (the image config sets no User); add a USER with an unprivileged user',
      }] },
    ]);
    const tty = whale(['lint', '--failure-threshold', 'error', '--image', ARCHIVE, join(dir, 'Dockerfile')], { cwd: ROOT });
    expect(tty.code).toBe(0);
    expect(tty.stdout).toBe(`${ARCHIVE}\n  1:1     warning the container runs as root (the image config sets no User); add a USER with an unprivileged user  image-runs-as-root\n\n1 finding (1 warning) in 1 of 2 files\n`);
  });

  it('image: checks: in .whale.yaml turns an image check off or changes its severity; an unknown id is refused', () => {
    const dir = setup();
    const imageFindings = (): Array<{ rule: string; severity: string }> => {
      const run = whale(['lint', '--format', 'json', '--image', ARCHIVE, join(dir, 'Dockerfile')], { cwd: ROOT });
      expect(run.stderr).toBe('');
      return (JSON.parse(run.stdout) as { results: Array<{ findings: Array<{ rule: string; severity: string }> }> }).results[1]!.findings;
    };
    writeFileSync(join(dir, '.whale.yaml'), 'image:\n  checks:\n    image-runs-as-root: off\n');
    expect(imageFindings()).toEqual([]);
    writeFileSync(join(dir, '.whale.yaml'), 'image:\n  checks:\n    image-runs-as-root: error\n');
    expect(imageFindings().map((f) => [f.rule, f.severity])).toEqual([['image-runs-as-root', 'error']]);
    writeFileSync(join(dir, '.whale.yaml'), 'image:\n  checks:\n    image-root: off\n');
    const bad = whale(['lint', '--image', ARCHIVE, join(dir, 'Dockerfile')], { cwd: ROOT });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^whale: .*\.whale\.yaml: image\.checks\.image-root: unknown image check; allowed: image-setuid-file, /);
  });

  it('says once on stderr when the image was built from another Dockerfile', () => {
    const dir = setup();
    const run = whale(['lint', '--format', 'json', '--image', ARCHIVE, join(dir, 'Other.Dockerfile')], { cwd: ROOT });
    expect(run.stderr).toBe(`whale: ${ARCHIVE}: its history records another command for the RUN on line 4 of ${join(dir, 'Other.Dockerfile')} (built from another Dockerfile, or changed since?); no evidence attached\n`);
  });

  it('refuses, in one line with exit 2, what it cannot do', () => {
    const dir = setup();
    const dockerfile = join(dir, 'Dockerfile');
    const cases: Array<[string[], string]> = [
      [['--image', ARCHIVE, dir], '--image: name the one Dockerfile the image was built from (2 Dockerfiles found)'],
      [['--platform', 'linux/amd64', dockerfile], '--platform needs --image'],
      [['--image', ARCHIVE, '--platform', 'amd64', dockerfile], '--platform: "amd64" is not os/arch[/variant] (e.g. linux/arm64/v8)'],
      [['--image', 'docker-archive:/nonexistent/app.tar', dockerfile], 'docker-archive:/nonexistent/app.tar: /nonexistent/app.tar does not exist'],
      [['--image', ARCHIVE, '--fix-dry-run', dockerfile], '--image reads the image built from the Dockerfile as it is: lint with --fix first, rebuild, then lint with --image'],
      [['--image', ARCHIVE, '--platform', 'linux/arm64', dockerfile], `${ARCHIVE}: the image is for linux/amd64, not linux/arm64`],
    ];
    for (const [args, message] of cases) {
      expect(whale(['lint', ...args], { cwd: ROOT }), args.join(' ')).toEqual({ code: 2, stdout: '', stderr: `whale: ${message}\n` });
    }
  });
});
