// The Dockerfile model every rule reads. Positions are 0-based (line, character), ranges end-exclusive,
// the same convention as the Language Server Protocol; reports convert to 1-based lines and columns.
import type { ShellScript } from './shell';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A piece of instruction text with its place in the file. */
export interface Word {
  /** The value as Docker sees it: continuations removed, quotes kept as written. */
  value: string;
  range: Range;
}

export interface Flag {
  name: string;
  /** null for a bare flag such as `--link`. */
  value: string | null;
  range: Range;
  nameRange: Range;
  valueRange: Range | null;
  /** `--mount=type=cache,target=/x` options, in order. */
  options: Array<{ name: string; value: string | null }>;
}

export interface KeyValue {
  key: string;
  /** Unquoted value, or null for `ARG NAME` without a default. */
  value: string | null;
  /** The value as written (quotes kept), or null. */
  rawValue: string | null;
  keyRange: Range;
  valueRange: Range | null;
  range: Range;
  /** `ENV key value` rather than `ENV key=value`. */
  legacyForm: boolean;
}

export interface Heredoc {
  name: string;
  /** `<<-` strips leading tabs from the body. */
  stripTabs: boolean;
  /** Quoted delimiter (`<<"EOF"`): no expansion in the body. */
  quoted: boolean;
  /** The body text as Docker uses it (every line ending in a newline), without the terminating line. */
  content: string;
  /** Where the body sits in the file (null for an empty body). */
  contentRange: Range | null;
  range: Range;
}

export interface ImageRef {
  /** As written in FROM, e.g. `${REGISTRY}/python:3.12-slim`. */
  raw: string;
  /** After substituting the ARG defaults in scope. */
  resolved: string;
  /** True when some variable in the reference had no value. */
  unresolved: boolean;
  registry: string | null;
  /** Repository path without registry, e.g. `library/python` is given as `python`. */
  repository: string;
  tag: string | null;
  digest: string | null;
  range: Range;
}

export type VariableKind = 'arg' | 'env' | 'builtin';

export interface Variable {
  name: string;
  /** null when declared without a value (`ARG NAME`). */
  value: string | null;
  kind: VariableKind;
  /** The declaring instruction; undefined for built-in build arguments. */
  declaredAt?: Instruction;
}

/** Variables visible at one instruction, as Docker resolves them. */
export type Scope = ReadonlyMap<string, Variable>;

export interface Instruction {
  /** Upper-case keyword (`RUN`), also when written in another case. */
  keyword: string;
  /** The keyword as written. */
  keywordText: string;
  keywordRange: Range;
  range: Range;
  /** Arguments after the flags, split on whitespace (heredoc bodies excluded), continuations removed. */
  args: Word[];
  /** Range covering the arguments after the flags, or null. */
  argsRange: Range | null;
  flags: Flag[];
  /** Exec form (`["a", "b"]`) or shell form; null for instructions that have no such choice. */
  form: 'exec' | 'shell' | null;
  /** The exec-form array, parsed; null in shell form. */
  execArgs: Word[] | null;
  heredocs: Heredoc[];
  /** For ONBUILD: the wrapped trigger instruction. */
  trigger: Instruction | null;
  /** For an ONBUILD trigger: the ONBUILD instruction that wraps it; null for other instructions. */
  onbuild: Instruction | null;
  /** The stage this instruction belongs to; null before the first FROM. */
  stage: Stage | null;
  /** Position within `Dockerfile.instructions`. */
  index: number;
  /** ARG/ENV values visible to this instruction. */
  scope: Scope;
  /** The shell in force for shell-form commands (from SHELL), e.g. ["/bin/sh", "-c"]. */
  shell: readonly string[];
  /** ENV, LABEL, ARG: the pairs. */
  pairs: KeyValue[];
  /** RUN (shell form or heredoc script), and the shell form of CMD/ENTRYPOINT/HEALTHCHECK: the commands. */
  script: ShellScript | null;
}

export interface Stage {
  index: number;
  /** The `AS name`, lower-cased as Docker does; null when unnamed. */
  name: string | null;
  nameText: string | null;
  nameRange: Range | null;
  from: Instruction;
  /** The base image, or null when FROM names an earlier stage or `scratch`. */
  image: ImageRef | null;
  /** The earlier stage this stage builds on, if any. */
  parent: Stage | null;
  /** `FROM scratch`. */
  scratch: boolean;
  platform: Flag | null;
  /** Instructions of the stage, FROM first. */
  instructions: Instruction[];
  /** True for the last stage, the one `docker build` produces by default. */
  isFinal: boolean;
  /** True when the final stage depends on this one (FROM, COPY --from, RUN --mount from), or it is final. */
  reachesFinal: boolean;
  /** True when this stage's layers end up in the final image: the final stage and the stages it builds on. */
  inFinalImage: boolean;
  /** Later stages built FROM this one. */
  children: Stage[];
}

export interface Comment {
  /** Text after `#`, trimmed. */
  text: string;
  range: Range;
}

export interface Directive {
  name: string;
  value: string;
  range: Range;
}

export interface SyntaxProblem {
  message: string;
  range: Range;
}

export interface Dockerfile {
  path: string;
  text: string;
  lines: string[];
  escapeChar: string;
  directives: Directive[];
  comments: Comment[];
  /** Every top-level instruction in order (ONBUILD triggers are reachable through `trigger`). */
  instructions: Instruction[];
  /** ARG instructions before the first FROM. */
  globalArgs: Instruction[];
  stages: Stage[];
  /** Problems that make Docker refuse the file; reported as `parse-error` findings. */
  syntaxProblems: SyntaxProblem[];
  /** Lines written for a non-POSIX shell (Windows escape, SHELL powershell/cmd): shell rules stay quiet. */
  posixShell: boolean;
  /** `--build-arg NAME=VALUE` given to the linter: they override ARG defaults, as in `docker build`. */
  buildArgs: ReadonlyMap<string, string>;
}
