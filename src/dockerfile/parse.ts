// Text -> Dockerfile model. dockerfile-ast splits the file into instructions with exact ranges; this module
// corrects its known mistakes, resolves stages, ARG/ENV scope and SHELL, and parses RUN bodies into commands.
import { DockerfileParser, Instruction as AstInstructionClass } from 'dockerfile-ast';
import type {
  Instruction as AstInstruction,
  Flag as AstFlag,
  Argument as AstArgument,
  Property as AstProperty,
} from 'dockerfile-ast';
import type {
  Comment, Directive, Dockerfile, Flag, Heredoc, ImageRef, Instruction, KeyValue, Range, Scope, Stage,
  SyntaxProblem, Variable, Word,
} from './model';
import { LineIndex, comparePositions } from './text';
import { BUILTIN_ARGS, expand, scopeLookup, unquote } from './variables';
import { parseImageReference } from './image-ref';
import { parseShellScript, type ShellScript, type ShellSource } from './shell';
import { POSIX_SHELLS, programName } from './command';
import { KNOWN_FLAGS, KNOWN_INSTRUCTIONS } from './instructions';

const DEFAULT_SHELL: readonly string[] = ['/bin/sh', '-c'];
const DIRECTIVE = /^\s*#\s*[a-zA-Z][a-zA-Z0-9]*\s*=/;
const WINDOWS_SHELL: readonly string[] = ['cmd', '/S', '/C'];
// Stands in for the last of two or more escape characters at a line end, so that dockerfile-ast does not read
// them as a line continuation: Docker continues a line only on a single trailing escape (its continuation
// pattern requires a character other than the escape before it). Same length: offsets hold.
const ESCAPED_ESCAPE_PLACEHOLDER = '\uE000';

// dockerfile-ast rescans an instruction's text on every getArguments()/getFlags()/getProperties() call, and
// building the model makes several per instruction. Instructions never change after parsing, so the scan is
// remembered; a copy is returned because dockerfile-ast's own callers shift the array.
const rawArgumentsCache = new WeakMap<object, unknown[]>();
const rawArgumentsPrototype = AstInstructionClass.prototype as unknown as { getRawArguments(): unknown[] };
const scanRawArguments = rawArgumentsPrototype.getRawArguments;
rawArgumentsPrototype.getRawArguments = function getRawArguments(this: object): unknown[] {
  let args = rawArgumentsCache.get(this);
  if (!args) {
    args = scanRawArguments.call(this);
    rawArgumentsCache.set(this, args);
  }
  return args.slice();
};

export interface ParseOptions {
  /** `# hadolint shell=powershell` and the like: the file's RUNs are not POSIX shell. */
  nonPosixShell?: boolean;
  /** `--build-arg NAME=VALUE`: values that override ARG defaults. */
  buildArgs?: ReadonlyMap<string, string>;
}

