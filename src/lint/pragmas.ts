// Comments that change findings, in whale's syntax and in the syntax of the tools whale replaces, so that a
// Dockerfile written for them keeps its meaning:
//   # whale-ignore rule-id[,rule-id] [-- reason]     the next instruction
//   # whale-ignore-file rule-id[,rule-id]            the whole file
//   # hadolint ignore=DL3008,DL3015 [# reason]       the next instruction
//   # hadolint global ignore=DL3008                  the whole file
//   # hadolint stage ignore=DL3008                   the stage whose FROM follows the comment
//   # check=skip=A,B;error=true;experimental=C       BuildKit: as a parser directive, the whole file; as a
//                                                   comment directly above an instruction, that instruction
// plus the `BUILDKIT_DOCKERFILE_CHECK` build argument, which replaces the directive. Rules are named by id or by
// any alias; a shared alias (MultipleInstructionsDisallowed) names all its rules. (`# hadolint shell=powershell`
// is read by the parser: see nonPosixShellComment.)
import { POSIX_SHELLS, programName } from '../dockerfile/command';
import type { Comment, Dockerfile, Range } from '../dockerfile/model';
import { comparePositions } from '../dockerfile/text';
import type { RuleRegistry } from './registry';
import type { Rule, Severity } from './rule';

/** Docker's build checks: what `check=skip=all`, `error=true` and `experimental=all` apply to. */
export const BUILD_CHECKS: ReadonlySet<string> = new Set([
  'StageNameCasing', 'FromAsCasing', 'NoEmptyContinuation', 'ConsistentInstructionCasing', 'DuplicateStageName',
  'ReservedStageName', 'JSONArgsRecommended', 'MaintainerDeprecated', 'UndefinedArgInFrom', 'WorkdirRelativePath',
  'UndefinedVar', 'MultipleInstructionsDisallowed', 'LegacyKeyValueFormat', 'InvalidBaseImagePlatform',
  'RedundantTargetPlatform', 'SecretsUsedInArgOrEnv', 'InvalidDefaultArgInFrom', 'FromPlatformFlagConstDisallowed',
  'CopyIgnoredFile', 'InvalidDefinitionDescription', 'ExposeProtoCasing', 'ExposeInvalidFormat',
]);

export interface PragmaOptions {
  /** False with hadolint's `disable-ignore-pragma`: inline ignore comments are not honoured. */
  inlineIgnores: boolean;
  buildArgs: ReadonlyMap<string, string>;
}

export interface Pragmas {
  /** True when the rule's finding at `range` is ignored by a comment or a check directive. `codes`: the
   * finding's own codes (ShellCheck's `SC2086`), which an ignore comment may name too. */
  suppresses(rule: Rule, range: Range, codes?: readonly string[]): boolean;
  /** The severity of a finding, raised to error by BuildKit's `error=true` for build checks. */
  severity(rule: Rule, range: Range, configured: Severity): Severity;
  /** True when `experimental=` turns on a rule that is off by default. */
  enables(rule: Rule): boolean;
}

interface Scoped {
  rules: Set<string>;
  /** Lines covered (inclusive); null for the whole file. */
  lines: [number, number] | null;
}

interface CheckDirective {
  skip: Set<string>;
  skipAll: boolean;
  error: boolean;
  experimental: Set<string>;
  experimentalAll: boolean;
  lines: [number, number] | null;
}

