// `whale lint --image REF`: the lint findings of a Dockerfile, backed by what the image built from it holds.
//
// Each layer of the image is mapped to the instruction that made it (image/dockerfile-map.ts). A finding about
// a cache left in a layer gets the bytes measured in that layer under the cache's directories, or, when the
// layer holds none, says the image contradicts it; `copy-before-dependency-install` gets the bytes a
// source-only change rebuilds (the COPY's layer and every layer above it); `runs-as-root` gets the user the
// image config runs as, an ENV secret the fact that the config holds it, an ARG secret the value the history
// records with the RUNs that see it. When the image's history does not
// match the Dockerfile, nothing is guessed: no evidence, and one notice says why. The image checks
// (image/checks.ts) become findings against the image itself, those a backed finding already states left out.
import type { Dockerfile, Instruction } from '../dockerfile/model';
import { rangeContains } from '../dockerfile/text';
import { checkImage, isRootUser, type ImageCheckSettings } from '../image/checks';
import { MergedTree } from '../image/filetree';
import { joinedText, lineOf, mapDockerfile, type DockerfileMapping } from '../image/dockerfile-map';
import { envVariables } from '../image/config';
import { mapHistory } from '../image/history';
import { sizeFrom } from '../image/layers';
import type { ImageData, LayerSummary } from '../image/types';
import { formatBytes } from '../report/image-tty';
import type { Evidence, Finding } from './rule';

/** A cache directory a rule is about: its name in messages, and which layer paths are in it. */
interface CacheDir {
  name: string;
  /** The directory holding a path (`root/.cache/pip`), or null when the path is not in such a directory. */
  dirOf(path: string): string | null;
}

function fixedDir(dir: string): CacheDir {
  return { name: `/${dir}/`, dirOf: (path) => (path.startsWith(`${dir}/`) ? dir : null) };
}

/** `.cache/pip` under any home directory (`root/.cache/pip`, `home/app/.cache/pip`). */
function homeDir(tail: string): CacheDir {
  return {
    name: `~/${tail}/`,
    dirOf: (path) => {
      if (path.startsWith(`${tail}/`)) return tail;
      const at = path.indexOf(`/${tail}/`);
      return at < 0 ? null : path.slice(0, at + 1 + tail.length);
    },
  };
}

/** The rules about caches left in a layer, and where each cache lives. */
export const CACHE_DIRS: Readonly<Record<string, readonly CacheDir[]>> = {
  'apt-lists-not-cleaned': [fixedDir('var/lib/apt/lists')],
  'pip-cache-not-disabled': [homeDir('.cache/pip')],
  'apk-add-without-no-cache': [fixedDir('var/cache/apk')],
  'npm-cache-not-cleaned': [homeDir('.npm')],
  'yarn-cache-not-cleaned': [homeDir('.cache/yarn'), homeDir('.yarn/berry/cache')],
  'yum-cache-not-cleaned': [fixedDir('var/cache/yum')],
  'dnf-cache-not-cleaned': [fixedDir('var/cache/dnf'), fixedDir('var/cache/libdnf5')],
  'zypper-cache-not-cleaned': [fixedDir('var/cache/zypp')],
};

export interface ImageLintResult {
  /** The Dockerfile's findings, with evidence where the image shows something. */
  findings: Finding[];
  /** The image checks, as findings against the image (line 1, column 1). */
  imageFindings: Finding[];
  /** Why no evidence could be attached (the history does not match the Dockerfile), or null. */
  notice: string | null;
}

/** Regular files with bytes under the cache directories in one layer. */
export function measureCaches(layer: Pick<LayerSummary, 'entries'>, dirs: readonly CacheDir[]): { bytes: number; files: string[]; paths: string[] } {
  let bytes = 0;
  const files: string[] = [];
  const found = new Set<string>();
  for (const entry of layer.entries) {
    if (entry.type !== 'file' || entry.size === 0) continue;
    for (const dir of dirs) {
      const at = dir.dirOf(entry.path);
      if (at === null) continue;
      bytes += entry.size;
      files.push(entry.path);
      found.add(`/${at}/`);
      break;
    }
  }
  return { bytes, files, paths: [...found].sort() };
}

