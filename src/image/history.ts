// `config.history` -> one entry per layer, and `created_by` -> the Dockerfile instruction it came from.
//
// Every builder writes `created_by` its own way:
//   classic builder  `/bin/sh -c #(nop) ADD file:<hash> in /dest `, `/bin/sh -c #(nop)  CMD ["sh"]`,
//                    `/bin/sh -c <command>` for a shell-form RUN, `|2 A=1 B=2 /bin/sh -c <command>` with build
//                    args, and the bare command (`apt-get update`) for an exec-form RUN. After a SHELL
//                    instruction the prefix is that shell (`/bin/bash -o pipefail -c`).
//   BuildKit         `RUN /bin/sh -c <command> # buildkit` (the suffix only when the step made a layer), the
//                    `|N K=V` prefix too, `COPY --chown=1:1 src dest # buildkit`, `WORKDIR /app`, `ENV A=1`...
//                    Entries commented `buildkit.exporter.image.v0` pad a history shorter than the layers.
//   kaniko           `RUN <command>`, `ADD <src> <dst>`, `COPY . /app`: already the instruction.
//   buildah/podman   like the classic builder.
import type { HistoryEntry, ImageConfig } from './types';

export const KEYWORDS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const;
export type Keyword = (typeof KEYWORDS)[number];

export const BUILDKIT_EXPORTER_COMMENT = 'buildkit.exporter.image.v0';

export interface LayerHistory {
  /** `created_by` as written, '' when the history has no entry for this layer. */
  createdBy: string;
  /** The recovered instruction (`RUN apt-get update`, `COPY app /app`, `ADD file:abc in /`), null if unknown. */
  instruction: string | null;
  keyword: Keyword | null;
  /** Build args of a RUN, from the `|N K=V` prefix. */
  buildArgs?: Record<string, string>;
  /** The history entry itself (undefined when the history is shorter than the layers). */
  entry?: HistoryEntry;
  /** Empty-layer entries (ENV, LABEL, ARG...) between the previous layer's entry and this one. */
  emptyBefore: HistoryEntry[];
}

export interface MappedHistory {
  layers: LayerHistory[];
  /** Empty-layer entries after the last layer (typically CMD, ENTRYPOINT, EXPOSE). */
  trailing: HistoryEntry[];
  /** Layer-making entries beyond the number of layers (a malformed config); they are not mapped. */
  unmapped: HistoryEntry[];
}

/** Maps the history onto the layers: entries that made a layer map in order onto `rootfs.diff_ids`. */
export function mapHistory(config: ImageConfig, layerCount: number): MappedHistory {
  const layers: LayerHistory[] = [];
  const unmapped: HistoryEntry[] = [];
  let pending: HistoryEntry[] = [];
  // The sources reject a malformed history; stay safe for configs that come from elsewhere.
  const history: unknown[] = Array.isArray(config.history) ? config.history : [];
  for (const item of history) {
    if (typeof item !== 'object' || item === null) continue;
    const entry = item as HistoryEntry;
    if (entry.empty_layer === true) {
      pending.push(entry);
      continue;
    }
    if (layers.length >= layerCount) {
      unmapped.push(entry);
      continue;
    }
    layers.push({ ...describeEntry(entry), entry, emptyBefore: pending });
    pending = [];
  }
  // Docker maps from the bottom too: a short history leaves the top layers without an entry.
  while (layers.length < layerCount) {
    layers.push({ createdBy: '', instruction: null, keyword: null, emptyBefore: pending });
    pending = [];
  }
  return { layers, trailing: pending, unmapped };
}

export function layerHistory(config: ImageConfig, layerCount: number): LayerHistory[] {
  return mapHistory(config, layerCount).layers;
}

export interface Instruction {
  instruction: string | null;
  keyword: Keyword | null;
  buildArgs?: Record<string, string>;
}

/** `created_by`, or '' when the entry has none (an imported layer) or something else (a malformed config). */
export function createdByOf(entry: HistoryEntry): string {
  return typeof entry.created_by === 'string' ? entry.created_by : '';
}

function describeEntry(entry: HistoryEntry): Omit<LayerHistory, 'emptyBefore' | 'entry'> {
  const createdBy = createdByOf(entry);
  // Padding entries carry BuildKit's internal description of a ref, not an instruction.
  if (entry.comment === BUILDKIT_EXPORTER_COMMENT) return { createdBy, instruction: null, keyword: null };
  return { createdBy, ...parseCreatedBy(createdBy) };
}

