// The merged filesystem of an image, built in one pass over the layers, oldest first, with OCI semantics:
// `dir/.wh.name` deletes `name` and everything below it from LOWER layers; `dir/.wh..wh..opq` hides everything
// below `dir` from lower layers; a non-directory entry replacing a directory removes what was below it.
//
// The tree is a trie of directories with children maps, so deleting a subtree costs the size of that subtree:
// no rescan of all paths, and no merged tree rebuilt per whiteout. Each path may also keep its history: which
// layers added, changed or removed it.
import type { EntryType, LayerEntry, LayerSummary } from './types';

export interface TreeNode {
  name: string;
  parent: TreeNode | null;
  children: Map<string, TreeNode> | null;
  /** Type of the current version; a directory that only exists as a parent of other entries is 'dir'. */
  type: EntryType;
  size: number;
  linkTarget?: string;
  /** The layer holding the current version. */
  layer: number;
  /** True when no layer has an entry for this path itself (it exists as a parent of other entries). */
  implicit: boolean;
}

export type ChangeKind = 'added' | 'changed' | 'removed';

export interface PathChange {
  layer: number;
  kind: ChangeKind;
}

export type HideReason = 'overwritten' | 'deleted' | 'opaque';

/** A version of a path that a later layer made invisible: its bytes stay in the image for nothing. */
export interface HiddenVersion {
  path: string;
  type: EntryType;
  size: number;
  /** The layer that holds the hidden version. */
  layer: number;
  /** The layer that overwrote, deleted or hid it. */
  by: number;
  reason: HideReason;
}

export interface MergedTreeOptions {
  /** Keep, for every path, the layers that added, changed or removed it. */
  history?: boolean;
  onHidden?: (version: HiddenVersion) => void;
}

export class MergedTree {
  readonly root: TreeNode = { name: '', parent: null, children: new Map(), type: 'dir', size: 0, layer: -1, implicit: true };
  /** Path -> changes, oldest first; null unless asked for. */
  readonly history: Map<string, PathChange[]> | null;
  private readonly onHidden: ((version: HiddenVersion) => void) | undefined;

  constructor(options: MergedTreeOptions = {}) {
    this.history = options.history ? new Map() : null;
    this.onHidden = options.onHidden;
  }

  /** Applies one layer on top of the tree. Whiteouts act on the lower layers only, so they go first. */
  applyLayer(layer: Pick<LayerSummary, 'index' | 'entries'>): void {
    const index = layer.index;
    for (const entry of layer.entries) {
      if (entry.path === '') continue;
      if (entry.type === 'whiteout') {
        const node = this.get(entry.path);
        if (node) this.remove(node, entry.path, index, 'deleted');
      } else if (entry.type === 'opaque') {
        const node = this.get(entry.path);
        if (node?.children) {
          for (const child of [...node.children.values()]) this.remove(child, `${entry.path}/${child.name}`, index, 'opaque');
        }
      }
    }
    for (const entry of layer.entries) {
      if (entry.path === '' || entry.type === 'whiteout' || entry.type === 'opaque') continue;
      this.add(entry, index);
    }
  }

  /** The present node at a normalised path (`usr/bin/env`), if any. */
  get(path: string): TreeNode | undefined {
    let node: TreeNode | undefined = this.root;
    for (const name of path.split('/')) {
      node = node.children?.get(name);
      if (!node) return undefined;
    }
    return node;
  }

  /** Present paths and nodes, depth first (parents before children). */
  *walk(): Generator<[string, TreeNode]> {
    const stack: Array<[string, TreeNode]> = [];
    const push = (prefix: string, node: TreeNode) => {
      if (!node.children) return;
      for (const child of node.children.values()) stack.push([prefix === '' ? child.name : `${prefix}/${child.name}`, child]);
    };
    push('', this.root);
    while (stack.length > 0) {
      const item = stack.pop()!;
      yield item;
      push(item[0], item[1]);
    }
  }

  /** Regular files (and hard links, other names of regular files) in the merged filesystem. */
  countFiles(): number {
    let files = 0;
    for (const [, node] of this.walk()) if (node.type === 'file' || node.type === 'hardlink') files++;
    return files;
  }