/** `line 5: COPY . /app`, the instruction as the builders read it, shortened. */
function describeInstruction(file: Dockerfile, inst: Instruction): string {
  const text = joinedText(file, inst.range);
  return `line ${lineOf(inst)}: ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}

export function lintAgainstImage(file: Dockerfile, findings: readonly Finding[], image: ImageData, settings?: ImageCheckSettings): ImageLintResult {
  const mapping = mapDockerfile(image.config, image.layers.length, file);
  // The history must match the Dockerfile: every instruction found its entry, and each RUN is the command recorded.
  const complete = mapping !== null && mapping.expected > 0 && mapping.matched === mapping.expected;
  const changed = complete ? mapping.changedRun : null;
  const matched = complete && !changed ? mapping : null;
  let notice: string | null = null;
  if (mapping === null) notice = `${image.reference}: ${file.path} has no FROM, so the image cannot be matched to it; no evidence attached`;
  else if (!complete) notice = `${image.reference}: its history matches ${mapping.matched} of the ${mapping.expected} instructions of ${file.path}${file.stages.length > 1 ? ` (stage ${mapping.stage.nameText ?? mapping.stage.index}, the closest match)` : ''} (built from another Dockerfile?); no evidence attached`;
  else if (changed) notice = `${image.reference}: its history records another command for the RUN on line ${lineOf(changed)} of ${file.path} (built from another Dockerfile, or changed since?); no evidence attached`;

  const describeLayer = (layer: number): string => {
    const inst = matched?.layers[layer] ?? null;
    return inst ? `layer ${layer} (${describeInstruction(file, inst)})` : `layer ${layer}`;
  };
  const hidden = hiddenFiles(image);
  const withEvidence = matched
    ? findings.map((finding) => {
      const evidence = evidenceFor(finding, file, image, matched, hidden);
      return evidence ? { ...finding, evidence } : finding;
    })
    : [...findings];
  // What a Dockerfile finding already says with the image's backing is not repeated as an image check.
  const backed = (rule: string) => withEvidence.filter((f) => f.rule === rule && f.evidence && !f.evidence.contradicted);
  const rootBacked = backed('runs-as-root').length > 0;
  const secretsBacked = new Set(backed('secret-in-arg-or-env').map((f) => textAt(file, f)));
  // Without a complete match the base image's extent is still the mapping's best guess: better than checking
  // every layer above layer 0 as if the user had made it.
  const checks = checkImage(image, { fromLayer: mapping?.baseLayers ?? 1, describeLayer, ...(settings ? { settings } : {}) })
    .filter((check) => !(check.check === 'image-runs-as-root' && rootBacked) && !(check.env !== undefined && secretsBacked.has(check.env)));
  const imageFindings: Finding[] = checks.map((check) => ({
    rule: check.check,
    aliases: [],
    severity: check.severity,
    message: check.message,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    ...(check.path !== null || check.layer !== null
      ? { evidence: { layer: check.layer, bytes: check.bytes, ...(check.path !== null ? { paths: [check.path] } : {}), message: check.path === null ? check.message : `${check.path}${check.layer !== null ? ` in ${describeLayer(check.layer)}` : ''}` } }
      : {}),
  }));

  return { findings: withEvidence, imageFindings, notice };
}

/** The text a single-line finding points at (an ENV key). */
function textAt(file: Dockerfile, finding: Finding): string {
  const { start, end } = finding.range;
  return start.line === end.line ? (file.lines[start.line] ?? '').slice(start.character, end.character) : '';
}

/**
 * Computed on first use: for each file version a later layer deleted, overwrote or hid (`layer\0path`), the layer
 * that did. Its bytes still ship in its own layer.
 */
function hiddenFiles(image: ImageData): () => ReadonlyMap<string, number> {
  let hidden: Map<string, number> | null = null;
  return () => {
    if (hidden) return hidden;
    const found = new Map<string, number>();
    const tree = new MergedTree({ onHidden: (version) => { if (version.type === 'file') found.set(`${version.layer}\0${version.path}`, version.by); } });
    for (const layer of image.layers) tree.applyLayer(layer);
    return (hidden = found);
  };
}

/** An ARG's value is recorded in the history of every RUN that has it in scope (`|N NAME=value`). */
function argEvidence(name: string, image: ImageData): Evidence | null {
  const layers = mapHistory(image.config, image.layers.length).layers;
  const layer = layers.findIndex((history) => history.buildArgs?.[name] !== undefined && history.buildArgs[name] !== '');
  if (layer < 0) return null;
  const length = layers[layer]!.buildArgs![name]!.length;
  return { layer, bytes: null, message: `the image history records ARG ${name}'s value (${length} characters) with the RUN of layer ${layer}, for anyone who pulls the image to read (\`docker history --no-trunc\`)` };
}

