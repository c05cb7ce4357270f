// Shell text -> commands, with tree-sitter-bash: a real, error-tolerant shell grammar (docs/shell-parser.md
// says why it was chosen). The tree is walked once into plain ShellCommand records with Dockerfile ranges.
import Parser from 'tree-sitter';
import Bash from 'tree-sitter-bash';
import type { Range } from './model';
import type { LineIndex } from './text';
import { buildCommand, type Connector, type Nesting, type RawCommand, type ShellCommand, type ShellWord } from './command';

export type { ShellCommand, ShellWord } from './command';

/** Shell text as Docker hands it to the shell, with the file offset of every character (and one past the end). */
export interface ShellSource {
  text: string;
  offsets: number[];
}

export interface ShellScript {
  /** Every simple command in source order, nested ones (in `if`, loops, `$(...)`) included. */
  commands: ShellCommand[];
  /** The first syntax error, or null. Commands around it are still reported. */
  error: { message: string; range: Range } | null;
  /** The script has a pipeline (`a | b`). */
  hasPipe: boolean;
  range: Range;
}

type SyntaxNode = Parser.SyntaxNode;

let parser: Parser | null = null;
function shellParser(): Parser {
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(Bash as unknown as Parser.Language);
  }
  return parser;
}

export function parseShellScript(source: ShellSource, index: LineIndex): ShellScript {
  const tree = shellParser().parse(source.text);
  const toRange = (start: number, end: number): Range =>
    index.range(source.offsets[start] ?? 0, end > start ? (source.offsets[end - 1] ?? 0) + 1 : source.offsets[start] ?? 0);
  const walker = new Walker(toRange);
  walker.statements(tree.rootNode, null, false);
  let error: ShellScript['error'] = null;
  if (tree.rootNode.hasError) {
    const bad = firstError(tree.rootNode);
    if (bad) {
      error = {
        message: bad.isMissing ? `shell syntax error: missing ${bad.type}` : `shell syntax error near ${JSON.stringify(bad.text.slice(0, 20))}`,
        range: toRange(bad.startIndex, Math.max(bad.endIndex, bad.startIndex + 1)),
      };
    }
  }
  return {
    commands: walker.commands,
    error,
    hasPipe: walker.hasPipe,
    range: toRange(0, source.text.length),
  };
}

function firstError(node: SyntaxNode): SyntaxNode | null {
  if (node.type === 'ERROR' || node.isMissing) return node;
  for (const child of node.children) {
    if (child.hasError || child.isMissing) {
      const found = firstError(child);
      if (found) return found;
    }
  }
  return null;
}

const STATEMENT_CONTAINERS: Record<string, Nesting | null> = {
  program: null,
  subshell: 'subshell',
  compound_statement: 'group',
  do_group: 'loop',
  function_definition: 'function',
  command_substitution: 'substitution',
  process_substitution: 'substitution',
};

class Walker {
  readonly commands: ShellCommand[] = [];
  hasPipe = false;

  constructor(private readonly toRange: (start: number, end: number) => Range) {}

  /** A node holding a sequence of statements separated by `;`, `&` or newlines. */
  statements(node: SyntaxNode, nesting: Nesting | null, conditional: boolean): void {
    let connector: Connector = null;
    for (const child of node.children) {
      if (child.type === ';' || child.type === '\n' || child.type === ';;') { connector = ';'; continue; }
      if (child.type === '&') { connector = '&'; continue; }
      if (!child.isNamed || child.type === 'comment') continue;
      this.statement(child, connector, nesting, conditional, false);
      connector = ';';
    }
  }

  statement(node: SyntaxNode, connector: Connector, nesting: Nesting | null, conditional: boolean, inPipeline: boolean): void {
    switch (node.type) {
      case 'list': {
        const [left, operator, right] = [node.child(0), node.child(1), node.child(2)];
        if (left) this.statement(left, connector, nesting, conditional, inPipeline);
        if (right && operator) {
          const op = operator.type === '||' ? '||' : '&&';
          this.statement(right, op, nesting, conditional || op === '||', inPipeline);
        }
        return;
      }
      case 'pipeline': {
        this.hasPipe = true;
        let first = true;
        for (const child of node.namedChildren) {
          this.statement(child, first ? connector : '|', nesting, conditional, true);
          first = false;
        }
        return;
      }
      case 'negated_command':
      case 'redirected_statement':
        for (const child of node.namedChildren) {
          if (child.type.endsWith('redirect')) this.words(child, nesting, conditional);
          else this.statement(child, connector, nesting, conditional, inPipeline);
        }
        return;
      case 'if_statement':
      case 'elif_clause':
      case 'else_clause':
      case 'while_statement':
      case 'for_statement':
      case 'c_style_for_statement':
      case 'case_statement':
      case 'case_item': {
        const inner: Nesting = node.type.includes('case') ? 'case' : node.type.includes('if') || node.type.includes('el') ? 'if' : 'loop';
        this.statements(node, inner, true);
        return;
      }
      case 'command':
        this.command(node, connector, nesting, conditional, inPipeline);
        return;
      case 'declaration_command':
      case 'unset_command':
      case 'test_command':
        this.pseudoCommand(node, connector, nesting, conditional, inPipeline);
        return;
      case 'variable_assignment':
      case 'variable_assignments':
        this.words(node, nesting, conditional);
        return;
      case 'ERROR':
        // Recover the commands the parser could still make out inside the broken part.
        this.statements(node, nesting, conditional);
        return;
      default: {
        const container = STATEMENT_CONTAINERS[node.type];
        if (container !== undefined) this.statements(node, container ?? nesting, conditional);
        else this.words(node, nesting, conditional);
      }
    }
  }

