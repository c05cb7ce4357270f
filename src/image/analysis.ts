// Sizes, waste and efficiency of an image.
//
// Two sets of numbers:
// - dive's (sizeBytes, userSizeBytes, efficiency, wastedBytes, wastedUserPercent, inefficient files), reproduced
//   exactly, miscounts included, because teams' `.dive-ci` thresholds were tuned on them;
// - whale's own `reclaimableBytes`: the bytes a better Dockerfile would actually save, file by file, with the
//   reason, computed on the merged filesystem (filetree.ts) with OCI semantics.
//
// dive's algorithm (filetree/efficiency.go), and each quirk reproduced here:
// 1. Each layer is a tree built from its tar entries. A path's parents that have no entry of their own are
//    implicit nodes (not a directory, size 0). A whiteout `dir/.wh.name` is a node of that name. A later entry
//    for the same path replaces the node's data and keeps its children.
// 2. Opaque markers (`.wh..wh..opq`) are refused by dive's tree and so ignored entirely: nothing is hidden.
// 3. Each layer's tree is visited depth first, children before their parent, children in byte order of their
//    names (Go's sort.Strings), and only leaves are visited: nodes without children in that layer (files,
//    symlinks, hardlinks, whiteouts, directories with nothing below them in that layer).
// 4. A leaf's path is its key (a whiteout's key is the path it deletes). One occurrence's size is the entry's
//    size; for a whiteout, dive looks the path up in the layers below stacked together, and the size is the
//    sum of the subtree there (the node included) if that node is a directory, else 0 (deleting a 100 MB file
//    is an occurrence of size 0).
// 5. "The layers below" is dive's StackTreeRange(0, k-1): a copy of layer 0 on which layers 0..k-1 are stacked
//    again, so layer 0 is applied twice, and for layer 0 itself it is just a copy of layer 0 (a whiteout in
//    layer 0 looks itself up in layer 0). Stacking visits the upper layer's tree in the same order as (3), all
//    nodes: a whiteout removes the path (if present), any other node is added or has its data replaced, keeping
//    the children. An implicit parent (quirk 1) therefore overwrites a directory with "not a directory", and a
//    later whiteout of that directory then counts 0.
// 6. When the looked-up path does not exist, dive's visitor returns an error, which stops the visit of the rest
//    of that layer (later leaves of the layer are never counted). The path's record has already been created
//    by then, with a smallest size of -1 and a sum of 0; if no later occurrence replaces it, that -1 is added
//    to the sum of smallest sizes.
// 7. For every path: sum of its occurrence sizes, smallest occurrence, number of occurrences.
//    efficiency = Σ smallest / Σ sum over all paths (1 when Σ sum is 0). A path with 2 or more occurrences is an
//    inefficient file, and wastedBytes is the sum of their summed sizes: every copy, the surviving one too.
// 8. Layer size = sum of the tar header sizes of all its entries; userSizeBytes leaves out layer index 0 only;
//    wastedUserPercent = wastedBytes / userSizeBytes.
// Inefficient files are listed by summed size, largest first (dive sorts ascending and prints backwards); ties,
// which dive leaves in no defined order, by path.
import { compareUtf8, MergedTree, type HiddenVersion, type HideReason } from './filetree';
import { mapHistory, type Keyword, type LayerHistory } from './history';
import { layerSize } from './layers';
import type { HistoryEntry, ImageData, LayerEntry } from './types';

export interface LayerAnalysis {
  index: number;
  digest: string;
  diffId: string;
  /** Sum of the tar header sizes of the layer's entries (dive's layer size). */
  sizeBytes: number;
  entries: number;
  createdBy: string;
  instruction: string | null;
  keyword: Keyword | null;
  /** Empty-layer history entries (ENV, LABEL, ARG...) just before this layer's entry. */
  emptyBefore: HistoryEntry[];
}

export interface InefficientFile {
  path: string;
  /** Occurrences of the path across the layers (dive's count). */
  count: number;
  /** Sum of the occurrence sizes. */
  sizeBytes: number;
}

export interface ReclaimableFile {
  path: string;
  bytes: number;
  /** `overwritten in layer k`, `deleted in layer k` or `hidden by an opaque directory in layer k`. */
  reason: string;
  /** The layer holding the bytes. */
  layer: number;
}

export interface ImageAnalysis {
  reference: string;
  digest: string | null;
  platform: string | null;
  sizeBytes: number;
  userSizeBytes: number;
  wastedBytes: number;
  /** null when userSizeBytes is 0. */
  wastedUserPercent: number | null;
  efficiency: number;
  reclaimableBytes: number;
  /** Regular files in the final merged filesystem. */
  files: number;
  layers: LayerAnalysis[];
  inefficientFiles: InefficientFile[];
  reclaimable: ReclaimableFile[];
  /** The merged filesystem, with each path's history (only when asked for). */
  tree?: MergedTree;
}

export interface AnalyzeOptions {
  /** Keep the merged tree, with the layers that added, changed or removed each path. */
  tree?: boolean;
}

