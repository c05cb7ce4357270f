// `whale image` on bad input: one line on stderr, nothing on stdout, exit code 2, quickly.
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, whale, WHALE, type Run } from './helpers';
import { DEFAULT_CI_RULES } from '../../src/image/ci';

/** Each failure must be quick: an engine that is down is not waited for. */
const QUICK_MS = 5_000;

function expectOneLine(run: Run, pattern: RegExp, started: number): void {
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
  expect(run.stderr).toMatch(/^whale: /);
  expect(run.stderr).toMatch(pattern);
  expect(run.code).toBe(2);
  expect(Date.now() - started).toBeLessThan(QUICK_MS);
}

function timed(args: string[], env: NodeJS.ProcessEnv = {}): { run: Run; started: number } {
  const started = Date.now();
  return { run: whale(['image', '--no-progress', ...args], { env }), started };
}

describe('whale image: bad input gets one clear line and exit code 2', () => {
  it('an engine that is down (no socket at DOCKER_HOST)', () => {
    const dir = tempDir();
    const { run, started } = timed(['docker://whale-test/busybox:latest'], { DOCKER_HOST: `unix://${join(dir, 'nothing-here.sock')}` });
    expectOneLine(run, /docker:\/\/whale-test\/busybox:latest: .*nothing-here\.sock/, started);
  });

  it('an image that does not exist in the engine', () => {
    if (!process.env['DOCKER_HOST']) throw new Error('DOCKER_HOST is not set: run the tests with `npm test` (scripts/test.sh starts the engine)');
    const { run, started } = timed(['docker://whale-test/no-such-image:1']);
    expectOneLine(run, /whale-test\/no-such-image:1.*(no such image|not found)/i, started);
  });

  it('a name without a prefix that is neither a path nor an image in the engine', () => {
    if (!process.env['DOCKER_HOST']) throw new Error('DOCKER_HOST is not set: run the tests with `npm test` (scripts/test.sh starts the engine)');
    const { run, started } = timed(['whale-test/no-such-image:2']);
    expectOneLine(run, /whale-test\/no-such-image:2.*(no such image|not found)/i, started);
  });

  it('a missing file or directory', () => {
    const dir = tempDir();
    for (const reference of [`docker-archive:${dir}/missing.tar`, `oci-archive:${dir}/missing.tar`, `oci:${dir}/missing`]) {
      const { run, started } = timed([reference]);
      expectOneLine(run, new RegExp(`missing.*does not exist`), started);
      expect(run.stderr).toContain(reference.slice(0, reference.indexOf(':') + 1));
    }
  });

  it('bad options: a platform that is not os/arch, a threshold out of range, a missing .dive-ci', () => {
    const dir = tempDir();
    const archive = join(dir, 'app.tar');
    writeFileSync(archive, '');
    let t = timed(['--platform', 'amd64', `docker-archive:${archive}`]);
    expectOneLine(t.run, /--platform: "amd64" is not os\/arch/, t.started);
    t = timed(['--lowest-efficiency', '1.5', `docker-archive:${archive}`]);
    expectOneLine(t.run, /--lowest-efficiency: "1\.5" is not a ratio/, t.started);
    t = timed(['--ci', '--ci-config', join(dir, 'nope.yaml'), `docker-archive:${archive}`]);
    expectOneLine(t.run, /nope\.yaml: cannot read the CI configuration/, t.started);
  });

  describe('a socket without permission', () => {
    let server: Server;
    let socket = '';
    beforeAll(async () => {
      const dir = tempDir();
      chmodSync(dir, 0o755); // the unprivileged user below must reach the socket to be refused by it
      socket = join(dir, 'docker.sock');
      server = createServer((connection) => connection.destroy());
      await new Promise<void>((resolve) => server.listen(socket, resolve));
      chmodSync(socket, 0o000);
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('is refused with one line', () => {
      // root ignores file modes: run as nobody when the tests run as root.
      const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'] : [];
      const started = Date.now();
      const result = spawnSync(asNobody[0] ?? process.execPath, [...asNobody.slice(1), ...(asNobody.length ? [process.execPath] : []), WHALE, 'image', '--no-progress', 'docker://whale-test/busybox:latest'], {
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, DOCKER_HOST: `unix://${socket}` },
      });
      expectOneLine({ code: result.status, stdout: result.stdout, stderr: result.stderr }, /docker:\/\/whale-test\/busybox:latest: .*(permission|EACCES)/i, started);
    });
  });
});

describe('whale image --ci on a fixture archive', () => {
  // fixtures/images/docker-legacy.tar (made by fixtures/images/generate.mjs), by hand from `tar -tvf` of its layers:
  // sizes 183 + 215 + 157 = 555; leaf occurrences per path (sum / smallest): bin/tool 100/100, etc/config 3+10 / 3,
  // tmp/junk 10 + 0 (whiteout of a file) / 0, var/cache/a 50/50, var/cache/b 20/20, var/cache/c 7/7,
  // app/data.bin 200+150 / 150, app/.../file.txt 5/5 (the opaque marker is ignored, as dive does):
  // efficiency 335/555; wasted 13 + 10 + 350 = 373 bytes; user size 215 + 157 = 372.
  const FIXTURE = join(__dirname, '../../fixtures/images/docker-legacy.tar');

  it('takes the gates from image.ci of the nearest .whale.yaml, and flags win over it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.whale.yaml'), 'image:\n  ci:\n    lowestEfficiency: 0.5\n    highestUserWastedPercent: disabled\n');
    const pass = whale(['image', '--no-progress', '--ci', '--format', 'json', FIXTURE], { cwd: dir });
    expect(pass.code, pass.stderr).toBe(0);
    expect(JSON.parse(pass.stdout).ci.gates).toEqual([
      { name: 'lowestEfficiency', status: 'pass', threshold: 0.5, value: 0.6036036036036037 },
      { name: 'highestWastedBytes', status: 'skip', threshold: null, value: 373 },
      { name: 'highestUserWastedPercent', status: 'skip', threshold: null, value: 1.0026881720430108 },
    ]);
    const fail = whale(['image', '--no-progress', '--lowest-efficiency', '0.7', '--format', 'json', FIXTURE], { cwd: dir });
    expect(fail.code).toBe(1);
    expect(JSON.parse(fail.stdout).ci.gates[0]).toEqual({ name: 'lowestEfficiency', status: 'fail', threshold: 0.7, value: 0.6036036036036037 });
  });
});

