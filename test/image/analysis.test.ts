import { describe, expect, it } from 'vitest';
import { analyze, diveEfficiency, type ImageAnalysis } from '../../src/image/analysis';
import { buildFileIndex, compareUtf8 } from '../../src/image/filetree';
import type { EntryType, HistoryEntry, ImageData, LayerEntry } from '../../src/image/types';
import { referenceNumbers } from './reference';

const entry = (type: EntryType, path: string, size = 0, linkTarget?: string): LayerEntry => ({
  path, type, size, mode: type === 'dir' ? 0o755 : 0o644, uid: 0, gid: 0, ...(linkTarget ? { linkTarget } : {}),
});
const f = (path: string, size: number) => entry('file', path, size);
const d = (path: string) => entry('dir', path);
const wh = (path: string) => entry('whiteout', path);
const opq = (path: string) => entry('opaque', path);
const sl = (path: string, target: string) => entry('symlink', path, 0, target);
const hl = (path: string, target: string) => entry('hardlink', path, 0, target);

function image(layers: LayerEntry[][], history?: HistoryEntry[]): ImageData {
  return {
    reference: 'test:image',
    digest: null,
    platform: 'linux/amd64',
    configDigest: 'sha256:c0',
    config: { rootfs: { type: 'layers', diff_ids: layers.map((_, i) => `sha256:${i}`) }, ...(history ? { history } : {}) },
    layers: layers.map((entries, index) => ({
      index, digest: `sha256:blob${index}`, diffId: `sha256:${index}`, mediaType: null, compression: 'none', blobSize: 0, entries,
    })),
  };
}

function numbers(result: ImageAnalysis) {
  return {
    layerSizes: result.layers.map((layer) => layer.sizeBytes),
    sizeBytes: result.sizeBytes,
    userSizeBytes: result.userSizeBytes,
    efficiency: result.efficiency,
    wastedBytes: result.wastedBytes,
    wastedUserPercent: result.wastedUserPercent,
    inefficientFiles: result.inefficientFiles,
    reclaimableBytes: result.reclaimableBytes,
    reclaimable: result.reclaimable,
    files: result.files,
  };
}

