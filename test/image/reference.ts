// A deliberately simple and slow second implementation of the numbers in images.md, used to cross-check
// analysis.ts on generated layer sets. It follows dive's own structure literally: one tree per layer with
// tar-style names (`dir/.wh.name`), and, for every whiteout it meets, a fresh stacked tree of the layers below
// built from scratch (dive's StackTreeRange, layer 0 copied then layers 0..k-1 stacked). whale's reclaimable
// bytes are recomputed on a flat map of the merged filesystem rebuilt per layer, with prefix scans over all
// paths. Nothing here is shared with src/image.
import type { EntryType, LayerEntry } from '../../src/image/types';

interface Info {
  isDir: boolean;
  size: number;
}

class Node {
  children: Record<string, Node> = {};
  constructor(
    public name: string,
    public parent: Node | null,
    public info: Info,
  ) {}

  isLeaf(): boolean {
    return Object.keys(this.children).length === 0;
  }

  isWhiteout(): boolean {
    return this.name.startsWith('.wh.');
  }

  path(): string {
    const names: string[] = [];
    for (let node: Node | null = this; node && node.parent; node = node.parent) {
      names.unshift(node === this ? node.name.replace(/^\.wh\./, '') : node.name);
    }
    return '/' + names.join('/');
  }

  /** Children first, children in UTF-8 byte order; the callback returns false to stop everything. */
  visitChildFirst(visit: (node: Node) => boolean, only: (node: Node) => boolean, isRoot: boolean): boolean {
    const names = Object.keys(this.children).sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
    for (const name of names) {
      if (!this.children[name].visitChildFirst(visit, only, false)) return false;
    }
    if (isRoot) return true;
    return only(this) ? visit(this) : true;
  }

  copy(parent: Node | null): Node {
    const node = new Node(this.name, parent, { ...this.info });
    for (const [name, child] of Object.entries(this.children)) node.children[name] = child.copy(node);
    return node;
  }
}

class Tree {
  root = new Node('', null, { isDir: true, size: 0 });

  addPath(path: string, info: Info): void {
    let node = this.root;
    const names = path.split('/').filter((name) => name !== '');
    names.forEach((name, i) => {
      if (!node.children[name]) node.children[name] = new Node(name, node, { isDir: false, size: 0 });
      node = node.children[name];
      if (i === names.length - 1) node.info = { ...info };
    });
  }

  getNode(path: string): Node | null {
    let node = this.root;
    for (const name of path.split('/').filter((name) => name !== '')) {
      if (!node.children[name]) return null;
      node = node.children[name];
    }
    return node;
  }

  removePath(path: string): void {
    const node = this.getNode(path);
    if (node && node.parent) delete node.parent.children[node.name];
  }

  stack(upper: Tree): void {
    upper.root.visitChildFirst(
      (node) => {
        if (node.isWhiteout()) this.removePath(node.path());
        else this.addPath(node.path(), node.info);
        return true;
      },
      () => true,
      true,
    );
  }

  copy(): Tree {
    const tree = new Tree();
    tree.root = this.root.copy(null);
    return tree;
  }
}

function layerToTree(entries: readonly LayerEntry[]): Tree {
  const tree = new Tree();
  for (const entry of entries) {
    // dive refuses names starting with `.wh..wh.`: opaque markers never enter its trees.
    if (entry.type === 'opaque') continue;
    const slash = entry.path.lastIndexOf('/');
    const tarName = entry.type === 'whiteout' ? `${entry.path.slice(0, slash + 1)}.wh.${entry.path.slice(slash + 1)}` : entry.path;
    tree.addPath(tarName, { isDir: entry.type === 'dir', size: entry.size });
  }
  return tree;
}

function stackTreeRange(trees: Tree[], start: number, stop: number): Tree {
  const tree = trees[0].copy();
  for (let i = start; i <= stop; i++) tree.stack(trees[i]);
  return tree;
}

export interface ReferenceNumbers {
  sizeBytes: number;
  userSizeBytes: number;
  layerSizes: number[];
  efficiency: number;
  wastedBytes: number;
  wastedUserPercent: number | null;
  inefficientFiles: Array<{ path: string; count: number; sizeBytes: number }>;
  reclaimable: Array<{ path: string; bytes: number; reason: string; layer: number }>;
  reclaimableBytes: number;
  files: number;
}

