// Image checks on small images built in code: layers as lists of tar entries (path, type, size, mode, owner),
// and a config; no archive is involved.
import { describe, expect, it } from 'vitest';
import { checkImage, credentialKind, isRootUser, type ImageCheckResult } from '../../src/image/checks';
import type { EntryType, ImageConfig, ImageData, LayerEntry } from '../../src/image/types';

const entry = (type: EntryType, path: string, mode: number, size = 0, uid = 0): LayerEntry => ({ path, type, size, mode, uid, gid: 0 });
const file = (path: string, size = 10, mode = 0o644, uid = 0) => entry('file', path, mode, size, uid);
const dir = (path: string, mode = 0o755) => entry('dir', path, mode);

function image(layers: LayerEntry[][], config: ImageConfig['config'] = { User: 'app' }): ImageData {
  return {
    reference: 'docker://app:1',
    digest: null,
    platform: 'linux/amd64',
    configDigest: 'sha256:c0',
    config: { os: 'linux', config, rootfs: { type: 'layers', diff_ids: layers.map((_, i) => `sha256:${i}`) } },
    layers: layers.map((entries, index) => ({ index, digest: `sha256:b${index}`, diffId: `sha256:${index}`, mediaType: null, compression: 'none', blobSize: 0, entries })),
  };
}

const summary = (results: ImageCheckResult[]) => results.map((r) => [r.check, r.path, r.layer]);

const BASE = [dir('usr'), dir('usr/bin'), file('usr/bin/passwd', 100, 0o4755), dir('tmp', 0o1777), file('etc/ssl/private/base.key')];

