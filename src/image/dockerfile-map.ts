// Which Dockerfile instruction recorded each history entry of an image built from that Dockerfile.
//
// Both builders record one history entry per instruction of the built stage and of the stages it is built FROM,
// the FROMs excepted (and the ARGs before the first FROM); the base image's own entries come first. So the
// history is matched from the top down against the instructions from the last one up, by keyword: the classic
// builder's `#(nop) COPY file:<hash> in .` and BuildKit's `COPY . . # buildkit` both read as COPY. An entry that
// matches no nearby instruction (an ONBUILD trigger of the base image runs right after FROM and records its own
// entry) is left unmatched; an instruction that recorded nothing is skipped (BuildKit records no ONBUILD, so
// ONBUILD instructions are matched when present and never expected). Each matched shell-form RUN is then checked
// against the command the history records (an image built from another version of the file records another
// one). The stage matched is the one the history fits best: complete with the same RUN commands, then complete,
// then the most instructions found (an image may come from `docker build --target`).
import type { Dockerfile, Instruction, Range, Stage } from '../dockerfile/model';
import { finalStage, stageChain } from '../lint/queries';
import { BUILDKIT_EXPORTER_COMMENT, createdByOf, parseCreatedBy } from './history';
import type { HistoryEntry, ImageConfig } from './types';

/** How far down the instructions a history entry's keyword is looked for before the entry is left unmatched. */
const SKIP_WINDOW = 3;

export interface DockerfileMapping {
  /** Per history entry, in order: the instruction that recorded it; null for base-image and unmatched entries. */
  entries: Array<Instruction | null>;
  /** Per layer, oldest first: the instruction that made it; null for base-image layers. */
  layers: Array<Instruction | null>;
  /** History entries of the base image: those below the first entry an instruction of the Dockerfile recorded. */
  baseEntries: number;
  /** Layers of the base image. */
  baseLayers: number;
  /** The FROM naming the base image (the root stage's). */
  from: Instruction;
  /** Instructions that found their history entry, and how many were expected to (ONBUILD not counted). */
  matched: number;
  expected: number;
  /** The stage the image was built from. */
  stage: Stage;
  /**
   * The first shell-form RUN whose matched history entry records another command (the image was built from
   * another version of the Dockerfile), or null.
   */
  changedRun: Instruction | null;
}

/** The instructions that record history entries when `stage` is built, in build order. */
function recordedInstructions(stage: Stage): Instruction[] {
  return stageChain(stage).reverse().flatMap((s) => s.instructions.filter((inst) => inst.keyword !== 'FROM'));
}

/**
 * Maps an image's history onto the Dockerfile it was built from, onto the stage the history matches best (the
 * final stage when several match as well). Null when the file has no stage.
 */
export function mapDockerfile(config: ImageConfig, layerCount: number, file: Dockerfile): DockerfileMapping | null {
  const final = finalStage(file);
  if (!final) return null;
  let best = mapStage(config, layerCount, file, final);
  for (const stage of file.stages) {
    if (stage === final) continue;
    const candidate = mapStage(config, layerCount, file, stage);
    if (score(candidate) > score(best)) best = candidate;
  }
  return best;
}

/** Complete matches whose RUNs record the same commands first, then complete ones, then the most matched. */
function score(mapping: DockerfileMapping): number {
  const complete = mapping.matched === mapping.expected;
  return (complete && mapping.changedRun === null ? 2_000_000 : 0) + (complete ? 1_000_000 : 0) + mapping.matched;
}

/**
 * A range of the Dockerfile as the builders read it: escaped line ends removed (joining the lines), comment lines
 * inside a continued instruction dropped, runs of blanks made one space.
 */
export function joinedText(file: Dockerfile, range: Range): string {
  const lines = file.lines.slice(range.start.line, range.end.line + 1);
  if (lines.length === 0) return '';
  lines[lines.length - 1] = lines[lines.length - 1]!.slice(0, range.end.character);
  lines[0] = lines[0]!.slice(range.start.character);
  const escapedLineEnd = new RegExp(`${file.escapeChar.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}[ \\t]*\\r?\\n`, 'g');
  return lines.filter((line, i) => i === 0 || !/^\s*#/.test(line)).join('\n')
    .replace(escapedLineEnd, '').replace(/\s+/g, ' ').trim();
}

/** Shell-form RUNs (not heredocs) whose recorded command is not their text. */
function firstChangedRun(file: Dockerfile, history: readonly HistoryEntry[], entries: ReadonlyArray<Instruction | null>): Instruction | null {
  for (const [i, inst] of entries.entries()) {
    if (inst?.keyword !== 'RUN' || inst.form !== 'shell' || inst.heredocs.length > 0 || !inst.argsRange) continue;
    const recorded = parseCreatedBy(history[i] ? createdByOf(history[i]!) : '').instruction;
    if (recorded === null || !recorded.startsWith('RUN ')) continue;
    if (recorded.slice(4).replace(/\s+/g, ' ').trim() !== joinedText(file, inst.argsRange)) return inst;
  }
  return null;
}

function mapStage(config: ImageConfig, layerCount: number, file: Dockerfile, stage: Stage): DockerfileMapping {
  const history = Array.isArray(config.history) ? config.history : [];
  const instructions = recordedInstructions(stage);
  const entries: Array<Instruction | null> = history.map(() => null);

  let next = instructions.length - 1;
  let lowestMatch = history.length;
  let matched = 0;
  for (let i = history.length - 1; i >= 0 && next >= 0; i--) {
    const entry = history[i]!;
    if (entry.comment === BUILDKIT_EXPORTER_COMMENT) continue;
    const keyword = parseCreatedBy(createdByOf(entry)).keyword;
    if (keyword === null) continue;
    for (let j = next; j >= Math.max(0, next - SKIP_WINDOW); j--) {
      if (instructions[j]!.keyword !== keyword) continue;
      entries[i] = instructions[j]!;
      lowestMatch = i;
      if (keyword !== 'ONBUILD') matched++;
      next = j - 1;
      break;
    }
  }

  const layers: Array<Instruction | null> = [];
  let baseLayers = 0;
  for (let i = 0; i < history.length && layers.length < layerCount; i++) {
    if (history[i]!.empty_layer === true) continue;
    layers.push(entries[i] ?? null);
    if (i < lowestMatch) baseLayers++;
  }
  // A history shorter than the layers (padding aside) leaves the top layers unexplained.
  while (layers.length < layerCount) layers.push(null);

  const root = stageChain(stage).pop()!;
  const expected = instructions.filter((inst) => inst.keyword !== 'ONBUILD').length;
  return { entries, layers, baseEntries: lowestMatch, baseLayers, from: root.from, matched, expected, stage, changedRun: firstChangedRun(file, history, entries) };
}

/** The 1-based line where an instruction starts. */
export function lineOf(instruction: Instruction): number {
  return instruction.range.start.line + 1;
}