describe('dive numbers and reclaimable bytes, computed by hand', () => {
  it('a file overwritten twice', () => {
    // dive leaves: L0 /app/a 100, /bin/sh 50 (bin has no entry: an implicit parent, not a leaf); L1 /app/a 200;
    // L2 /app/a 300. /app/a: sum 600, smallest 100, 3 times. /bin/sh: 50, 50.
    // efficiency = (100 + 50) / (600 + 50) = 150/650. wasted = 600 (every copy). user = 200 + 300 = 500.
    // whale: the 100 and the 200 versions are hidden (300 bytes); 2 files remain.
    const result = analyze(image([
      [d('app'), f('app/a', 100), f('bin/sh', 50)],
      [d('app'), f('app/a', 200)],
      [d('app'), f('app/a', 300)],
    ]));
    expect(numbers(result)).toEqual({
      layerSizes: [150, 200, 300],
      sizeBytes: 650,
      userSizeBytes: 500,
      efficiency: 150 / 650,
      wastedBytes: 600,
      wastedUserPercent: 600 / 500,
      inefficientFiles: [{ path: '/app/a', count: 3, sizeBytes: 600 }],
      reclaimableBytes: 300,
      reclaimable: [
        { path: '/app/a', bytes: 200, reason: 'overwritten in layer 2', layer: 1 },
        { path: '/app/a', bytes: 100, reason: 'overwritten in layer 1', layer: 0 },
      ],
      files: 2,
    });
  });

  it('whiteouts of directories: explicit, implicit, and re-created', () => {
    // L0: usr/share/doc is an explicit directory holding a (10) and b (20); usr/lib only exists as the parent of
    // c (40); etc/conf (1). L1 deletes usr/share/doc and usr/lib. L2 re-creates usr/share/doc/a (10).
    // dive: L0 leaves a 10, b 20, c 40, conf 1. L1 leaves (sorted): usr/.wh.lib -> usr/lib is implicit in the
    // stacked tree, not a directory -> 0; usr/share/.wh.doc -> directory, subtree 0 + 10 + 20 = 30.
    // L2 leaf /usr/share/doc/a 10 -> second occurrence: sum 20, smallest 10.
    // Σ smallest = 10 + 20 + 40 + 1 + 0 + 30 = 101; Σ sum = 20 + 20 + 40 + 1 + 0 + 30 = 111.
    // wasted = 20 (only /usr/share/doc/a appears twice); user = 0 + 10.
    // whale: a, b and c were deleted in layer 1: 70 bytes; etc/conf and the new a remain.
    const result = analyze(image([
      [d('usr'), d('usr/share'), d('usr/share/doc'), f('usr/share/doc/a', 10), f('usr/share/doc/b', 20), f('usr/lib/c', 40), f('etc/conf', 1)],
      [d('usr'), d('usr/share'), wh('usr/share/doc'), wh('usr/lib')],
      [d('usr'), d('usr/share'), d('usr/share/doc'), f('usr/share/doc/a', 10)],
    ]));
    expect(numbers(result)).toEqual({
      layerSizes: [71, 0, 10],
      sizeBytes: 81,
      userSizeBytes: 10,
      efficiency: 101 / 111,
      wastedBytes: 20,
      wastedUserPercent: 2,
      inefficientFiles: [{ path: '/usr/share/doc/a', count: 2, sizeBytes: 20 }],
      reclaimableBytes: 70,
      reclaimable: [
        { path: '/usr/lib/c', bytes: 40, reason: 'deleted in layer 1', layer: 0 },
        { path: '/usr/share/doc/b', bytes: 20, reason: 'deleted in layer 1', layer: 0 },
        { path: '/usr/share/doc/a', bytes: 10, reason: 'deleted in layer 1', layer: 0 },
      ],
      files: 2,
    });
  });

  it('a whiteout of a missing path stops the rest of the layer', () => {
    // L1's leaves in order: .wh.c, a, d. c is not below -> dive stops: a (100, an overwrite) and d are never
    // counted, and /c keeps a smallest size of -1. L2 overwrites b.
    // Σ smallest = 100 (a) + 10 (b) - 1 (c) = 109; Σ sum = 100 + 20 + 0 = 120. wasted = 20 (b).
    // whale: a 100 overwritten in layer 1, b 10 overwritten in layer 2; files a, b, d.
    const result = analyze(image([
      [f('a', 100), f('b', 10)],
      [wh('c'), f('a', 100), f('d', 5)],
      [f('b', 10)],
    ]));
    expect(numbers(result)).toEqual({
      layerSizes: [110, 105, 10],
      sizeBytes: 225,
      userSizeBytes: 115,
      efficiency: 109 / 120,
      wastedBytes: 20,
      wastedUserPercent: 20 / 115,
      inefficientFiles: [{ path: '/b', count: 2, sizeBytes: 20 }],
      reclaimableBytes: 110,
      reclaimable: [
        { path: '/a', bytes: 100, reason: 'overwritten in layer 1', layer: 0 },
        { path: '/b', bytes: 10, reason: 'overwritten in layer 2', layer: 0 },
      ],
      files: 3,
    });
  });

  it('a whiteout in layer 0 looks itself up in layer 0', () => {
    // L0's leaves: .wh.y (sorts before x) -> y is not in layer 0 -> stop: x is never counted; /y gets -1.
    // L1: x 5. Σ smallest = 5 - 1 = 4; Σ sum = 5 -> 0.8.
    const result = analyze(image([[f('x', 5), wh('y')], [f('x', 5)]]));
    expect(result.efficiency).toBe(0.8);
    expect(result.wastedBytes).toBe(0);
    expect(result.reclaimable).toEqual([{ path: '/x', bytes: 5, reason: 'overwritten in layer 1', layer: 0 }]);
  });

  it('an opaque directory: ignored by dive, honoured by whale', () => {
    // dive: leaves opt/x 50, opt/y 30, then opt/z 7; nothing twice -> efficiency 1, no waste.
    // whale: x and y are hidden by the opaque opt in layer 1: 80 bytes; one file remains.
    const result = analyze(image([
      [d('opt'), f('opt/x', 50), f('opt/y', 30)],
      [d('opt'), opq('opt'), f('opt/z', 7)],
    ]));
    expect(numbers(result)).toEqual({
      layerSizes: [80, 7],
      sizeBytes: 87,
      userSizeBytes: 7,
      efficiency: 1,
      wastedBytes: 0,
      wastedUserPercent: 0,
      inefficientFiles: [],
      reclaimableBytes: 80,
      reclaimable: [
        { path: '/opt/x', bytes: 50, reason: 'hidden by an opaque directory in layer 1', layer: 0 },
        { path: '/opt/y', bytes: 30, reason: 'hidden by an opaque directory in layer 1', layer: 0 },
      ],
      files: 1,
    });
  });

  it('zero-byte directory duplicates: listed by dive, not by whale', () => {
    // dive leaves: L0 data 0, tmp 0 (empty directories); L1 data 0; L2 data/file 4 (data has a child).
    // /data appears twice with 0 bytes: an inefficient file of size 0. Σ smallest = Σ sum = 4.
    const result = analyze(image([[d('data'), d('tmp')], [d('data')], [d('data'), f('data/file', 4)]]));
    expect(result.efficiency).toBe(1);
    expect(result.wastedBytes).toBe(0);
    expect(result.inefficientFiles).toEqual([{ path: '/data', count: 2, sizeBytes: 0 }]);
    expect(result.reclaimable).toEqual([]);
    expect(result.files).toBe(1);
  });

  it('deleting a file counts 0 for the whiteout, and no user bytes gives no percentage', () => {
    // /big: 1000 then a whiteout of a file (size 0): sum 1000, smallest 0. /small 10.
    // efficiency = 10 / 1010; wasted = 1000; user = 0 -> wastedUserPercent undefined (null).
    const result = analyze(image([[f('big', 1000), f('small', 10)], [wh('big')]]));
    expect(result.efficiency).toBe(10 / 1010);
    expect(result.wastedBytes).toBe(1000);
    expect(result.userSizeBytes).toBe(0);
    expect(result.wastedUserPercent).toBeNull();
    expect(result.reclaimable).toEqual([{ path: '/big', bytes: 1000, reason: 'deleted in layer 1', layer: 0 }]);
  });

  it('a directory with an implicit parent entry counts 0 when deleted later', () => {
    // L0: a/ and a/f1 (10). L1: a/f2 (5) without an entry for a: stacking L1 marks a "not a directory".
    // L2 deletes a -> 0 (instead of 15). L3: an empty a/ (leaf, 0).
    // /a: 0 + 0, twice. Σ smallest = 10 + 5 + 0 = 15 = Σ sum -> efficiency 1, wasted 0.
    const implicit = analyze(image([[d('a'), f('a/f1', 10)], [f('a/f2', 5)], [wh('a')], [d('a')]]));
    expect(implicit.efficiency).toBe(1);
    expect(implicit.inefficientFiles).toEqual([{ path: '/a', count: 2, sizeBytes: 0 }]);
    // Same with an entry for a in L1: the whiteout counts 0 + 10 + 5 = 15; /a: 15 + 0, smallest 0.
    // Σ smallest = 15, Σ sum = 30 -> 0.5; wasted 15.
    const explicit = analyze(image([[d('a'), f('a/f1', 10)], [d('a'), f('a/f2', 5)], [wh('a')], [d('a')]]));
    expect(explicit.efficiency).toBe(0.5);
    expect(explicit.wastedBytes).toBe(15);
    // whale counts both files as deleted in layer 2 either way.
    for (const result of [implicit, explicit]) {
      expect(result.reclaimable).toEqual([
        { path: '/a/f1', bytes: 10, reason: 'deleted in layer 2', layer: 0 },
        { path: '/a/f2', bytes: 5, reason: 'deleted in layer 2', layer: 1 },
      ]);
    }
  });

  it('symlinks and hardlinks are zero-size entries', () => {
    // /bin/ls twice (0 bytes). busybox 1000 once -> efficiency 1. Files: busybox and its hardlink sh.
    const result = analyze(image([
      [d('bin'), f('bin/busybox', 1000), hl('bin/sh', 'bin/busybox'), sl('bin/ls', 'busybox')],
      [sl('bin/ls', '/bin/busybox')],
    ]));
    expect(result.layers.map((layer) => [layer.sizeBytes, layer.entries])).toEqual([[1000, 4], [0, 1]]);
    expect(result.efficiency).toBe(1);
    expect(result.inefficientFiles).toEqual([{ path: '/bin/ls', count: 2, sizeBytes: 0 }]);
    expect(result.files).toBe(2);
  });

  it('a deleted file whose hard link survives saves nothing', () => {
    // L0: perl (500) and its hard link perl5 in the same layer. L1 deletes perl: perl5 keeps the bytes.
    // L2 deletes perl5 too: now the 500 bytes are reclaimable (once).
    const kept = analyze(image([[f('usr/bin/perl', 500), hl('usr/bin/perl5', 'usr/bin/perl')], [wh('usr/bin/perl')]]));
    expect(kept.reclaimable).toEqual([]);
    const gone = analyze(image([[f('usr/bin/perl', 500), hl('usr/bin/perl5', './usr/bin/perl')], [wh('usr/bin/perl')], [wh('usr/bin/perl5')]]));
    expect(gone.reclaimable).toEqual([{ path: '/usr/bin/perl', bytes: 500, reason: 'deleted in layer 1', layer: 0 }]);
  });

  it('300k reclaimable files and a surviving hard link (rm -rf of a big tree)', () => {
    // L0: /data/f0..f299999 (1 byte each) and /keep/f0, a hard link to /data/f0. L1 deletes /data: the link keeps
    // f0's byte, the other 299999 files are reclaimable. Filtering them must not spread 300k arguments into a call.
    const count = 300_000;
    const files: LayerEntry[] = [d('data')];
    for (let i = 0; i < count; i += 1) files.push(f(`data/f${i}`, 1));
    files.push(d('keep'), hl('keep/f0', 'data/f0'));
    const result = analyze(image([files, [wh('data')]]));
    expect(result.reclaimable).toHaveLength(count - 1);
    expect(result.reclaimableBytes).toBe(count - 1);
    expect(result.reclaimable.some((file) => file.path === '/data/f0')).toBe(false);
  }, 60_000);

  it('an image with no bytes is fully efficient', () => {
    const result = analyze(image([[d('a')], []]));
    expect(result.efficiency).toBe(1);
    expect(result.wastedUserPercent).toBeNull();
    expect(result.sizeBytes).toBe(0);
  });

  it('puts the history on the layers', () => {
    const result = analyze(image([[f('a', 1)], [f('b', 2)]], [
      { created_by: '/bin/sh -c #(nop) ADD file:abc in / ' },
      { created_by: '/bin/sh -c #(nop)  ENV A=1', empty_layer: true },
      { created_by: '/bin/sh -c echo hi > /b' },
    ]));
    expect(result.layers.map((layer) => [layer.index, layer.digest, layer.instruction, layer.keyword, layer.emptyBefore.length])).toEqual([
      [0, 'sha256:blob0', 'ADD file:abc in /', 'ADD', 0],
      [1, 'sha256:blob1', 'RUN echo hi > /b', 'RUN', 1],
    ]);
  });
});