export function analyze(image: ImageData, options: AnalyzeOptions = {}): ImageAnalysis {
  const history = mapHistory(image.config, image.layers.length);
  const layers = image.layers.map((layer, i) => describeLayer(layer.entries, layer.index, layer.digest, layer.diffId, history.layers[i]));
  const sizeBytes = layers.reduce((sum, layer) => sum + layer.sizeBytes, 0);
  const userSizeBytes = sizeBytes - (layers[0]?.sizeBytes ?? 0);

  const dive = diveEfficiency(image.layers.map((layer) => layer.entries));
  const wastedBytes = dive.inefficientFiles.reduce((sum, file) => sum + file.sizeBytes, 0);

  const reclaimable: ReclaimableFile[] = [];
  const tree = new MergedTree({
    history: options.tree === true,
    onHidden: (version: HiddenVersion) => {
      // Only file bodies take space; zero-byte versions (directories, links, empty files) save nothing.
      if (version.type === 'file' && version.size > 0) {
        reclaimable.push({ path: `/${version.path}`, bytes: version.size, reason: reasonText(version.reason, version.by), layer: version.layer });
      }
    },
  });
  image.layers.forEach((layer, i) => tree.applyLayer({ index: i, entries: layer.entries }));
  dropLinkedBodies(reclaimable, image.layers.map((layer) => layer.entries), tree);
  reclaimable.sort((a, b) => b.bytes - a.bytes || a.layer - b.layer || compareUtf8(a.path, b.path));

  const result: ImageAnalysis = {
    reference: image.reference,
    digest: image.digest,
    platform: image.platform,
    sizeBytes,
    userSizeBytes,
    wastedBytes,
    wastedUserPercent: userSizeBytes === 0 ? null : wastedBytes / userSizeBytes,
    efficiency: dive.efficiency,
    reclaimableBytes: reclaimable.reduce((sum, file) => sum + file.bytes, 0),
    files: tree.countFiles(),
    layers,
    inefficientFiles: dive.inefficientFiles,
    reclaimable,
  };
  if (options.tree) result.tree = tree;
  return result;
}

// A hidden file whose body is still reachable through a hard link of the same layer that survives saves
// nothing: the link keeps the bytes.
function dropLinkedBodies(reclaimable: ReclaimableFile[], layers: ReadonlyArray<readonly LayerEntry[]>, tree: MergedTree): void {
  const links = new Map<string, string[]>();
  layers.forEach((entries, layer) => {
    for (const entry of entries) {
      if (entry.type !== 'hardlink' || entry.linkTarget === undefined) continue;
      const key = `${layer}:${entry.linkTarget.replace(/^(\.?\/)+/, '')}`;
      const paths = links.get(key);
      if (paths) paths.push(entry.path);
      else links.set(key, [entry.path]);
    }
  });
  if (links.size === 0) return;
  // Compacted in place: spreading the kept files into one call overflows the stack with a few 100k of them.
  let kept = 0;
  for (const file of reclaimable) {
    const paths = links.get(`${file.layer}:${file.path.slice(1)}`);
    const linked = paths?.some((path) => {
      const node = tree.get(path);
      return node !== undefined && node.type === 'hardlink' && node.layer === file.layer;
    });
    if (!linked) reclaimable[kept++] = file;
  }
  reclaimable.length = kept;
}

function describeLayer(entries: LayerEntry[], index: number, digest: string, diffId: string, history: LayerHistory | undefined): LayerAnalysis {
  const sizeBytes = layerSize({ entries });
  return {
    index,
    digest,
    diffId,
    sizeBytes,
    entries: entries.length,
    createdBy: history?.createdBy ?? '',
    instruction: history?.instruction ?? null,
    keyword: history?.keyword ?? null,
    emptyBefore: history?.emptyBefore ?? [],
  };
}

function reasonText(reason: HideReason, layer: number): string {
  switch (reason) {
    case 'overwritten':
      return `overwritten in layer ${layer}`;
    case 'deleted':
      return `deleted in layer ${layer}`;
    case 'opaque':
      return `hidden by an opaque directory in layer ${layer}`;
  }
}

// ---- dive's numbers ----

/** A node of dive's file tree: quirk 1's data is only "is a directory" and the size. */
interface DiveNode {
  children: Map<string, DiveNode> | null;
  /** Children names in byte order, computed once (layer trees only). */
  sorted: string[] | null;
  isDir: boolean;
  size: number;
}

interface PathStats {
  sum: number;
  min: number;
  count: number;
}

export interface DiveEfficiency {
  efficiency: number;
  inefficientFiles: InefficientFile[];
}

const WHITEOUT_PREFIX = '.wh.';
const DOUBLE_WHITEOUT_PREFIX = '.wh..wh.';

