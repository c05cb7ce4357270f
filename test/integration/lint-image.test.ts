// `whale lint --image` against real images built by a real Docker Engine (scripts/test.sh starts it: DOCKER_HOST
// points at it). The bytes whale attaches to a finding are checked against the layer tars of `docker save`, as
// listed by the `tar` tool: a code path that shares nothing with whale's reader.
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, WHALE, type Run } from '../cli/helpers';
import { describeImage, DOCKER_2010, must, requireEngine, run } from './engine-helpers';

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  line: number;
  evidence?: { layer: number | null; bytes: number | null; paths: string[]; message: string; contradicted: boolean };
}
interface JsonReport { version: number; results: Array<{ file: string; findings: JsonFinding[]; error: string | null }> }

async function lintJson(reference: string, dockerfile: string): Promise<{ report: JsonReport; run: Run }> {
  const result = await run(process.execPath, [WHALE, 'lint', '--format', 'json', '--failure-threshold', 'none', '--image', reference, dockerfile]);
  if (result.code !== 0) throw new Error(`whale lint --image ${reference} exited ${result.code}: ${result.stderr}`);
  return { report: JSON.parse(result.stdout) as JsonReport, run: result };
}

/** Per layer of `docker save`, oldest first: each regular file's size by `/path`, as `tar -tvf` lists it. */
async function savedLayers(name: string): Promise<Array<Map<string, number>>> {
  return (await describeImage(work, name)).layers.map((layer) => layer.files);
}

const sumUnder = (files: Map<string, number>, prefix: string) =>
  [...files].filter(([path]) => path.startsWith(prefix)).reduce((sum, [, bytes]) => sum + bytes, 0);

const BASE = 'whale-test/debian:bookworm-minbase';
const INSTALL = 'apt-get update && apt-get install -y --no-install-recommends hello';
const DOCKERFILES = {
  // Forgets the lists: the finding, with the bytes of the lists in layer 1.
  forgets: `FROM ${BASE}\nRUN ${INSTALL}\nCMD ["hello"]\n`,
  // Cleans them in the same RUN: no finding.
  cleans: `FROM ${BASE}\nRUN ${INSTALL} && rm -rf /var/lib/apt/lists/*\nCMD ["hello"]\n`,
  // Cleans them with a script the linter cannot read (as images that ship a clean-layer script do): the finding
  // stands in the Dockerfile, and the image contradicts it.
  script: `FROM ${BASE}\nCOPY clean-layer.sh /usr/local/bin/clean-layer.sh\nRUN ${INSTALL} && clean-layer.sh\n`,
  // A company base image that sets a non-root USER, which the Dockerfile built on it cannot show: the image
  // contradicts runs-as-root.
  nonroot: `FROM ${BASE}\nUSER 1000\n`,
  onbase: `FROM whale-it/lint-image-base:company\nCOPY app.txt /app/app.txt\nCMD ["cat", "/app/app.txt"]\n`,
  // The whole context before the install; a .git directory, a private key, a setuid file, a world-writable
  // directory and a secret in ENV end up in the image.
  app: `FROM whale-test/busybox:latest
COPY . /app
WORKDIR /app
RUN /app/bin/npm ci && chmod 4755 /app/bin/tool && mkdir /app/uploads && chmod 777 /app/uploads
ENV API_TOKEN=s3cr3t-value
CMD ["/app/bin/tool"]
`,
};

let work = '';
const dockerfile = (name: keyof typeof DOCKERFILES) => join(work, name, 'Dockerfile');