describe('the merged file index', () => {
  it('records which layers added, changed or removed each path', () => {
    const tree = buildFileIndex([
      { index: 0, entries: [d('usr'), d('usr/share'), d('usr/share/doc'), f('usr/share/doc/a', 10), f('usr/lib/c', 40)] },
      { index: 1, entries: [d('usr'), d('usr/share'), wh('usr/share/doc'), wh('usr/lib')] },
      { index: 2, entries: [d('usr'), d('usr/share'), d('usr/share/doc'), f('usr/share/doc/a', 10)] },
    ]);
    const history = (path: string) => tree.history!.get(path)?.map((change) => `${change.kind}@${change.layer}`);
    expect(history('usr')).toEqual(['added@0', 'changed@1', 'changed@2']);
    expect(history('usr/share/doc')).toEqual(['added@0', 'removed@1', 'added@2']);
    expect(history('usr/share/doc/a')).toEqual(['added@0', 'removed@1', 'added@2']);
    expect(history('usr/lib')).toEqual(['added@0', 'removed@1']);
    expect(history('usr/lib/c')).toEqual(['added@0', 'removed@1']);
    expect([...tree.walk()].map(([path]) => path).sort()).toEqual(['usr', 'usr/share', 'usr/share/doc', 'usr/share/doc/a']);
    expect(tree.get('usr/lib')).toBeUndefined();
  });

  it('a whiteout and a new entry of the same path in one layer is a change', () => {
    const tree = buildFileIndex([{ index: 0, entries: [f('x', 1)] }, { index: 1, entries: [f('x', 2), wh('x')] }]);
    expect(tree.history!.get('x')).toEqual([{ layer: 0, kind: 'added' }, { layer: 1, kind: 'changed' }]);
    expect(tree.get('x')?.size).toBe(2);
  });

  it('a non-directory replacing a directory removes what was below it', () => {
    const hidden: string[] = [];
    const result = analyze(image([[d('x'), f('x/y', 3), f('x/z/w', 4)], [sl('x', '/elsewhere')]]));
    for (const item of result.reclaimable) hidden.push(`${item.path} ${item.bytes} ${item.reason}`);
    expect(hidden).toEqual(['/x/z/w 4 overwritten in layer 1', '/x/y 3 overwritten in layer 1']);
    expect(result.files).toBe(0);
  });

  it('an entry below a file turns the file into a directory', () => {
    const result = analyze(image([[f('x', 3)], [f('x/y', 4)]]));
    expect(result.reclaimable).toEqual([{ path: '/x', bytes: 3, reason: 'overwritten in layer 1', layer: 0 }]);
    expect(result.files).toBe(1);
  });

  it('compares names in UTF-8 byte order like Go', () => {
    const names = ['b', 'a', '\uE000', '😀', '-x', '.wh.x', 'x', 'B'];
    const byBytes = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect([...names].sort(compareUtf8)).toEqual(byBytes);
    expect(byBytes.indexOf('\uE000')).toBeLessThan(byBytes.indexOf('😀'));
  });
});