// Case-sensitive: builders write keywords in capitals, and an exec-form RUN may start with `env` or `user`.
const KEYWORD_RE = new RegExp(`^(${KEYWORDS.join('|')})(?=\\s|$)`);
// A POSIX shell invocation as the classic builder writes it: the shell, its options, then `-c`. Also
// Windows' `cmd /S /C` and `powershell -Command`, which a SHELL instruction may set.
const SHELL_RE = /^(?:\S*\/)?(?:sh|bash|ash|dash|zsh|ksh|mksh)(?:\s+-(?!c\s)\S+(?:\s+(?!-)[^\s/-]\S*)?)*\s+-c(?:\s+|$)|^cmd(?:\.exe)?\s+\/S\s+\/C\s+|^(?:pwsh|powershell)(?:\.exe)?(?:\s+-\S+)*?\s+-Command\s+/i;
const NOP_RE = /^#\(nop\)\s*/;
const BUILDKIT_SUFFIX = ' # buildkit';

/** `created_by` -> the instruction it came from. */
export function parseCreatedBy(createdBy: string): Instruction {
  let text = createdBy.trim();
  if (text === '') return { instruction: null, keyword: null };
  if (text.endsWith(BUILDKIT_SUFFIX)) text = text.slice(0, -BUILDKIT_SUFFIX.length).trim();

  // BuildKit and kaniko write the instruction itself; BuildKit keeps the shell and build args in RUN.
  const keyword = KEYWORD_RE.exec(text);
  if (keyword) {
    const name = keyword[1] as Keyword;
    const rest = text.slice(keyword[0].length).trim();
    if (name === 'RUN') return run(rest);
    return { instruction: rest === '' ? name : `${name} ${rest}`, keyword: name };
  }
  return run(text);
}

// A RUN body as recorded: `[|N K=V ...] [shell -c] command`. Without a shell prefix it is an exec-form RUN.
function run(body: string): Instruction {
  let text = body;
  let buildArgs: Record<string, string> | undefined;
  const args = /^\|(\d+)(?:\s+|$)/.exec(text);
  if (args) {
    const parsed = takeBuildArgs(text.slice(args[0].length), Number(args[1]));
    buildArgs = parsed.args;
    text = parsed.rest;
  }
  const shell = SHELL_RE.exec(text);
  if (shell) {
    text = text.slice(shell[0].length);
    // The classic builder records non-RUN instructions as a no-op shell command: `#(nop) ADD ...`.
    const nop = NOP_RE.exec(text);
    if (nop) {
      const inner = text.slice(nop[0].length).trim();
      const keyword = KEYWORD_RE.exec(inner);
      if (keyword) {
        const name = keyword[1] as Keyword;
        const rest = inner.slice(keyword[0].length).trim();
        return { instruction: rest === '' ? name : `${name} ${rest}`, keyword: name, ...(buildArgs ? { buildArgs } : {}) };
      }
      return { instruction: null, keyword: null };
    }
  }
  text = text.trim();
  if (text === '') return { instruction: 'RUN', keyword: 'RUN', ...(buildArgs ? { buildArgs } : {}) };
  return { instruction: `RUN ${text}`, keyword: 'RUN', ...(buildArgs ? { buildArgs } : {}) };
}

// `|2 A=1 B=two words /bin/sh -c cmd`: values are not quoted, so the pairs end where the shell starts; a word
// without `=` continues the previous value. Without a shell (exec form) the first N words are the pairs.
function takeBuildArgs(text: string, count: number): { args: Record<string, string>; rest: string } {
  const args: Record<string, string> = {};
  let shellAt = -1;
  for (const match of text.matchAll(/(?:^|\s)(?=\S)/g)) {
    const at = match.index + match[0].length;
    if (SHELL_RE.test(text.slice(at))) {
      shellAt = at;
      break;
    }
  }
  const words = (shellAt >= 0 ? text.slice(0, shellAt) : text).split(/\s+/).filter((word) => word !== '');
  let last: string | null = null;
  let used = 0;
  for (const word of words) {
    const pair = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(word);
    if (shellAt < 0 && Object.keys(args).length >= count) break;
    if (pair) {
      args[pair[1]] = pair[2];
      last = pair[1];
    } else if (last !== null && shellAt >= 0) {
      args[last] += ' ' + word;
    } else {
      break;
    }
    used++;
  }
  if (shellAt >= 0) return { args, rest: text.slice(shellAt) };
  let rest = text.trimStart();
  for (let i = 0; i < used; i++) rest = rest.replace(/^\S+\s*/, '');
  return { args, rest };
}