describe('whale image: a layer that fails to read in the middle of the archive', () => {
  /** A docker-archive (or oci-archive) whose first layer is several MiB of corrupt gzip data and is not the last entry. */
  async function archiveWithCorruptLayer(kind: 'docker' | 'oci'): Promise<string> {
    const { createHash } = await import('node:crypto');
    const tar = (await import('tar-stream')).default;
    const sha = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
    // A gzip header followed by bytes that are not deflate data, long enough that tar-stream must wait for a reader.
    const bad = Buffer.alloc(6 << 20, 0xff);
    bad[0] = 0x1f; bad[1] = 0x8b; bad[2] = 8; bad[3] = 0;
    const good = Buffer.alloc(1024); // an empty tar: two zero blocks
    const config = Buffer.from(JSON.stringify({
      architecture: 'amd64', os: 'linux',
      rootfs: { type: 'layers', diff_ids: [`sha256:${'0'.repeat(64)}`, `sha256:${sha(good)}`] },
    }));
    const entries: Array<[string, Buffer]> = [];
    if (kind === 'docker') {
      entries.push([`${sha(bad)}.tar.gz`, bad], [`${sha(good)}.tar`, good], [`${sha(config)}.json`, config]);
      entries.push(['manifest.json', Buffer.from(JSON.stringify([{ Config: `${sha(config)}.json`, RepoTags: ['app:1'], Layers: [`${sha(bad)}.tar.gz`, `${sha(good)}.tar`] }]))]);
    } else {
      const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${sha(config)}`, size: config.length },
        layers: [
          { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: `sha256:${sha(bad)}`, size: bad.length },
          { mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: `sha256:${sha(good)}`, size: good.length },
        ],
      }));
      entries.push([`blobs/sha256/${sha(bad)}`, bad], [`blobs/sha256/${sha(good)}`, good], [`blobs/sha256/${sha(config)}`, config]);
      entries.push([`blobs/sha256/${sha(manifest)}`, manifest], ['oci-layout', Buffer.from('{"imageLayoutVersion":"1.0.0"}')]);
      entries.push(['index.json', Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${sha(manifest)}`, size: manifest.length }] }))]);
    }
    const pack = tar.pack();
    const chunks: Buffer[] = [];
    const collected = (async () => { for await (const chunk of pack) chunks.push(chunk as Buffer); })();
    for (const [name, data] of entries) {
      await new Promise<void>((resolve, reject) => pack.entry({ name, mtime: new Date(0) }, data, (error) => (error ? reject(error) : resolve())));
    }
    pack.finalize();
    await collected;
    const path = join(tempDir(), `${kind}.tar`);
    writeFileSync(path, Buffer.concat(chunks));
    return path;
  }

  for (const kind of ['docker', 'oci'] as const) {
    it(`${kind}-archive: exit code 2 and one line, not a silent exit 0`, async () => {
      const path = await archiveWithCorruptLayer(kind);
      const run = whale(['image', '--no-progress', `${kind}-archive:${path}`]);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
      expect(run.stderr).toMatch(/^whale: .*corrupt gzip data/);
      expect(run.code).toBe(2);
    });
  }
});