// ---- cross-check against the slow reference on generated layer sets ----

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Names chosen so that `.wh.name` sorts both before and after `name` ('-' < '.' < 'a'), with non-ASCII ones
// where UTF-16 and UTF-8 orders differ.
const DIRS = ['d', 'd/e', 'd/e/g', '-d', '.d', 'd/\uE000', 'd/😀', 'h'];
const LEAVES = ['a', '-b', '.c', 'zz', '😀', '\uE001', 'B'];
const SIZES = [0, 1, 3, 7, 100, 1000, 4096, 65536];

function generateLayers(random: () => number): LayerEntry[][] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const leafPath = () => {
    const dir = random() < 0.15 ? '' : pick(DIRS);
    return dir === '' ? pick(LEAVES) : `${dir}/${pick(LEAVES)}`;
  };
  const parents = (path: string, out: LayerEntry[]) => {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) if (random() < 0.7) out.push(d(parts.slice(0, i).join('/')));
  };
  const layers: LayerEntry[][] = [];
  const layerCount = 1 + Math.floor(random() * 6);
  for (let k = 0; k < layerCount; k++) {
    const entries: LayerEntry[] = [];
    const count = Math.floor(random() * 14);
    for (let i = 0; i < count; i++) {
      const roll = random();
      if (roll < 0.45) {
        const path = leafPath();
        parents(path, entries);
        entries.push(f(path, pick(SIZES)));
      } else if (roll < 0.55) {
        const path = leafPath();
        parents(path, entries);
        entries.push(pick([d(path), sl(path, 'target'), hl(path, 'd/a'), entry('other', path)]));
      } else if (roll < 0.75) {
        const path = random() < 0.5 ? leafPath() : pick(DIRS);
        parents(path, entries);
        entries.push(wh(path));
      } else if (roll < 0.85) {
        const dir = pick(DIRS);
        parents(dir, entries);
        entries.push(d(dir), opq(dir));
      } else if (roll < 0.95) {
        const dir = pick(DIRS);
        parents(dir, entries);
        entries.push(d(dir));
      } else if (entries.length > 0) {
        // the same path twice in one layer
        const again = pick(entries);
        entries.push(again.type === 'file' ? f(again.path, pick(SIZES)) : again);
      }
    }
    layers.push(entries);
  }
  return layers;
}