beforeAll(async () => {
  await requireEngine(['tar'], [BASE]);
  work = tempDir();
  for (const [name, text] of Object.entries(DOCKERFILES)) {
    mkdirSync(join(work, name));
    writeFileSync(join(work, name, 'Dockerfile'), text);
  }
  writeFileSync(join(work, 'onbase', 'app.txt'), 'app\n');
  writeFileSync(join(work, 'script', 'clean-layer.sh'), '#!/bin/sh\nset -e\napt-get clean\nrm -rf /var/lib/apt/lists/*\n');
  chmodSync(join(work, 'script', 'clean-layer.sh'), 0o755);
  const app = join(work, 'app');
  mkdirSync(join(app, '.git', 'objects'), { recursive: true });
  writeFileSync(join(app, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(app, '.git', 'objects', 'pack'), Buffer.alloc(4096, 1));
  writeFileSync(join(app, 'id_rsa'), '-----BEGIN OPENSSH PRIVATE KEY-----\nnot a real key\n-----END OPENSSH PRIVATE KEY-----\n');
  writeFileSync(join(app, 'package.json'), '{"name": "app"}\n');
  writeFileSync(join(app, 'package-lock.json'), '{"lockfileVersion": 3}\n');
  mkdirSync(join(app, 'bin'));
  writeFileSync(join(app, 'bin', 'npm'), '#!/bin/sh\nmkdir -p node_modules && head -c 30000 /dev/urandom > node_modules/dep.bin\n');
  writeFileSync(join(app, 'bin', 'tool'), '#!/bin/sh\necho tool\n');
  chmodSync(join(app, 'bin', 'npm'), 0o755);
  chmodSync(join(app, 'bin', 'tool'), 0o755);

  const legacy = { DOCKER_BUILDKIT: '0' };
  await must('docker', ['build', '-q', '--network=host', '-t', 'whale-it/lint-image-base:company', join(work, 'nonroot')], legacy);
  await Promise.all([
    must('docker', ['build', '-q', '--network=host', '-t', 'whale-it/lint-image:forgets', join(work, 'forgets')], legacy),
    must(DOCKER_2010, ['build', '-q', '--network=host', '-t', 'whale-it/lint-image:forgets-buildkit', join(work, 'forgets')], { DOCKER_BUILDKIT: '1' }),
    must('docker', ['build', '-q', '--network=host', '-t', 'whale-it/lint-image:cleans', join(work, 'cleans')], legacy),
    must('docker', ['build', '-q', '--network=host', '-t', 'whale-it/lint-image:script', join(work, 'script')], legacy),
    must('docker', ['build', '-q', '--network=none', '-t', 'whale-it/lint-image:onbase', join(work, 'onbase')], legacy),
    must('docker', ['build', '-q', '--network=none', '-t', 'whale-it/lint-image:app', app], legacy),
  ]);
}, 600_000);

afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }); });

describe.each([
  ['the legacy builder', 'whale-it/lint-image:forgets'],
  ['BuildKit', 'whale-it/lint-image:forgets-buildkit'],
])('an image built by %s from a Dockerfile that forgets to clean the apt lists', (_builder, name) => {
  it('shows the bytes of the apt lists left in layer 1', async () => {
    const { report, run: result } = await lintJson(`docker://${name}`, dockerfile('forgets'));
    expect(result.stderr).toBe('');
    const layers = await savedLayers(name);
    const lists = sumUnder(layers[1]!, '/var/lib/apt/lists/');
    expect(lists).toBeGreaterThan(1_000_000);
    const finding = report.results[0]!.findings.find((f) => f.rule === 'apt-lists-not-cleaned')!;
    expect(finding.line).toBe(2);
    expect(finding.evidence).toMatchObject({ layer: 1, bytes: lists, paths: ['/var/lib/apt/lists/'], contradicted: false });
    expect(finding.evidence!.message).toContain(`(${lists} bytes)`);
    // The same, as people read it.
    const tty = await run(process.execPath, [WHALE, 'lint', '--failure-threshold', 'none', '--image', `docker://${name}`, dockerfile('forgets')]);
    expect(tty.code).toBe(0);
    expect(tty.stdout).toContain(`image: layer 1 holds`);
    expect(tty.stdout).toContain(`(${lists} bytes) in`);
    // runs-as-root is backed by the image config, so the image check does not repeat it.
    expect(report.results[0]!.findings.find((f) => f.rule === 'runs-as-root')!.evidence).toMatchObject({ contradicted: false });
    expect(report.results[1]).toEqual({ file: `docker://${name}`, findings: [], error: null });
  }, 120_000);
});