const WHALE = /^(whale-ignore-file|whale-ignore)\s+([^\s].*?)\s*(?:--\s*(.*))?$/;
const HADOLINT = /^hadolint\s+(?:(global|stage)\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+?)\s*(?:#.*)?$/;
const CHECK = /^check\s*=\s*(.*)$/;

export function collectPragmas(file: Dockerfile, registry: RuleRegistry, options: PragmaOptions): Pragmas {
  const ignores: Scoped[] = [];
  const checks: CheckDirective[] = [];
  const idsOf = (list: string): Set<string> => {
    const ids = new Set<string>();
    for (const name of list.split(/[\s,]+/)) {
      // Unknown names (a rule added later, a ShellCheck code) are kept as written; they match nothing. A shared
      // alias (MultipleInstructionsDisallowed) names all its rules.
      if (!name) continue;
      const rules = registry.findAll(name);
      if (rules.length === 0) ids.add(name.toLowerCase());
      for (const rule of rules) ids.add(rule.id);
    }
    return ids;
  };
  const nextInstructionLines = (comment: Comment): [number, number] | null => {
    const next = file.instructions.find((inst) => comparePositions(inst.range.start, comment.range.end) >= 0);
    return next ? [next.range.start.line, next.range.end.line] : null;
  };

  for (const comment of file.comments) {
    if (options.inlineIgnores) {
      const whale = WHALE.exec(comment.text);
      if (whale) {
        const lines = whale[1] === 'whale-ignore-file' ? null : nextInstructionLines(comment);
        if (whale[1] === 'whale-ignore-file' || lines) ignores.push({ rules: idsOf(whale[2]!), lines });
        continue;
      }
      const hadolint = HADOLINT.exec(comment.text);
      if (hadolint) {
        const scope = hadolint[1];
        const lines = scope === 'global' ? null : scope === 'stage' ? stageLines(file, comment) : nextInstructionLines(comment);
        if (scope === 'global' || lines) ignores.push({ rules: idsOf(hadolint[2]!), lines });
        continue;
      }
    }
    const check = CHECK.exec(comment.text);
    // A `# check=` comment directly above an instruction covers that instruction only.
    if (check) {
      const next = file.instructions.find((inst) => comparePositions(inst.range.start, comment.range.end) >= 0);
      if (next && next.range.start.line === comment.range.start.line + 1) {
        checks.push(parseCheck(check[1]!, idsOf, [next.range.start.line, next.range.end.line]));
      }
    }
  }
  // The file-wide directive, unless the BUILDKIT_DOCKERFILE_CHECK build argument replaces it.
  const fromBuildArg = options.buildArgs.get('BUILDKIT_DOCKERFILE_CHECK');
  const directive = fromBuildArg ?? file.directives.find((d) => d.name === 'check')?.value;
  if (directive !== undefined) checks.push(parseCheck(directive, idsOf, null));

  const isBuildCheck = (rule: Rule) => rule.aliases.some((alias) => BUILD_CHECKS.has(alias));
  const covers = (lines: [number, number] | null, range: Range) =>
    lines === null || (range.start.line >= lines[0] && range.start.line <= lines[1]);
  return {
    suppresses(rule, range, codes = []) {
      const named = (s: Scoped) => s.rules.has(rule.id) || s.rules.has('all') || codes.some((code) => s.rules.has(code.toLowerCase()));
      if (ignores.some((s) => named(s) && covers(s.lines, range))) return true;
      return checks.some((c) => covers(c.lines, range) && (c.skip.has(rule.id) || (c.skipAll && isBuildCheck(rule))));
    },
    severity(rule, range, configured) {
      return checks.some((c) => c.error && covers(c.lines, range)) && isBuildCheck(rule) ? 'error' : configured;
    },
    enables(rule) {
      return checks.some((c) => c.lines === null && (c.experimental.has(rule.id) || (c.experimentalAll && isBuildCheck(rule))));
    },
  };
}

/** `skip=A,B;error=true;experimental=C` */
function parseCheck(value: string, idsOf: (list: string) => Set<string>, lines: [number, number] | null): CheckDirective {
  const directive: CheckDirective = { skip: new Set(), skipAll: false, error: false, experimental: new Set(), experimentalAll: false, lines };
  for (const part of value.split(';')) {
    const [key = '', list = ''] = part.split('=').map((s) => s.trim());
    if (key === 'skip') {
      if (list.toLowerCase() === 'all') directive.skipAll = true;
      else directive.skip = idsOf(list);
    } else if (key === 'error') directive.error = list.toLowerCase() === 'true';
    else if (key === 'experimental') {
      if (list.toLowerCase() === 'all') directive.experimentalAll = true;
      else directive.experimental = idsOf(list);
    }
  }
  return directive;
}

/** `# hadolint stage ignore=`: from the FROM that follows the comment to the end of that stage. */
function stageLines(file: Dockerfile, comment: Comment): [number, number] | null {
  const stage = file.stages.find((s) => comparePositions(s.from.range.start, comment.range.end) >= 0);
  if (!stage) return null;
  const last = stage.instructions[stage.instructions.length - 1] ?? stage.from;
  return [stage.from.range.start.line, last.range.end.line];
}

/** `# hadolint shell=powershell` (or any shell that is not POSIX): the file's RUNs are not POSIX shell. */
export function nonPosixShellComment(comments: readonly Comment[]): boolean {
  return comments.some((c) => {
    const match = /^hadolint\s+shell\s*=\s*(\S+)/.exec(c.text);
    return match !== null && !POSIX_SHELLS.has(programName(match[1]!).toLowerCase());
  });
}