export function referenceNumbers(layers: ReadonlyArray<readonly LayerEntry[]>): ReferenceNumbers {
  const trees = layers.map(layerToTree);
  const data = new Map<string, { nodes: number; cumulative: number; min: number }>();
  trees.forEach((tree, current) => {
    tree.root.visitChildFirst(
      (node) => {
        const path = node.path();
        if (!data.has(path)) data.set(path, { nodes: 0, cumulative: 0, min: -1 });
        const record = data.get(path)!;
        let size = 0;
        if (node.isWhiteout()) {
          const below = stackTreeRange(trees, 0, current - 1).getNode(path);
          if (!below) return false;
          if (below.info.isDir) {
            below.visitChildFirst(
              (n) => {
                size += n.info.size;
                return true;
              },
              () => true,
              false,
            );
          }
        } else {
          size = node.info.size;
        }
        record.cumulative += size;
        if (record.min < 0 || size < record.min) record.min = size;
        record.nodes++;
        return true;
      },
      (node) => node.isLeaf(),
      true,
    );
  });
  let minimum = 0;
  let discovered = 0;
  for (const record of data.values()) {
    minimum += record.min;
    discovered += record.cumulative;
  }
  const inefficientFiles = [...data.entries()]
    .filter(([, record]) => record.nodes > 1)
    .map(([path, record]) => ({ path, count: record.nodes, sizeBytes: record.cumulative }))
    .sort((a, b) => b.sizeBytes - a.sizeBytes || Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  const layerSizes = layers.map((entries) => entries.reduce((sum, entry) => sum + entry.size, 0));
  const sizeBytes = layerSizes.reduce((a, b) => a + b, 0);
  const userSizeBytes = layerSizes.slice(1).reduce((a, b) => a + b, 0);
  const wastedBytes = inefficientFiles.reduce((sum, file) => sum + file.sizeBytes, 0);
  const { reclaimable, files } = referenceReclaimable(layers);
  return {
    sizeBytes,
    userSizeBytes,
    layerSizes,
    efficiency: discovered === 0 ? 1 : minimum / discovered,
    wastedBytes,
    wastedUserPercent: userSizeBytes === 0 ? null : wastedBytes / userSizeBytes,
    inefficientFiles,
    reclaimable,
    reclaimableBytes: reclaimable.reduce((sum, item) => sum + item.bytes, 0),
    files,
  };
}

// The merged filesystem as a flat map of explicit entries; deleting a directory scans every path.
function referenceReclaimable(layers: ReadonlyArray<readonly LayerEntry[]>) {
  let merged = new Map<string, { type: EntryType; size: number; layer: number; target?: string }>();
  const reclaimable: ReferenceNumbers['reclaimable'] = [];
  const lose = (path: string, why: string) => {
    const version = merged.get(path);
    if (version && version.type === 'file' && version.size > 0) reclaimable.push({ path: '/' + path, bytes: version.size, reason: why, layer: version.layer });
    merged.delete(path);
  };
  layers.forEach((entries, k) => {
    merged = new Map(merged);
    for (const entry of entries) {
      if (entry.type === 'whiteout') {
        for (const path of [...merged.keys()]) if (path === entry.path || path.startsWith(entry.path + '/')) lose(path, `deleted in layer ${k}`);
      } else if (entry.type === 'opaque') {
        for (const path of [...merged.keys()]) if (path.startsWith(entry.path + '/')) lose(path, `hidden by an opaque directory in layer ${k}`);
      }
    }
    for (const entry of entries) {
      if (entry.type === 'whiteout' || entry.type === 'opaque') continue;
      const parts = entry.path.split('/');
      for (let i = 1; i < parts.length; i++) {
        const parent = parts.slice(0, i).join('/');
        const version = merged.get(parent);
        if (version && version.type !== 'dir') {
          lose(parent, `overwritten in layer ${k}`);
          merged.set(parent, { type: 'dir', size: 0, layer: k });
        }
      }
      if (entry.type !== 'dir') {
        for (const path of [...merged.keys()]) if (path.startsWith(entry.path + '/')) lose(path, `overwritten in layer ${k}`);
      }
      lose(entry.path, `overwritten in layer ${k}`);
      merged.set(entry.path, { type: entry.type, size: entry.size, layer: k, target: entry.linkTarget });
    }
  });
  // A surviving hard link (from the layer of the body) keeps the bytes.
  const survivors = [...merged.values()];
  const kept = reclaimable.filter((item) => !survivors.some((version) =>
    version.type === 'hardlink' && version.layer === item.layer && '/' + (version.target ?? '').replace(/^\.?\/+/, '') === item.path));
  kept.sort((a, b) => b.bytes - a.bytes || a.layer - b.layer || Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  const files = survivors.filter((version) => version.type === 'file' || version.type === 'hardlink').length;
  return { reclaimable: kept, files };
}