  private command(node: SyntaxNode, connector: Connector, nesting: Nesting | null, conditional: boolean, inPipeline: boolean): void {
    const words: ShellWord[] = [];
    const assignments: string[] = [];
    for (const child of node.namedChildren) {
      if (child.type === 'variable_assignment') assignments.push(child.text);
      else if (child.type === 'command_name') words.push(this.word(child.firstNamedChild ?? child));
      else if (child.type.endsWith('redirect') || child.type === 'herestring_redirect') continue;
      else words.push(this.word(child));
    }
    this.push({ words, assignments, connector, nesting, conditional, inPipeline, range: this.toRange(node.startIndex, node.endIndex) });
    // Commands inside `$(...)` in the arguments run too.
    this.words(node, nesting, conditional);
  }

  /** `export A=1`, `local x`, `[ -f x ]`: keep them as commands named by their keyword. */
  private pseudoCommand(node: SyntaxNode, connector: Connector, nesting: Nesting | null, conditional: boolean, inPipeline: boolean): void {
    const keyword = node.child(0);
    const words: ShellWord[] = keyword ? [this.word(keyword)] : [];
    // A test's operands are an expression, not arguments; only declarations keep theirs.
    if (node.type !== 'test_command') for (const child of node.namedChildren) if (child !== keyword) words.push(this.word(child));
    this.push({ words, assignments: [], connector, nesting, conditional, inPipeline, range: this.toRange(node.startIndex, node.endIndex) });
    this.words(node, nesting, conditional);
  }

  /** Finds command substitutions inside words (the node itself or anything below it). */
  private words(node: SyntaxNode, nesting: Nesting | null, conditional: boolean): void {
    if (node.type === 'command_substitution' || node.type === 'process_substitution') {
      this.statements(node, 'substitution', conditional || nesting !== null);
      return;
    }
    for (const child of node.namedChildren) this.words(child, nesting, conditional);
  }

  private push(raw: RawCommand): void {
    this.commands.push(buildCommand(raw));
  }

  word(node: SyntaxNode): ShellWord {
    return { text: node.text, value: wordValue(node), display: wordDisplay(node), range: this.toRange(node.startIndex, node.endIndex) };
  }
}

const EXPANSIONS = new Set(['simple_expansion', 'expansion', 'command_substitution', 'arithmetic_expansion', 'process_substitution']);

/** The word's value after quote removal, or null when it depends on an expansion. */
function wordValue(node: SyntaxNode): string | null {
  switch (node.type) {
    case 'word':
    case 'number':
    case '[':
    case '[[':
      return unescapeBare(node.text);
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'ansi_c_string':
      return null;
    case 'string': {
      let out = '';
      for (const child of node.namedChildren) {
        if (child.type !== 'string_content') return null;
      }
      out = node.text.slice(1, -1).replace(/\\([$`"\\\n])/g, '$1');
      return out;
    }
    case 'concatenation': {
      let out = '';
      for (const child of node.namedChildren) {
        const value = wordValue(child);
        if (value === null) return null;
        out += value;
      }
      // Unnamed pieces (e.g. a literal `=`) are kept from the text.
      return node.namedChildCount === 0 ? unescapeBare(node.text) : node.children.every((c) => c.isNamed) ? out : concatWithText(node);
    }
    default:
      return EXPANSIONS.has(node.type) ? null : unescapeBare(node.text);
  }
}

function concatWithText(node: SyntaxNode): string | null {
  let out = '';
  for (const child of node.children) {
    if (!child.isNamed) out += child.text;
    else {
      const value = wordValue(child);
      if (value === null) return null;
      out += value;
    }
  }
  return out;
}

/** Quotes removed, expansions kept as written. */
function wordDisplay(node: SyntaxNode): string {
  switch (node.type) {
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'string':
      return node.text.slice(1, -1).replace(/\\([$`"\\\n])/g, '$1');
    case 'concatenation':
      return node.children.map((c) => (c.isNamed ? wordDisplay(c) : c.text)).join('');
    case 'word':
      return unescapeBare(node.text);
    default:
      return node.text;
  }
}

function unescapeBare(text: string): string {
  return text.includes('\\') ? text.replace(/\\(.)/gs, '$1') : text;
}