  private add(entry: LayerEntry, layer: number): void {
    const names = entry.path.split('/');
    let node = this.root;
    let path = '';
    for (let i = 0; i < names.length - 1; i++) {
      path = path === '' ? names[i] : `${path}/${names[i]}`;
      node = this.parentDir(node, names[i], path, layer);
    }
    const name = names[names.length - 1];
    const children = (node.children ??= new Map());
    const existing = children.get(name);
    if (!existing) {
      children.set(name, makeNode(name, node, entry, layer));
      this.record(entry.path, layer, 'added');
      return;
    }
    this.hide(existing, entry.path, layer, 'overwritten');
    // A non-directory replaces a directory with everything below it.
    if (entry.type !== 'dir' && existing.children) {
      for (const child of [...existing.children.values()]) this.remove(child, `${entry.path}/${child.name}`, layer, 'overwritten');
      existing.children = null;
    }
    existing.type = entry.type;
    existing.size = entry.size;
    existing.linkTarget = entry.linkTarget;
    existing.layer = layer;
    existing.implicit = false;
    if (entry.type === 'dir') existing.children ??= new Map();
    this.record(entry.path, layer, 'changed');
  }

  // The directory `name` below `parent`, created when absent (extraction creates missing parents), and turned
  // into a directory when a lower layer had something else there.
  private parentDir(parent: TreeNode, name: string, path: string, layer: number): TreeNode {
    const children = (parent.children ??= new Map());
    let node = children.get(name);
    if (!node) {
      node = { name, parent, children: new Map(), type: 'dir', size: 0, layer, implicit: true };
      children.set(name, node);
      this.record(path, layer, 'added');
    } else if (node.type !== 'dir') {
      this.hide(node, path, layer, 'overwritten');
      node.type = 'dir';
      node.size = 0;
      node.linkTarget = undefined;
      node.layer = layer;
      node.implicit = true;
      node.children ??= new Map();
      this.record(path, layer, 'changed');
    }
    return node;
  }

  // Removes a node and its subtree: the cost is the subtree's size.
  private remove(top: TreeNode, topPath: string, layer: number, reason: HideReason): void {
    top.parent?.children?.delete(top.name);
    const stack: Array<[string, TreeNode]> = [[topPath, top]];
    while (stack.length > 0) {
      const [path, node] = stack.pop()!;
      this.hide(node, path, layer, reason);
      this.record(path, layer, 'removed');
      if (node.children) for (const child of node.children.values()) stack.push([`${path}/${child.name}`, child]);
    }
  }

  private hide(node: TreeNode, path: string, by: number, reason: HideReason): void {
    if (node.implicit || !this.onHidden) return;
    this.onHidden({ path, type: node.type, size: node.size, layer: node.layer, by, reason });
  }

  private record(path: string, layer: number, kind: ChangeKind): void {
    if (!this.history) return;
    let changes = this.history.get(path);
    if (!changes) this.history.set(path, (changes = []));
    const last = changes[changes.length - 1];
    if (last && last.layer === layer) {
      // One change per layer: removed then re-added in the same layer is a change; added then rewritten is an add.
      if (last.kind === 'removed' && kind !== 'removed') last.kind = 'changed';
      return;
    }
    changes.push({ layer, kind });
  }
}

function makeNode(name: string, parent: TreeNode, entry: LayerEntry, layer: number): TreeNode {
  const node: TreeNode = {
    name,
    parent,
    children: entry.type === 'dir' ? new Map() : null,
    type: entry.type,
    size: entry.size,
    layer,
    implicit: false,
  };
  if (entry.linkTarget !== undefined) node.linkTarget = entry.linkTarget;
  return node;
}

/** The merged filesystem of these layers, with each path's history. */
export function buildFileIndex(layers: ReadonlyArray<Pick<LayerSummary, 'index' | 'entries'>>): MergedTree {
  const tree = new MergedTree({ history: true });
  for (const layer of layers) tree.applyLayer(layer);
  return tree;
}

/**
 * Compares strings in UTF-8 byte order (Go's `sort.Strings`). UTF-16 code unit order agrees except for
 * surrogates (U+10000 and above) against U+E000..U+FFFF.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return x >= 0xd800 && y >= 0xd800 ? utf8Rank(x) - utf8Rank(y) : x - y;
  }
  return a.length - b.length;
}

function utf8Rank(unit: number): number {
  if (unit < 0xe000) return unit + 0x2000; // surrogates: code points above U+FFFF
  return unit - 0x800;
}