describe('image checks', () => {
  it('reports setuid and setgid files of the user\'s layers that are still there, not the base image\'s', () => {
    const results = checkImage(image([
      BASE,
      [file('app/tool', 50, 0o4755), file('app/group', 5, 0o2755, 1000), file('app/both', 5, 0o6755), file('app/gone', 5, 0o4755), file('app/fixed', 5, 0o4755), file('app/plain', 5, 0o755)],
      [entry('whiteout', 'app/gone', 0), file('app/fixed', 5, 0o755)],
    ])).filter((r) => r.check === 'image-setuid-file');
    expect(summary(results)).toEqual([
      ['image-setuid-file', '/app/both', 1],
      ['image-setuid-file', '/app/group', 1],
      ['image-setuid-file', '/app/tool', 1],
    ]);
    expect(results[0]!.message).toBe('/app/both is setuid (uid 0) and setgid (gid 0): whoever runs it gets those rights; set by layer 1');
    expect(results[2]!.bytes).toBe(50);
  });

  it('reports world-writable files and directories at the top-most one, never sticky directories or symlinks', () => {
    const results = checkImage(image([
      BASE,
      [dir('app'), dir('app/up', 0o777), file('app/up/a', 1, 0o666), dir('app/up/sub', 0o777), file('app/up/sub/b', 1, 0o666), file('app/log', 1, 0o666),
        dir('var/cache/shared', 0o1777), entry('symlink', 'app/link', 0o777), file('app/private', 1, 0o600)],
    ]), { describeLayer: (layer) => `layer ${layer} (line 3: RUN chmod -R 777 /app/up)` }).filter((r) => r.check === 'image-world-writable');
    expect(summary(results)).toEqual([['image-world-writable', '/app/log', 1], ['image-world-writable', '/app/up', 1]]);
    expect(results[1]!.message).toBe('the directory /app/up (and 3 paths below it) is world-writable: any user of the container may change it; made by layer 1 (line 3: RUN chmod -R 777 /app/up)');
  });

  it('reports credential files by name, not templates, public keys or packages\' test files', () => {
    const results = checkImage(image([
      BASE,
      [file('root/.ssh/id_rsa', 1679, 0o600), file('root/.ssh/id_rsa.pub'), file('app/.env'), file('app/.env.production'), file('app/.env.example'),
        file('app/certs/server.key'), file('app/certs/server.crt'), file('app/certs/tls-key.pem'), file('etc/ssl/certs/ca.pem'),
        file('root/.aws/credentials'), file('home/u/.netrc'), file('app/credentials.json'), file('app/node_modules/x/test/key.pem'),
        file('usr/lib/python3/dist-packages/y/.env')],
    ])).filter((r) => r.check === 'image-credential-file');
    expect(results.map((r) => r.path)).toEqual([
      '/app/.env', '/app/.env.production', '/app/certs/server.key', '/app/certs/tls-key.pem', '/app/credentials.json', '/home/u/.netrc', '/root/.aws/credentials', '/root/.ssh/id_rsa',
    ]);
    expect(results[7]!.message).toBe('/root/.ssh/id_rsa looks like an SSH private key, and anyone who pulls the image can read it; added by layer 1');
    expect(credentialKind('etc/ssl/private/ssl-cert-snakeoil.key')).toBe('a private key');
    expect(credentialKind('app/keys.txt')).toBeNull();
  });

  it('reports .git directories with their files and bytes, once per repository; a deleted one still ships in its layer', () => {
    const results = checkImage(image([
      BASE,
      [dir('app'), dir('app/.git'), file('app/.git/HEAD', 21), file('app/.git/objects/ab', 4000), dir('app/.git/modules/lib/.git'), file('srv/.git/HEAD', 21), file('srv/.git/config', 30)],
      [entry('whiteout', 'srv/.git', 0)],
    ])).filter((r) => r.check === 'image-git-directory');
    expect(summary(results)).toEqual([['image-git-directory', '/app/.git/', 1], ['image-git-directory', '/srv/.git/', 1]]);
    expect(results[0]!.bytes).toBe(4021);
    expect(results[0]!.message).toBe('/app/.git is a git repository (2 files, 4021 bytes) shipped in the image; added by layer 1; add .git to .dockerignore');
    expect(results[1]!.message).toBe('/srv/.git is a git repository (2 files, 51 bytes) deleted by layer 2, but its files stay in layer 1; add .git to .dockerignore');
  });

  it('a credential file deleted or overwritten by a later layer is still reported: its bytes stay in its layer', () => {
    const results = checkImage(image([
      BASE,
      [file('root/.ssh/id_rsa', 1679, 0o600), file('app/.env', 40), file('app/notes.txt', 5)],
      [entry('whiteout', 'root/.ssh/id_rsa', 0), file('app/.env', 10), entry('whiteout', 'app/notes.txt', 0)],
    ])).filter((r) => r.check === 'image-credential-file');
    expect(results.map((r) => [r.path, r.layer, r.bytes])).toEqual([['/app/.env', 2, 10], ['/root/.ssh/id_rsa', 1, 1679], ['/app/.env', 1, 40]]);
    expect(results[1]!.message).toBe('/root/.ssh/id_rsa looks like an SSH private key; deleted by layer 2, but its bytes stay in layer 1, and anyone who pulls the image can extract them');
    expect(results[2]!.message).toMatch(/^\/app\/\.env looks like an environment file \(usually secrets\); overwritten by layer 2/);
  });

  it('checks only the layers from fromLayer up (the layers the Dockerfile made)', () => {
    const layers = [BASE, [file('opt/base-tool', 5, 0o4755)], [file('app/tool', 5, 0o4755)]];
    expect(checkImage(image(layers)).map((r) => r.path)).toEqual(['/app/tool', '/opt/base-tool']);
    expect(checkImage(image(layers), { fromLayer: 2 }).map((r) => r.path)).toEqual(['/app/tool']);
    expect(checkImage(image(layers), { fromLayer: 0 }).map((r) => r.path)).toEqual(['/app/tool', '/opt/base-tool', '/usr/bin/passwd', '/etc/ssl/private/base.key']);
  });

  it('a base image file a user layer merely rewrote keeps the base image\'s layer: not reported; a bit the user set is', () => {
    const results = checkImage(image([
      [...BASE, dir('data', 0o777), file('bin/suidbox', 10, 0o4755)],
      // An upgrade rewrites passwd with the same bits; a file added to /data re-records /data; touch re-records suidbox.
      [file('usr/bin/passwd', 120, 0o4755), dir('data', 0o777), file('data/x', 1), file('bin/suidbox', 10, 0o4755)],
      // The user makes a base file setuid, and a base directory world-writable.
      [file('usr/bin/passwd', 120, 0o4755), file('etc/ssl/private/base.key', 10, 0o4755), dir('usr', 0o777)],
    ]), { fromLayer: 1 }).filter((r) => r.check !== 'image-credential-file');
    expect(summary(results)).toEqual([
      ['image-setuid-file', '/etc/ssl/private/base.key', 2],
      ['image-world-writable', '/usr', 2],
    ]);
  });

  it('world-writable paths are grouped by directory: /app/cache stays under /app, whatever /app-logs sorts as', () => {
    const results = checkImage(image([BASE, [dir('app', 0o777), dir('app-logs', 0o777), dir('app/cache', 0o777)]]));
    expect(summary(results.filter((r) => r.check === 'image-world-writable'))).toEqual([
      ['image-world-writable', '/app', 1],
      ['image-world-writable', '/app-logs', 1],
    ]);
  });

  it('test keys inside Go\'s sources and vendored code are not the user\'s credentials', () => {
    expect(credentialKind('usr/share/go-1.19/src/crypto/tls/testdata/example-key.pem')).toBeNull();
    expect(credentialKind('usr/local/go/src/net/http/internal/testcert/key.pem')).toBeNull();
    expect(credentialKind('root/go/pkg/mod/github.com/x/y@v1/server.key')).toBeNull();
    expect(credentialKind('app/vendor/github.com/x/y/test.key')).toBeNull();
  });

  it('reports secrets in the image config\'s ENV with the secret rule\'s heuristic, never printing the value', () => {
    const results = checkImage(image([BASE], {
      User: 'app',
      Env: ['PATH=/usr/bin', 'API_TOKEN=abc123', 'DB_PASSWORD=', 'GPG_KEY=ABCDEF', 'TLS_KEY=/certs/server.key', 'POSTGRES_PASSWORD_FILE=/run/secrets/pw', 'AWS_SECRET_ACCESS_KEY=xyz'],
    }));
    expect(results.map((r) => [r.check, r.env])).toEqual([['image-secret-in-env', 'API_TOKEN'], ['image-secret-in-env', 'AWS_SECRET_ACCESS_KEY']]);
    expect(results[0]!.message).toBe('the image config sets ENV API_TOKEN (6 characters): anyone who pulls the image can read it; pass secrets at run time or with a secret mount');
    expect(results.some((r) => r.message.includes('abc123'))).toBe(false);
  });

  it('image-no-healthcheck is off until configured; HEALTHCHECK NONE counts as none; settings change severities', () => {
    const on = new Map([['image-no-healthcheck', { enabled: true, severity: 'warning' as const }], ['image-runs-as-root', { enabled: false, severity: 'warning' as const }]]);
    const healthcheck = (config: ImageConfig['config'], settings?: typeof on) =>
      checkImage(image([BASE], config), settings ? { settings } : {}).map((r) => [r.check, r.severity]);
    expect(healthcheck({})).toEqual([['image-runs-as-root', 'warning']]);
    expect(healthcheck({}, on)).toEqual([['image-no-healthcheck', 'warning']]);
    expect(healthcheck({ Healthcheck: { Test: ['NONE'] } }, on)).toEqual([['image-no-healthcheck', 'warning']]);
    expect(healthcheck({ Healthcheck: { Test: ['CMD-SHELL', 'curl -f http://localhost/'] } }, on)).toEqual([]);
  });

  it('reports an image that runs as root', () => {
    const root = (User: string | undefined) => checkImage(image([BASE], User === undefined ? {} : { User })).filter((r) => r.check === 'image-runs-as-root');
    expect(root(undefined).map((r) => r.message)).toEqual(['the container runs as root (the image config sets no User); add a USER with an unprivileged user']);
    expect(root('0:0').map((r) => r.message)).toEqual(['the container runs as root (User is "0:0"); add a USER with an unprivileged user']);
    expect(root('root')).toHaveLength(1);
    expect(root('1000')).toHaveLength(0);
    expect(root('app:app')).toHaveLength(0);
    expect(isRootUser('')).toBe(true);
    expect(isRootUser('00')).toBe(true);
    expect(isRootUser('10')).toBe(false);
    const windows = image([BASE], {});
    windows.config.os = 'windows';
    expect(checkImage(windows)).toEqual([]);
  });
});