describe('README: the whale image section', () => {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

  it('gives the CI gates with the defaults they really have', () => {
    const sentence = readme.slice(readme.indexOf("CI gates, with dive's names"), readme.indexOf('```yaml', readme.indexOf("CI gates, with dive's names")));
    expect(DEFAULT_CI_RULES).toEqual({ lowestEfficiency: 0.9, highestWastedBytes: null, highestUserWastedPercent: 0.1 });
    expect(sentence).toMatch(/`--lowest-efficiency` \(lowestEfficiency, default 0\.9\)/);
    expect(sentence).toMatch(/`--highest-wasted-bytes` \(highestWastedBytes, default disabled/);
    expect(sentence).toMatch(/`--highest-user-wasted-percent`\s+\(highestUserWastedPercent, default 0\.1\)/);
  });

  it('names every field of a layer in the JSON output', () => {
    const run = whale(['image', '--no-progress', '--format', 'json', join(__dirname, '../../fixtures/images/docker-legacy.tar')]);
    expect(run.code, run.stderr).toBe(0);
    const fields = Object.keys(JSON.parse(run.stdout).layers[0]);
    const listed = /`layers` \(([^)]*)\)/.exec(readme)![1]!.split(',').map((field) => field.trim());
    expect(listed.sort()).toEqual(fields.sort());
  });
});

describe('whale image: image checks', () => {
  it('lists the checks in the report, as the nearest .whale.yaml sets them', () => {
    const archive = join(__dirname, '../../fixtures/images/docker-legacy.tar');
    const dir = tempDir();
    const checks = (): Array<{ check: string; severity: string }> => {
      const run = whale(['image', '--format', 'json', '--no-progress', archive], { cwd: dir });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      return (JSON.parse(run.stdout) as { checks: Array<{ check: string; severity: string }> }).checks;
    };
    expect(checks().map((c) => [c.check, c.severity])).toEqual([['image-runs-as-root', 'warning']]);
    writeFileSync(join(dir, '.whale.yaml'), 'image:\n  checks:\n    image-runs-as-root: off\n    image-no-healthcheck: info\n');
    expect(checks().map((c) => [c.check, c.severity])).toEqual([['image-no-healthcheck', 'info']]);
    const tty = whale(['image', '--no-progress', archive], { cwd: dir });
    expect(tty.stdout).toMatch(/Checks\n(.*\n){1,3}.*info +│ image-no-healthcheck/);
  });
});