describe('analysis against the slow reference', () => {
  it('agrees on 200 generated layer sets', () => {
    const random = mulberry32(20240611);
    let withWhiteouts = 0;
    let whiteoutsMattered = 0;
    for (let n = 0; n < 200; n++) {
      const layers = generateLayers(random);
      const expected = referenceNumbers(layers);
      const result = analyze(image(layers));
      const context = `case ${n}: ${JSON.stringify(layers.map((entries) => entries.map((e) => `${e.type}:${e.path}:${e.size}`)))}`;
      expect({
        layerSizes: result.layers.map((layer) => layer.sizeBytes),
        sizeBytes: result.sizeBytes,
        userSizeBytes: result.userSizeBytes,
        efficiency: result.efficiency,
        wastedBytes: result.wastedBytes,
        wastedUserPercent: result.wastedUserPercent,
        inefficientFiles: result.inefficientFiles,
        reclaimable: result.reclaimable,
        reclaimableBytes: result.reclaimableBytes,
        files: result.files,
      }, context).toEqual(expected);
      if (layers.some((entries) => entries.some((e) => e.type === 'whiteout'))) withWhiteouts++;
      if (expected.efficiency !== diveEfficiency(layers.map((entries) => entries.filter((e) => e.type !== 'whiteout'))).efficiency) whiteoutsMattered++;
    }
    // The generator must actually exercise whiteouts.
    expect(withWhiteouts).toBeGreaterThan(100);
    expect(whiteoutsMattered).toBeGreaterThan(20);
  });
});