export function parseDockerfile(text: string, path: string, options: ParseOptions = {}): Dockerfile {
  const index = new LineIndex(text);
  const escapeChar = detectEscapeCharacter(text);
  const masked = maskEscapedEscapes(text, escapeChar);
  const ast = DockerfileParser.parse(masked);
  const restore = (value: string) =>
    value.includes(ESCAPED_ESCAPE_PLACEHOLDER) ? value.split(ESCAPED_ESCAPE_PLACEHOLDER).join(escapeChar) : value;

  const directives: Directive[] = [];
  const comments: Comment[] = [];
  for (const d of ast.getDirectives()) {
    const range = d.getRange();
    const line = index.slice(range);
    // dockerfile-ast takes `# hadolint shell=powershell` for a directive; Docker's grammar (one word, `=`, value)
    // makes it a comment.
    if (DIRECTIVE.test(line)) directives.push({ name: d.getName().toLowerCase(), value: d.getValue(), range });
    else comments.push({ text: line.replace(/^\s*#/, '').trim(), range });
  }
  comments.push(...ast.getComments().map((c) => ({ text: c.getContent().trim(), range: c.getRange() })));
  const posixFile = escapeChar === '\\' && !options.nonPosixShell;
  const syntaxProblems: SyntaxProblem[] = [];

  const builder = new ModelBuilder(text, index, escapeChar, restore, posixFile, syntaxProblems, options.buildArgs ?? new Map());
  const instructions = ast.getInstructions().map((inst, i) => builder.instruction(inst, i));
  const { stages, globalArgs } = builder.resolveStages(instructions);

  if (instructions.length === 0) {
    syntaxProblems.push({
      message: text.includes('\0') ? 'not a text file (it contains NUL bytes)' : 'the file has no instructions',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
  } else if (text.includes('\0')) {
    const offset = text.indexOf('\0');
    syntaxProblems.push({ message: 'not a text file (it contains NUL bytes)', range: index.range(offset, offset + 1) });
  }

  return {
    path,
    text,
    lines: text.split(/\r?\n|\r/),
    escapeChar,
    directives,
    comments,
    instructions,
    globalArgs,
    stages,
    syntaxProblems: syntaxProblems.sort((a, b) => comparePositions(a.range.start, b.range.start)),
    posixShell: posixFile,
    buildArgs: options.buildArgs ?? new Map(),
  };
}

/** Docker reads `# escape=` only among the parser directives at the very top of the file. */
function detectEscapeCharacter(text: string): string {
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(\S*)\s*$/.exec(line);
    if (!match) break;
    if (match[1]!.toLowerCase() === 'escape' && (match[2] === '`' || match[2] === '\\')) return match[2];
  }
  return '\\';
}

function maskEscapedEscapes(text: string, escapeChar: string): string {
  if (!text.includes(escapeChar + escapeChar)) return text;
  return text.replace(/(\S*?)([ \t]*)(\r?\n|\r|$)/g, (whole, body: string, spaces: string, eol: string) => {
    let count = 0;
    for (let i = body.length - 1; i >= 0 && body[i] === escapeChar; i--) count++;
    if (count < 2) return whole;
    return body.slice(0, -1) + ESCAPED_ESCAPE_PLACEHOLDER + spaces + eol;
  });
}

class ModelBuilder {
  constructor(
    private readonly text: string,
    private readonly index: LineIndex,
    private readonly escapeChar: string,
    private readonly restore: (value: string) => string,
    private readonly posixFile: boolean,
    private readonly problems: SyntaxProblem[],
    private readonly buildArgs: ReadonlyMap<string, string>,
  ) {}

  word(arg: AstArgument): Word {
    return { value: this.restore(arg.getValue()), range: arg.getRange() };
  }

  instruction(inst: AstInstruction, position: number): Instruction {
    const keywordText = inst.getInstruction();
    const keyword = keywordText.toUpperCase();
    const heredocs = this.heredocs(inst);
    const inHeredoc = (range: Range) =>
      heredocs.some((h) => comparePositions(range.start, h.range.start) >= 0 && comparePositions(range.start, h.range.end) < 0 && h.contentRange !== null && comparePositions(range.start, h.contentRange.start) >= 0);
    const flags = hasFlags(inst) ? inst.getFlags().map((f) => this.flag(f)) : [];
    const args = inst.getArguments().filter((a) => !inHeredoc(a.getRange())).map((a) => this.word(a));
    const execArgs = this.execArgs(inst, keyword);
    const form = FORMED.has(keyword) ? (execArgs ? 'exec' : 'shell') : null;
    let pairs = isPropertyInstruction(inst) ? this.pairs(inst.getProperties()) : [];
    // `ARG A B=1 C` declares several names; ARG has no `key value` form.
    if (keyword === 'ARG' && pairs.some((p) => p.legacyForm)) pairs = pairs.flatMap((p) => (p.legacyForm ? argNames(p, args, this.escapeChar) : [p]));
    const trigger = isOnbuild(inst) ? inst.getTriggerInstruction() : null;
    const result: Instruction = {
      keyword,
      keywordText,
      keywordRange: inst.getInstructionRange(),
      range: inst.getRange(),
      args,
      argsRange: args.length ? { start: args[0]!.range.start, end: args[args.length - 1]!.range.end } : null,
      flags,
      form,
      execArgs,
      heredocs,
      trigger: null,
      onbuild: null,
      stage: null,
      index: position,
      scope: new Map(),
      shell: DEFAULT_SHELL,
      pairs,
      script: null,
    };
    if (trigger) {
      result.trigger = this.instruction(trigger, position);
      result.trigger.onbuild = result;
    }
    this.checkSyntax(result);
    return result;
  }

  private flag(f: AstFlag): Flag {
    return {
      name: f.getName(),
      value: f.getValue() === null ? null : this.restore(f.getValue()!),
      range: f.getRange(),
      nameRange: f.getNameRange(),
      valueRange: f.getValueRange(),
      options: f.getOptions().map((o) => ({ name: o.getName(), value: o.getValue() })),
    };
  }

  private execArgs(inst: AstInstruction, keyword: string): Word[] | null {
    if (!FORMED.has(keyword)) return null;
    const args = inst.getArguments();
    // HEALTHCHECK's command follows its CMD word; the other instructions' follows their flags.
    const first = keyword === 'HEALTHCHECK' ? (args[0]?.getValue().toUpperCase() === 'CMD' ? args[1] : undefined) : args[0];
    if (!first) return null;
    return this.execForm(this.index.offsetAt(first.getRange().start), this.index.offsetAt(inst.getRange().end));
  }

  /**
   * Reads `["a", "b"]` between two offsets, with the exact range of every string. Only a well-formed JSON
   * array of strings is exec form; anything else Docker runs through the shell. (dockerfile-ast's own
   * JSON strings lose spaces and escapes: `"a b"` reads as `ab`.)
   */
  private execForm(start: number, end: number): Word[] | null {
    const text = this.text;
    if (text[start] !== '[') return null;
    const words: Word[] = [];
    let json = '';
    let i = start;
    while (i < end) {
      const c = text[i]!;
      if (c === this.escapeChar) {
        // A line continuation (spaces may follow the escape), removed before Docker reads the JSON.
        const continuation = /^[ \t]*\r?\n/.exec(text.slice(i + 1, Math.min(end, i + 64)));
        if (continuation) {
          i += 1 + continuation[0].length;
          continue;
        }
      }
      if (c === '"') {
        let j = i + 1;
        while (j < end && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
        if (j >= end) return null;
        const literal = text.slice(i, j + 1);
        let value: unknown;
        try {
          value = JSON.parse(literal);
        } catch {
          return null;
        }
        words.push({ value: value as string, range: this.index.range(i, j + 1) });
        json += literal;
        i = j + 1;
        continue;
      }
      json += c;
      i++;
    }
    try {
      const parsed: unknown = JSON.parse(json);
      if (!Array.isArray(parsed) || parsed.length !== words.length || parsed.some((x) => typeof x !== 'string')) return null;
    } catch {
      return null;
    }
    return words;
  }

  private pairs(properties: AstProperty[]): KeyValue[] {
    return properties.map((p) => {
      // getValue() already removes quotes and escapes; the raw text (continuations removed) is getUnescapedValue().
      const rawValue = p.getValue() === null ? null : this.restore(p.getUnescapedValue() ?? p.getValue()!);
      return {
        key: p.getName(),
        value: rawValue === null ? null : unquote(rawValue, this.escapeChar),
        rawValue,
        keyRange: p.getNameRange(),
        valueRange: p.getValueRange(),
        range: p.getRange(),
        legacyForm: p.getAssignmentOperator() === null && rawValue !== null,
      };
    });
  }

  private heredocs(inst: AstInstruction): Heredoc[] {
    if (!hasHeredocs(inst)) return [];
    return inst.getHeredocs().map((h) => {
      const marker = this.index.slice(h.getStartRange());
      const contentRange = h.getContentRange();
      const end = h.getDelimiterRange()?.end ?? contentRange?.end ?? h.getNameRange().end;
      return {
        name: h.getName(),
        stripTabs: marker.startsWith('<<-'),
        quoted: /^<<-?\s*["']/.test(marker),
        // Each body line ends with a newline, as in the file Docker writes.
        content: contentRange ? this.index.slice(contentRange) + '\n' : '',
        contentRange,
        range: { start: h.getStartRange().start, end },
      };
    });
  }

  private checkSyntax(inst: Instruction): void {
    const report = (message: string, range: Range) => this.problems.push({ message, range });
    if (!KNOWN_INSTRUCTIONS.has(inst.keyword)) {
      report(`unknown instruction ${inst.keywordText}`, inst.keywordRange);
      return;
    }
    const needsArgs = inst.keyword !== 'ONBUILD' || inst.trigger === null;
    if (needsArgs && inst.args.length === 0 && inst.heredocs.length === 0 && (inst.execArgs?.length ?? 0) === 0) {
      report(`${inst.keyword} requires at least one argument`, inst.keywordRange);
    }
    const known = KNOWN_FLAGS[inst.keyword] ?? [];
    for (const flag of inst.flags) {
      if (!known.includes(flag.name.toLowerCase())) {
        report(`unknown flag --${flag.name} for ${inst.keyword}`, flag.range);
      }
    }
    for (const heredoc of inst.heredocs) {
      if (heredoc.contentRange === null && comparePositions(heredoc.range.end, inst.range.end) >= 0 && !this.terminated(heredoc)) {
        report(`heredoc <<${heredoc.name} is not terminated`, heredoc.range);
      }
    }
  }

  private terminated(heredoc: Heredoc): boolean {
    const after = this.text.slice(this.index.offsetAt(heredoc.range.start));
    return new RegExp(`\\n\\t*${heredoc.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(\\n|$)`).test(after);
  }

  /** Assigns instructions to stages and computes scope and shell for every instruction. */
  resolveStages(instructions: Instruction[]): { stages: Stage[]; globalArgs: Instruction[] } {
    const stages: Stage[] = [];
    const globalArgs: Instruction[] = [];
    const builtins = new Map<string, Variable>(BUILTIN_ARGS.map((name) => [name, { name, value: null, kind: 'builtin' }]));
    let globalScope: Map<string, Variable> = new Map(builtins);
    const globalDefaults = new Map<string, Variable>();
    // The scope at the end of each stage (its ENV is what a later `FROM <stage>` inherits).
    const stageScope = new Map<Stage, Scope>();
    const stageShell = new Map<Stage, readonly string[]>();
    let current: Stage | null = null;
    let scope: Map<string, Variable> = globalScope;
    let shell: readonly string[] = this.posixFile ? DEFAULT_SHELL : WINDOWS_SHELL;

    for (const inst of instructions) {
      if (inst.keyword === 'FROM') {
        inst.scope = globalScope;
        const stage = this.stage(inst, stages, globalScope);
        stages.push(stage);
        stage.parent?.children.push(stage);
        current = stage;
        // A stage built on an earlier stage inherits its environment and SHELL (they are in its image config).
        const inherited = stage.parent ? stageScope.get(stage.parent) : undefined;
        scope = new Map(inherited ? [...inherited].filter(([, v]) => v.kind === 'env') : []);
        shell = (stage.parent && stageShell.get(stage.parent)) || (this.posixFile ? DEFAULT_SHELL : WINDOWS_SHELL);
      }
      inst.stage = current;
      if (inst.keyword !== 'FROM') {
        inst.scope = scope;
        inst.shell = shell;
      }
      // Instructions before the first FROM and forbidden ONBUILD triggers are reported by their own rules.
      if (current) current.instructions.push(inst);
      if (inst.trigger) {
        inst.trigger.stage = current;
        inst.trigger.scope = scope;
        inst.trigger.shell = shell;
        inst.trigger.script = this.script(inst.trigger);
      }
      inst.script = this.script(inst);

      if (inst.keyword === 'ARG') {
        const next = new Map(current ? scope : globalScope);
        for (const pair of inst.pairs) {
          const inherited = current ? globalDefaults.get(pair.key) ?? builtins.get(pair.key) : undefined;
          // A build argument given to the build wins over the default written in the file.
          const given = this.buildArgs.get(pair.key);
          const value = given !== undefined ? given
            : pair.rawValue === null ? inherited?.value ?? null
            : expand(pair.rawValue, scopeLookup(next), this.escapeChar).value;
          const variable: Variable = { name: pair.key, value, kind: 'arg', declaredAt: inst };
          next.set(pair.key, variable);
          if (!current) globalDefaults.set(pair.key, variable);
        }
        if (current) scope = next;
        else {
          globalScope = next;
          scope = next;
          globalArgs.push(inst);
        }
      } else if (inst.keyword === 'ENV' && current) {
        const lookup = scopeLookup(scope);
        const next = new Map(scope);
        for (const pair of inst.pairs) {
          const value = pair.rawValue === null ? '' : expand(pair.rawValue, lookup, this.escapeChar).value;
          next.set(pair.key, { name: pair.key, value, kind: 'env', declaredAt: inst });
        }
        scope = next;
      } else if (inst.keyword === 'SHELL' && inst.execArgs && inst.execArgs.length > 0) {
        shell = inst.execArgs.map((w) => w.value);
      }
      if (current) {
        stageScope.set(current, scope);
        stageShell.set(current, shell);
      }
    }
    markReachable(stages);
    return { stages, globalArgs };
  }

  private stage(from: Instruction, stages: Stage[], globalScope: Scope): Stage {
    const [imageWord, asWord, nameWord] = from.args;
    const hasName = asWord !== undefined && asWord.value.toLowerCase() === 'as' && nameWord !== undefined;
    const raw = imageWord?.value ?? '';
    const expansion = expand(raw, scopeLookup(globalScope), this.escapeChar, false);
    const resolved = expansion.value;
    const parent = stages.find((s) => s.name !== null && s.name === resolved.toLowerCase()) ?? null;
    const scratch = resolved.toLowerCase() === 'scratch';
    let image: ImageRef | null = null;
    if (!parent && !scratch && imageWord) {
      image = {
        raw,
        resolved,
        unresolved: expansion.unresolved.length > 0 || resolved === '',
        ...parseImageReference(resolved),
        range: imageWord.range,
      };
    }
    return {
      index: stages.length,
      name: hasName ? nameWord.value.toLowerCase() : null,
      nameText: hasName ? nameWord.value : null,
      nameRange: hasName ? nameWord.range : null,
      from,
      image,
      parent,
      scratch,
      platform: from.flags.find((f) => f.name.toLowerCase() === 'platform') ?? null,
      instructions: [],
      isFinal: false,
      reachesFinal: false,
      inFinalImage: false,
      children: [],
    };
  }

  /** Builds the shell source Docker would hand to the shell, and parses it. */
  private script(inst: Instruction): ShellScript | null {
    const shellName = programName(inst.shell[0] ?? '').toLowerCase();
    if (!this.posixFile || !POSIX_SHELLS.has(shellName)) return null;
    let source: ShellSource | null = null;
    if (inst.keyword === 'RUN' && inst.form === 'shell') source = this.runSource(inst);
    else if ((inst.keyword === 'CMD' || inst.keyword === 'ENTRYPOINT') && inst.form === 'shell') source = this.continuedSource(inst);
    else if (inst.keyword === 'HEALTHCHECK' && inst.form === 'shell' && inst.args[0]?.value.toUpperCase() === 'CMD') {
      source = this.continuedSource(inst, 1);
    }
    return source ? parseShellScript(source, this.index) : null;
  }

  private runSource(inst: Instruction): ShellSource | null {
    const heredoc = inst.heredocs[0];
    if (!heredoc) return this.continuedSource(inst);
    const commandLine = this.continuedSource(inst, 0, true);
    // `RUN <<EOF` alone: the body is the script. `RUN bash <<EOF` (or `<<EOF sh`): the body is that shell's
    // script. Otherwise the body is data for the command line (`cat <<EOF > file`, `python3 <<EOF`).
    const script = commandLine && parseShellScript(commandLine, this.index);
    const commands = script?.commands ?? [];
    const shellReadsBody = commands.length === 0 || (commands.length === 1 && POSIX_SHELLS.has(commands[0]!.name) && commands[0]!.positionals.length === 0 && !commands[0]!.flags.some((f) => f.name === '-c'));
    if (!shellReadsBody) return commandLine;
    if (!heredoc.contentRange) return null;
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(heredoc.content);
    if (shebang) {
      const program = programName(shebang[1]!.endsWith('/env') ? shebang[2] ?? '' : shebang[1]!);
      if (!POSIX_SHELLS.has(program)) return null;
    }
    const start = this.index.offsetAt(heredoc.contentRange.start);
    const end = this.index.offsetAt(heredoc.contentRange.end);
    return { text: this.text.slice(start, end), offsets: identityOffsets(start, end - start) };
  }

  /**
   * The instruction's arguments as one shell text, the way Docker passes them: continuation lines joined,
   * comment lines and blank lines inside the instruction dropped, heredoc bodies kept for the shell.
   */
  private continuedSource(inst: Instruction, skipArgs = 0, withoutHeredocs = false): ShellSource | null {
    const first = inst.args[skipArgs];
    if (!first) return null;
    const start = this.index.offsetAt(first.range.start);
    let end = this.index.offsetAt(inst.range.end);
    const heredocStarts = inst.heredocs.filter((h) => h.contentRange).map((h) => this.index.offsetAt(h.contentRange!.start));
    const firstBody = heredocStarts.length ? Math.min(...heredocStarts) : Infinity;
    if (withoutHeredocs) end = Math.min(end, firstBody);
    let text = '';
    const offsets: number[] = [];
    let offset = start;
    let firstLine = true;
    while (offset < end) {
      let lineEnd = this.text.indexOf('\n', offset);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
      const line = this.text.slice(offset, lineEnd);
      const inBody = offset >= firstBody;
      if (!inBody && !firstLine && /^\s*(#.*)?\r?$/.test(line)) {
        offset = lineEnd + 1;
        continue;
      }
      const continued = !inBody && continuesLine(line, this.escapeChar);
      let keep = line.replace(/\r$/, '');
      if (continued) keep = keep.replace(/[ \t]*$/, '').slice(0, -1);
      for (let i = 0; i < keep.length; i++) offsets.push(offset + i);
      text += keep;
      if (!continued && lineEnd < end) {
        offsets.push(lineEnd);
        text += '\n';
      }
      firstLine = false;
      offset = lineEnd + 1;
    }
    offsets.push(end);
    if (withoutHeredocs) {
      // The command line alone: its `<<EOF` markers become blanks (same length, so offsets hold).
      const names = new Set(inst.heredocs.map((h) => h.name));
      text = text.replace(/(?<!<)<<-?\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/g, (marker, _quote, name: string) => (names.has(name) ? ' '.repeat(marker.length) : marker));
    }
    return { text, offsets };
  }
}

/** The names of `ARG A B=1 C` read from its words (each `NAME` or `NAME=value`). */
function argNames(pair: KeyValue, args: Word[], escapeChar: string): KeyValue[] {
  const words = args.filter((w) => comparePositions(w.range.start, pair.range.start) >= 0 && comparePositions(w.range.end, pair.range.end) <= 0);
  return words.map((w) => {
    const eq = w.value.indexOf('=');
    const key = eq < 0 ? w.value : w.value.slice(0, eq);
    const rawValue = eq < 0 ? null : w.value.slice(eq + 1);
    const at = (offset: number) => ({ line: w.range.start.line, character: w.range.start.character + offset });
    const oneLine = w.range.start.line === w.range.end.line;
    return {
      key,
      value: rawValue === null ? null : unquote(rawValue, escapeChar),
      rawValue,
      keyRange: oneLine ? { start: w.range.start, end: at(key.length) } : w.range,
      valueRange: rawValue === null ? null : oneLine ? { start: at(eq + 1), end: w.range.end } : w.range,
      range: w.range,
      legacyForm: false,
    };
  });
}

function continuesLine(line: string, escapeChar: string): boolean {
  const trimmed = line.replace(/[ \t\r]*$/, '');
  let count = 0;
  for (let i = trimmed.length - 1; i >= 0 && trimmed[i] === escapeChar; i--) count++;
  return count === 1;
}

function identityOffsets(start: number, length: number): number[] {
  const offsets = new Array<number>(length + 1);
  for (let i = 0; i <= length; i++) offsets[i] = start + i;
  return offsets;
}

/** A stage reaches the final image when the final stage builds on it or copies from it, directly or not. */
function markReachable(stages: Stage[]): void {
  const last = stages[stages.length - 1];
  if (!last) return;
  last.isFinal = true;
  for (let stage: Stage | null = last; stage; stage = stage.parent) stage.inFinalImage = true;
  const byName = new Map(stages.filter((s) => s.name).map((s) => [s.name!, s]));
  const visit = (stage: Stage) => {
    if (stage.reachesFinal) return;
    stage.reachesFinal = true;
    if (stage.parent) visit(stage.parent);
    for (const inst of stage.instructions) {
      if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD' && inst.keyword !== 'RUN') continue;
      for (const flag of inst.flags) {
        const from = flag.name.toLowerCase() === 'from' ? flag.value
          : flag.name.toLowerCase() === 'mount' ? flag.options.find((o) => o.name === 'from')?.value ?? null : null;
        if (!from) continue;
        const name = from.includes('$') ? expand(from, scopeLookup(inst.scope), '\\', false).value : from;
        const source = byName.get(name.toLowerCase()) ?? (/^\d+$/.test(name) ? stages[Number(name)] : undefined);
        if (source && source.index < stage.index) visit(source);
      }
    }
  };
  visit(last);
}

const FORMED = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'ADD', 'COPY', 'VOLUME', 'HEALTHCHECK']);

function hasFlags(inst: AstInstruction): inst is AstInstruction & { getFlags(): AstFlag[] } {
  return typeof (inst as { getFlags?: unknown }).getFlags === 'function';
}

function hasHeredocs(inst: AstInstruction): inst is AstInstruction & { getHeredocs(): ReturnType<import('dockerfile-ast').Run['getHeredocs']> } {
  return typeof (inst as unknown as { getHeredocs?: unknown }).getHeredocs === 'function' && !isOnbuild(inst);
}

function isPropertyInstruction(inst: AstInstruction): inst is import('dockerfile-ast').PropertyInstruction {
  return typeof (inst as { getProperties?: unknown }).getProperties === 'function';
}

function isOnbuild(inst: AstInstruction): inst is import('dockerfile-ast').Onbuild {
  return typeof (inst as { getTriggerInstruction?: unknown }).getTriggerInstruction === 'function';
}
