// What every image source produces and what analysis reads: the image's config and, for each layer (oldest
// first), the metadata of its tar entries. File contents are never kept: memory grows with entries, not bytes.

/** The OCI/Docker image config (the parts whale reads). */
export interface ImageConfig {
  architecture?: string;
  os?: string;
  variant?: string;
  created?: string;
  config?: {
    User?: string;
    Env?: string[] | null;
    Cmd?: string[] | null;
    Entrypoint?: string[] | null;
    ExposedPorts?: Record<string, unknown> | null;
    Volumes?: Record<string, unknown> | null;
    Labels?: Record<string, string> | null;
    WorkingDir?: string;
    Healthcheck?: { Test?: string[] } | null;
  };
  rootfs: { type: string; diff_ids: string[] };
  history?: HistoryEntry[];
}

export interface HistoryEntry {
  created?: string;
  created_by?: string;
  author?: string;
  comment?: string;
  empty_layer?: boolean;
}

export type EntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'whiteout' | 'opaque' | 'other';

/** One tar entry of a layer, normalised. */
export interface LayerEntry {
  /**
   * Normalised path: no leading `/` or `./`, no trailing `/`, `.` segments removed (`usr/bin/env`). For a
   * whiteout (`dir/.wh.name`) the path of what it deletes (`dir/name`); for an opaque marker
   * (`dir/.wh..wh..opq`) the directory made opaque (`dir`).
   */
  path: string;
  type: EntryType;
  /** The tar header's size: the file's bytes for regular files, 0 for everything else. */
  size: number;
  /** Symlink or hardlink target, as written in the tar header. */
  linkTarget?: string;
  /** sha256 of a regular file's content (`sha256:<hex>`), only when read with `contentDigests`. */
  digest?: string;
  mode: number;
  uid: number;
  gid: number;
}

export interface LayerSummary {
  /** Position in the image, oldest first. */
  index: number;
  /** The layer blob's digest as stored (compressed), or the diff_id when the blob is stored uncompressed. */
  digest: string;
  /** sha256 of the uncompressed tar: verified against the config's rootfs.diff_ids while streaming. */
  diffId: string;
  mediaType: string | null;
  compression: 'none' | 'gzip' | 'zstd';
  /** Bytes of the blob as stored. */
  blobSize: number;
  entries: LayerEntry[];
}

/** An image, read once from its source. */
export interface ImageData {
  /** The reference the user gave, e.g. `docker-archive:app.tar`, `oci:dir:tag`, `docker://app:1.0`. */
  reference: string;
  /** The image's digest: the manifest digest when known, else the config digest (the image ID). */
  digest: string | null;
  /** `os/arch[/variant]`, from the config. */
  platform: string | null;
  config: ImageConfig;
  /** sha256 of the config blob (the image ID). */
  configDigest: string;
  layers: LayerSummary[];
}

/** Reports progress of long reads (bytes of layer blobs read so far). */
export interface Progress {
  layer: number;
  layers: number;
  bytes: number;
  totalBytes: number | null;
}

export interface ReadOptions {
  /** `os/arch[/variant]` to pick from a multi-platform index. */
  platform?: string;
  onProgress?: (progress: Progress) => void;
  /** Hash every regular file's content into `LayerEntry.digest` (costs a sha256 pass over the bytes). */
  contentDigests?: boolean;
}

/** One image format or location. Every source produces the same ImageData; analysis never knows which read it. */
export interface ImageSource {
  read(options: ReadOptions): Promise<ImageData>;
}
