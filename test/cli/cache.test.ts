// `whale cache` through the CLI on the committed fixtures (fixtures/images/generate.mjs): the report's shape,
// and bad input: one line on stderr, nothing on stdout, exit code 2.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, whale, type Run } from './helpers';

const IMAGES = join(__dirname, '../../fixtures/images');
const TWO = `docker-archive:${join(IMAGES, 'docker-two-images.tar')}`;

function json(run: Run): Record<string, unknown> {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe('whale cache', () => {
  it('one image in two encodings (docker save and OCI zstd): nothing rebuilt, kind none', () => {
    const report = json(whale(['cache', '--format', 'json', join(IMAGES, 'docker-legacy.tar'), `oci:${join(IMAGES, 'oci-zstd')}:latest`]));
    expect(report).toMatchObject({
      version: 1, firstRebuiltLayer: null, instruction: null, configOnly: false, cause: { kind: 'none' },
      changedFiles: [], rebuiltBytes: 0, reusedLayers: 3, dockerfileLine: null,
    });
    expect(Object.keys(report.old as object)).toEqual(expect.arrayContaining(['reference', 'digest']));
    expect(Object.keys(report)).toEqual([
      'version', 'old', 'new', 'firstRebuiltLayer', 'instruction', 'source', 'configOnly', 'cause', 'changedFiles',
      'rebuiltBytes', 'reusedLayers', 'dockerfileLine', 'dockerfile', 'layers', 'warnings',
    ]);
  });

  it('a one-layer arm64 image against an amd64 one that adds two layers on the same layer 0: different platforms', () => {
    const report = json(whale(['cache', '--format', 'json', `${TWO}:@1`, `${TWO}:@0`]));
    const layers = report.layers as Array<{ sizeBytes: number; reused: boolean }>;
    expect(report).toMatchObject({ firstRebuiltLayer: 1, instruction: 'COPY app /app', reusedLayers: 1, cause: { kind: 'base-image' } });
    expect((report.cause as { summary: string }).summary).toMatch(/different platforms \(linux\/arm64\/v8, then linux\/amd64\)/);
    expect(layers.map((l) => l.reused)).toEqual([true, false, false]);
    expect(report.rebuiltBytes).toBe(layers[1]!.sizeBytes + layers[2]!.sizeBytes);
  });

  it('two tags of one OCI layout (oci:DIR:TAG against oci:DIR:OTHER)', () => {
    const layout = `oci:${join(IMAGES, 'oci-zstd')}`;
    const report = json(whale(['cache', '--format', 'json', `${layout}:other`, `${layout}:latest`]));
    expect(report).toMatchObject({ firstRebuiltLayer: 1, instruction: 'COPY app /app', reusedLayers: 1 });
    expect(report.old).toMatchObject({ reference: `${layout}:other` });
    expect(report.new).toMatchObject({ reference: `${layout}:latest` });
  });

  it('the tty report names the layer, the cause and the cost', () => {
    const run = whale(['cache', '--no-progress', `${TWO}:@1`, `${TWO}:@0`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/First rebuilt layer: 1 of 3: COPY app \/app/);
    expect(run.stdout).toMatch(/Cause \(base-image\): the builds are for different platforms/);
    expect(run.stdout).toMatch(/Rebuilt: .* in 2 layers; reused: 1 layer/);
  });
});

describe('whale cache: bad input gets one clear line and exit code 2', () => {
  const oneLine = (run: Run, pattern: RegExp): void => {
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
    expect(run.stderr).toMatch(pattern);
    expect(run.code).toBe(2);
  };

  it('a missing archive', () => {
    oneLine(whale(['cache', 'docker-archive:/nonexistent/a.tar', TWO]), /^whale: docker-archive:\/nonexistent\/a\.tar: \/nonexistent\/a\.tar does not exist/);
  });

  it('a missing --dockerfile, refused before any image is read', () => {
    const dir = tempDir();
    oneLine(whale(['cache', '--dockerfile', join(dir, 'Dockerfile'), 'docker://whale-test/never-read:1', TWO]), /^whale: --dockerfile .*Dockerfile: no such file or directory/);
  });

  it('a --dockerfile without FROM', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Dockerfile'), 'ARG VERSION=1\n');
    oneLine(whale(['cache', '--dockerfile', join(dir, 'Dockerfile'), TWO, TWO]), /^whale: --dockerfile .*Dockerfile: no FROM instruction/);
  });

  it('a --platform the image is not for (a single-platform image is not silently read as another)', () => {
    oneLine(whale(['cache', '--platform', 'linux/amd64', `${TWO}:@1`, `${TWO}:@0`]), /^whale: .*docker-two-images\.tar:@1: the image is for linux\/arm64\/v8, not linux\/amd64$/m);
  });

  it('a transport whale does not read (http://)', () => {
    oneLine(whale(['cache', 'http://registry.example/app:1', TWO]), /^whale: http:\/\/registry\.example\/app:1: unsupported transport "http:\/\/"/);
  });

  it('a malformed --platform', () => {
    oneLine(whale(['cache', '--platform', 'linux', TWO, TWO]), /^whale: --platform: "linux" is not os\/arch/);
  });

  it('a missing argument', () => {
    const run = whale(['cache', TWO]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/missing required argument 'new'/);
  });
});