describe('whale lint --image on images built from Dockerfiles', () => {
  it('has no finding when the lists are cleaned in the same RUN, and the layer indeed holds none', async () => {
    const { report } = await lintJson('docker://whale-it/lint-image:cleans', dockerfile('cleans'));
    expect(report.results[0]!.findings.map((f) => f.rule)).not.toContain('apt-lists-not-cleaned');
    const layers = await savedLayers('whale-it/lint-image:cleans');
    expect(sumUnder(layers[1]!, '/var/lib/apt/lists/')).toBe(0);
  }, 120_000);

  it('says so when the image contradicts a finding: a cleanup script the linter cannot read, a USER set by the base image', async () => {
    const { report, run: result } = await lintJson('docker://whale-it/lint-image:script', dockerfile('script'));
    expect(result.stderr).toBe('');
    const layers = await savedLayers('whale-it/lint-image:script');
    // Layers: 0 the Debian base, 1 COPY clean-layer.sh, 2 the RUN.
    expect(layers).toHaveLength(3);
    expect(sumUnder(layers[2]!, '/var/lib/apt/lists/')).toBe(0);
    expect(layers[2]!.has('/usr/bin/hello')).toBe(true);
    const finding = report.results[0]!.findings.find((f) => f.rule === 'apt-lists-not-cleaned')!;
    expect(finding.evidence).toMatchObject({ layer: 2, bytes: 0, contradicted: true });
    expect(finding.evidence!.message).toBe('the image contradicts this finding: layer 2 holds no files under /var/lib/apt/lists/');

    const onbase = await lintJson('docker://whale-it/lint-image:onbase', dockerfile('onbase'));
    const root = onbase.report.results[0]!.findings.find((f) => f.rule === 'runs-as-root')!;
    expect(root.evidence).toEqual({ layer: null, bytes: null, paths: [], contradicted: true, message: 'the image contradicts this finding: its config runs the container as User "1000" (set by the base image)' });
    expect(onbase.report.results[1]!.findings).toEqual([]);
  }, 120_000);

  it('attaches the bytes a source-only change rebuilds, and reports the image checks against the image', async () => {
    const { report } = await lintJson('docker://whale-it/lint-image:app', dockerfile('app'));
    const layers = await savedLayers('whale-it/lint-image:app');
    // Layer 0 is busybox, layer 1 the COPY; a source change rebuilds it and every layer above.
    const copyLayer = 1;
    const rebuilt = layers.slice(copyLayer).reduce((sum, files) => sum + [...files.values()].reduce((a, b) => a + b, 0), 0);
    const copy = report.results[0]!.findings.find((f) => f.rule === 'copy-before-dependency-install')!;
    expect(copy.line).toBe(2);
    expect(copy.evidence).toMatchObject({ layer: copyLayer, bytes: rebuilt, contradicted: false });
    expect(rebuilt).toBeGreaterThan(30_000);

    const image = report.results[1]!;
    expect(image.file).toBe('docker://whale-it/lint-image:app');
    const checks = image.findings.map((f) => [f.rule, f.evidence?.paths[0] ?? null]);
    expect(checks).toEqual(expect.arrayContaining([
      ['image-setuid-file', '/app/bin/tool'],
      ['image-world-writable', '/app/uploads'],
      ['image-credential-file', '/app/id_rsa'],
      ['image-git-directory', '/app/.git/'],
    ]));
    // The ENV secret and root are findings of the Dockerfile, backed by the image config; not repeated.
    expect(report.results[0]!.findings.find((f) => f.rule === 'runs-as-root')!.evidence).toMatchObject({ contradicted: false });
    expect(checks.map(([rule]) => rule)).not.toContain('image-runs-as-root');
    const secret = report.results[0]!.findings.find((f) => f.rule === 'secret-in-arg-or-env')!;
    expect(secret.evidence!.message).toBe('the image config holds ENV API_TOKEN (12 characters) for anyone who pulls the image to read');
    expect(checks.map(([rule]) => rule)).not.toContain('image-secret-in-env');
    const git = image.findings.find((f) => f.rule === 'image-git-directory')!;
    expect(git.evidence!.bytes).toBe(4096 + 'ref: refs/heads/main\n'.length);
    expect(git.line).toBe(1);
  }, 120_000);

  it('fails with one line and exit 2 on a missing image, and on more than one Dockerfile', async () => {
    const missing = await run(process.execPath, [WHALE, 'lint', '--image', 'docker://whale-it/lint-image:nope', dockerfile('forgets')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/no such image/);
    const unreachable = await run(process.execPath, [WHALE, 'lint', '--image', 'docker://whale-it/lint-image:forgets', dockerfile('forgets')], { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    expect(unreachable).toEqual({ code: 2, stdout: '', stderr: 'whale: docker://whale-it/lint-image:forgets: cannot reach the Docker Engine at unix:///nonexistent/docker.sock (connect ENOENT)\n' });
    const two = await run(process.execPath, [WHALE, 'lint', '--image', 'docker://whale-it/lint-image:forgets', dockerfile('forgets'), dockerfile('cleans')]);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe('whale: --image: name the one Dockerfile the image was built from (2 Dockerfiles found)\n');
  }, 60_000);

  it('says once, and attaches nothing, when the image was not built from the Dockerfile', async () => {
    const { report, run: result } = await lintJson('docker://whale-it/lint-image:app', dockerfile('forgets'));
    // Its history has a RUN and a CMD, as the Dockerfile does, but another RUN.
    expect(result.stderr).toBe(`whale: docker://whale-it/lint-image:app: its history records another command for the RUN on line 2 of ${dockerfile('forgets')} (built from another Dockerfile, or changed since?); no evidence attached\n`);
    expect(report.results[0]!.findings.every((f) => f.evidence === undefined)).toBe(true);
    const busybox = await lintJson('docker://whale-test/busybox:latest', dockerfile('forgets'));
    expect(busybox.run.stderr).toMatch(/^whale: docker:\/\/whale-test\/busybox:latest: its history matches 0 of the 2 instructions of .*; no evidence attached\n$/);
    expect(report.results[0]!.findings.every((f) => f.evidence === undefined)).toBe(true);
  }, 60_000);
});
