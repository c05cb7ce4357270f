// Shell text -> commands, with tree-sitter-bash: a real, error-tolerant shell grammar (docs/shell-parser.md
// says why it was chosen). The tree is walked once into plain ShellCommand records with Dockerfile ranges.
import Parser from 'tree-sitter';
import Bash from 'tree-sitter-bash';
import type { Range } from './model';
import type { LineIndex } from './text';
import { buildCommand, type Connector, type Nesting, type ShellCommand, type ShellWord } from './command';

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
  /** The text handed to the shell, with its offsets in the file (for tools that read the script, such as ShellCheck). */
  source: ShellSource;
}

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
  const walker = new Walker(source.text, toRange, tree.walk());
  walker.statements(null, false);
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
  return { commands: walker.commands, error, hasPipe: walker.hasPipe, range: toRange(0, source.text.length), source };
}

function firstError(node: Parser.SyntaxNode): Parser.SyntaxNode | null {
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

const COMPOUND: Record<string, Nesting> = {
  if_statement: 'if', elif_clause: 'if', else_clause: 'if',
  while_statement: 'loop', for_statement: 'loop', c_style_for_statement: 'loop',
  case_statement: 'case', case_item: 'case',
};

const EXPANSIONS = new Set(['simple_expansion', 'expansion', 'command_substitution', 'arithmetic_expansion', 'process_substitution', 'ansi_c_string']);

interface WordParts {
  value: string | null;
  display: string;
}

/**
 * Walks the syntax tree with one cursor (much cheaper than node objects). Every method starts and ends with
 * the cursor on the same node.
 */
class Walker {
  readonly commands: ShellCommand[] = [];
  hasPipe = false;

  constructor(
    private readonly text: string,
    private readonly toRange: (start: number, end: number) => Range,
    private readonly cursor: Parser.TreeCursor,
  ) {}

  private eachChild(visit: () => void): void {
    const cursor = this.cursor;
    if (!cursor.gotoFirstChild()) return;
    do visit(); while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }

  private nodeText(): string {
    return this.text.slice(this.cursor.startIndex, this.cursor.endIndex);
  }

  /**
   * The current node holds statements separated by `;`, `&` or newlines. In `if`/`while`/`case`/`for`
   * (`compound`), the condition always runs and the bodies may not.
   */
  statements(nesting: Nesting | null, conditional: boolean, compound = false): void {
    let connector: Connector = null;
    this.eachChild(() => {
      const type = this.cursor.nodeType;
      if (type === ';' || type === '\n' || type === ';;') connector = ';';
      else if (type === '&') connector = '&';
      else if (this.cursor.nodeIsNamed && type !== 'comment') {
        const mayNotRun = conditional || (compound && this.cursor.currentFieldName !== 'condition');
        this.statement(connector, nesting, mayNotRun, false);
        connector = ';';
      }
    });
  }

  private statement(connector: Connector, nesting: Nesting | null, conditional: boolean, inPipeline: boolean): void {
    const type = this.cursor.nodeType;
    switch (type) {
      case 'list': {
        let next = connector;
        this.eachChild(() => {
          const childType = this.cursor.nodeType;
          if (childType === '&&' || childType === '||') next = childType;
          else if (this.cursor.nodeIsNamed && childType !== 'comment') this.statement(next, nesting, conditional || next === '||', inPipeline);
        });
        return;
      }
      case 'pipeline': {
        this.hasPipe = true;
        let next = connector;
        this.eachChild(() => {
          if (!this.cursor.nodeIsNamed || this.cursor.nodeType === 'comment') return;
          this.statement(next, nesting, conditional, true);
          next = '|';
        });
        return;
      }
      case 'negated_command':
      case 'redirected_statement':
        this.eachChild(() => {
          if (!this.cursor.nodeIsNamed) return;
          if (this.cursor.nodeType.endsWith('redirect')) this.substitutions(nesting, conditional);
          else this.statement(connector, nesting, conditional, inPipeline);
        });
        return;
      case 'command':
        this.command(connector, nesting, conditional, inPipeline);
        return;
      case 'declaration_command':
      case 'unset_command':
      case 'test_command':
        this.pseudoCommand(connector, nesting, conditional, inPipeline);
        return;
      case 'ERROR':
        // Recover the commands the parser could still make out inside the broken part.
        this.statements(nesting, conditional);
        return;
      default: {
        const compound = COMPOUND[type];
        if (compound) return this.statements(compound, conditional, true);
        const container = STATEMENT_CONTAINERS[type];
        if (container !== undefined) this.statements(container ?? nesting, conditional);
        else this.substitutions(nesting, conditional);
      }
    }
  }

  private command(connector: Connector, nesting: Nesting | null, conditional: boolean, inPipeline: boolean): void {
    const words: ShellWord[] = [];
    const assignments: string[] = [];
    const { startIndex, endIndex } = this.cursor;
    this.eachChild(() => {
      const type = this.cursor.nodeType;
      if (!this.cursor.nodeIsNamed || type.endsWith('redirect')) return;
      if (type === 'variable_assignment') assignments.push(this.nodeText());
      else if (type === 'command_name') {
        if (this.cursor.gotoFirstChild()) {
          words.push(this.word());
          this.cursor.gotoParent();
        }
      } else words.push(this.word());
    });
    this.commands.push(buildCommand({ words, assignments, connector, nesting, conditional, inPipeline, range: this.toRange(startIndex, endIndex) }));
    // Commands inside `$(...)`, backticks or `<(...)` in the arguments run too.
    if (/\$\(|`|<\(|>\(/.test(this.text.slice(startIndex, endIndex))) this.substitutions(nesting, conditional);
  }

  /** `export A=1`, `local x`, `[ -f x ]`: kept as commands named by their keyword. */
  private pseudoCommand(connector: Connector, nesting: Nesting | null, conditional: boolean, inPipeline: boolean): void {
    const words: ShellWord[] = [];
    const { startIndex, endIndex } = this.cursor;
    const isTest = this.cursor.nodeType === 'test_command';
    let first = true;
    this.eachChild(() => {
      // A test's operands are an expression, not arguments; declarations keep theirs.
      if (first || (!isTest && this.cursor.nodeIsNamed)) words.push(this.word());
      first = false;
    });
    this.commands.push(buildCommand({ words, assignments: [], connector, nesting, conditional, inPipeline, range: this.toRange(startIndex, endIndex) }));
    this.substitutions(nesting, conditional);
  }

  /** Finds the command substitutions at or below the current node. */
  private substitutions(nesting: Nesting | null, conditional: boolean): void {
    const type = this.cursor.nodeType;
    if (type === 'command_substitution' || type === 'process_substitution') {
      this.statements('substitution', conditional);
      return;
    }
    this.eachChild(() => {
      if (this.cursor.nodeIsNamed) this.substitutions(nesting, conditional);
    });
  }

  private word(): ShellWord {
    const { startIndex, endIndex } = this.cursor;
    const parts = this.wordParts();
    return { text: this.text.slice(startIndex, endIndex), value: parts.value, display: parts.display, range: this.toRange(startIndex, endIndex) };
  }

  /** The word's value after quote removal (null when it depends on an expansion), and its display form. */
  private wordParts(): WordParts {
    const type = this.cursor.nodeType;
    const text = this.nodeText();
    switch (type) {
      case 'raw_string':
        return { value: text.slice(1, -1), display: text.slice(1, -1) };
      case 'string': {
        let literal = true;
        this.eachChild(() => {
          if (this.cursor.nodeIsNamed && this.cursor.nodeType !== 'string_content') literal = false;
        });
        const inner = text.slice(1, -1).replace(/\\\n/g, '').replace(/\\([$`"\\])/g, '$1');
        return { value: literal ? inner : null, display: inner };
      }
      case 'concatenation': {
        let value: string | null = '';
        let display = '';
        this.eachChild(() => {
          if (this.cursor.nodeIsNamed) {
            const part = this.wordParts();
            value = value === null || part.value === null ? null : value + part.value;
            display += part.display;
          } else {
            const piece = this.nodeText();
            if (value !== null) value += piece;
            display += piece;
          }
        });
        return { value, display };
      }
      default:
        if (EXPANSIONS.has(type)) return { value: null, display: text };
        return { value: unescapeBare(text), display: unescapeBare(text) };
    }
  }
}

function unescapeBare(text: string): string {
  // A backslash-newline is a line continuation: both go.
  return text.includes('\\') ? text.replace(/\\\n/g, '').replace(/\\(.)/gs, '$1') : text;
}