function evidenceFor(finding: Finding, file: Dockerfile, image: ImageData, mapping: DockerfileMapping, hidden: () => ReadonlyMap<string, number>): Evidence | null {
  if (finding.rule === 'runs-as-root') {
    const user = (image.config.config?.User ?? '').trim();
    if (isRootUser(user)) {
      return { layer: null, bytes: null, message: `the image config runs the container as root (${user === '' ? 'no User' : `User "${user}"`})` };
    }
    return { layer: null, bytes: null, contradicted: true, message: `the image contradicts this finding: its config runs the container as User "${user}" (set by the base image)` };
  }
  if (finding.rule === 'secret-in-arg-or-env') {
    // An ENV's value is in the image config (an ARG's is in the history of the RUNs that see it).
    const name = textAt(file, finding);
    const inst = file.instructions.find((i) => rangeContains(i.range, finding.range));
    if (inst?.keyword === 'ARG') return argEvidence(name, image);
    const value = envVariables(image.config).get(name);
    if (value === undefined || inst?.keyword !== 'ENV') return null;
    const length = value.length;
    if (length === 0) return { layer: null, bytes: null, contradicted: true, message: `the image contradicts this finding: ENV ${name} is empty in the image config` };
    return { layer: null, bytes: null, message: `the image config holds ENV ${name} (${length} characters) for anyone who pulls the image to read` };
  }
  const dirs = CACHE_DIRS[finding.rule] ?? null;
  if (dirs === null && finding.rule !== 'copy-before-dependency-install') return null;

  // The instruction the finding is in, if it recorded a history entry of this image (builder stages that are
  // not part of it, and ONBUILD triggers, which run in images built on this one, did not).
  const inst = mapping.entries.find((candidate): candidate is Instruction =>
    candidate !== null && candidate.keyword !== 'ONBUILD' && rangeContains(candidate.range, finding.range));
  if (!inst) return null;
  const where = describeInstruction(file, inst);
  const layer = mapping.layers.indexOf(inst);

  if (dirs === null) {
    // copy-before-dependency-install
    if (layer < 0) return null;
    const top = image.layers.length - 1;
    const bytes = sizeFrom(image.layers, layer);
    const span = layer === top ? `layer ${layer}` : `layers ${layer} to ${top}`;
    return { layer, bytes, message: `a source-only change rebuilds ${span}: ${formatBytes(bytes)} (${bytes} bytes) from ${where} up` };
  }

  const names = dirs.map((dir) => dir.name).join(' or ');
  if (layer < 0) {
    return { layer: null, bytes: 0, contradicted: true, message: `the image contradicts this finding: ${where} made no layer, so it left nothing under ${names}` };
  }
  const measured = measureCaches(image.layers[layer]!, dirs);
  if (measured.bytes === 0) {
    return { layer, bytes: 0, paths: dirs.map((dir) => dir.name), contradicted: true, message: `the image contradicts this finding: layer ${layer} holds no files under ${names}` };
  }
  const count = measured.files.length;
  // Removed by a later layer: the lesson of the rule, shown (the bytes stay in this layer all the same).
  const removers = measured.files.map((path) => hidden().get(`${layer}\0${path}`)).filter((by): by is number => by !== undefined);
  const by = [...new Set(removers)];
  const removed = removers.length === 0 ? ''
    : removers.length === count
      ? `; ${by.length === 1 ? `layer ${by[0]} removes` : 'later layers remove'} ${count === 1 ? 'it' : 'them'}, but ${count === 1 ? 'its' : 'their'} bytes stay in layer ${layer}`
      : ` (${removers.length} of them removed by a later layer, their bytes still in layer ${layer})`;
  return {
    layer,
    bytes: measured.bytes,
    paths: measured.paths,
    message: `layer ${layer} holds ${formatBytes(measured.bytes)} (${measured.bytes} bytes) in ${count} file${count === 1 ? '' : 's'} under ${measured.paths.join(', ')}${removed}`,
  };
}