/** dive's efficiency and inefficient files, from each layer's entries (oldest first). */
export function diveEfficiency(layers: ReadonlyArray<readonly LayerEntry[]>): DiveEfficiency {
  const stats = new Map<string, PathStats>();
  let stacked: DiveNode | null = null;
  for (let k = 0; k < layers.length; k++) {
    const tree = layerTree(layers[k]);
    // Quirk 5: below layer 0 is a copy of layer 0; below layer k is that copy with layers 0..k-1 stacked on it.
    stacked ??= copyTree(tree);
    visitLayer(tree, stacked, stats);
    stackLayer(stacked, tree);
  }

  let smallest = 0;
  let total = 0;
  const inefficientFiles: InefficientFile[] = [];
  for (const [path, stat] of stats) {
    smallest += stat.min;
    total += stat.sum;
    if (stat.count >= 2) inefficientFiles.push({ path, count: stat.count, sizeBytes: stat.sum });
  }
  inefficientFiles.sort((a, b) => b.sizeBytes - a.sizeBytes || compareUtf8(a.path, b.path));
  return { efficiency: total === 0 ? 1 : smallest / total, inefficientFiles };
}

function newNode(): DiveNode {
  return { children: null, sorted: null, isDir: false, size: 0 };
}

// Quirk 1 and 2: one layer's tree.
function layerTree(entries: readonly LayerEntry[]): DiveNode {
  const root = newNode();
  for (const entry of entries) {
    if (entry.type === 'opaque' || entry.path === '') continue;
    const names = entry.path.split('/');
    if (entry.type === 'whiteout') names[names.length - 1] = WHITEOUT_PREFIX + names[names.length - 1];
    if (names.some((name) => name.startsWith(DOUBLE_WHITEOUT_PREFIX))) continue;
    let node = root;
    for (const name of names) {
      const children = (node.children ??= new Map());
      let child = children.get(name);
      if (!child) children.set(name, (child = newNode()));
      node = child;
    }
    node.isDir = entry.type === 'dir';
    node.size = entry.size;
  }
  return root;
}

function sortedNames(node: DiveNode): string[] {
  if (!node.children) return [];
  return (node.sorted ??= [...node.children.keys()].sort(compareUtf8));
}

function copyTree(node: DiveNode): DiveNode {
  const copy: DiveNode = { children: null, sorted: null, isDir: node.isDir, size: node.size };
  if (node.children) {
    copy.children = new Map();
    for (const [name, child] of node.children) copy.children.set(name, copyTree(child));
  }
  return copy;
}

// Quirks 3, 4 and 6: visits the leaves of one layer against the layers below.
function visitLayer(tree: DiveNode, stacked: DiveNode, stats: Map<string, PathStats>): void {
  const names: string[] = [];
  const visit = (node: DiveNode, path: string): boolean => {
    if (node.children && node.children.size > 0) {
      for (const name of sortedNames(node)) {
        names.push(name);
        const go = visit(node.children.get(name)!, `${path}/${name}`);
        names.pop();
        if (!go) return false;
      }
      return true;
    }
    if (names.length === 0) return true; // the root is never visited
    const name = names[names.length - 1];
    const whiteout = name.startsWith(WHITEOUT_PREFIX);
    const key = whiteout ? path.slice(0, path.length - name.length) + name.slice(WHITEOUT_PREFIX.length) : path;
    let stat = stats.get(key);
    if (!stat) stats.set(key, (stat = { sum: 0, min: -1, count: 0 }));
    let size = node.size;
    if (whiteout) {
      const below = lookup(stacked, names, name.slice(WHITEOUT_PREFIX.length));
      if (!below) return false; // quirk 6: the rest of this layer is not visited
      size = below.isDir ? subtreeSize(below) : 0;
    }
    stat.sum += size;
    if (stat.min < 0 || size < stat.min) stat.min = size;
    stat.count++;
    return true;
  };
  visit(tree, '');
}

function lookup(root: DiveNode, names: readonly string[], last: string): DiveNode | undefined {
  let node: DiveNode | undefined = root;
  for (let i = 0; i < names.length - 1 && node; i++) node = node.children?.get(names[i]);
  return node?.children?.get(last);
}

// Cheap overall: the subtree is removed from the stacked tree right after, when this layer is stacked.
function subtreeSize(top: DiveNode): number {
  let size = 0;
  const stack = [top];
  while (stack.length > 0) {
    const node = stack.pop()!;
    size += node.size;
    if (node.children) for (const child of node.children.values()) stack.push(child);
  }
  return size;
}

// Quirk 5: stacks one layer's tree onto the stacked tree, in dive's order.
function stackLayer(stacked: DiveNode, tree: DiveNode): void {
  const graft = (upper: DiveNode, target: DiveNode): void => {
    for (const name of sortedNames(upper)) {
      const child = upper.children!.get(name)!;
      const whiteout = name.startsWith(WHITEOUT_PREFIX);
      const children = (target.children ??= new Map());
      let node = children.get(name);
      // Only a malformed layer has entries below a whiteout; dive adds them like any other path.
      if (!node && (!whiteout || child.children)) children.set(name, (node = newNode()));
      if (node && child.children) graft(child, node);
      if (whiteout) {
        children.delete(name.slice(WHITEOUT_PREFIX.length));
        continue;
      }
      node = node!;
      node.isDir = child.isDir;
      node.size = child.size;
    }
  };
  graft(tree, stacked);
}
