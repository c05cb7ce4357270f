// Docker's word expansion for instructions it expands itself (FROM, ENV, LABEL, COPY, WORKDIR, USER, ...):
// `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}`, `${VAR:?message}`,
// quotes removed, single quotes suppress expansion, the escape character escapes the next character.
import type { Scope, Variable } from './model';

export interface Expansion {
  value: string;
  /** Names referenced that have no value in scope. */
  unresolved: string[];
  /** Every name referenced, in order. */
  references: Array<{ name: string; offset: number; length: number }>;
}

/** Arguments Docker defines in every build; usable without an ARG in FROM and after `ARG NAME` in a stage. */
export const BUILTIN_ARGS: readonly string[] = [
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy',
  'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
  'BUILDKIT_SYNTAX', 'BUILDKIT_CACHE_MOUNT_NS', 'BUILDKIT_CONTEXT_KEEP_GIT_DIR',
  'BUILDKIT_INLINE_CACHE', 'BUILDKIT_MULTI_PLATFORM', 'BUILDKIT_SANDBOX_HOSTNAME',
  'BUILDKIT_DOCKERFILE_CHECK', 'SOURCE_DATE_EPOCH',
];

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

type Lookup = (name: string) => string | null | undefined;

export function scopeLookup(scope: Scope): Lookup {
  return (name) => {
    const variable: Variable | undefined = scope.get(name);
    return variable === undefined ? undefined : variable.value;
  };
}

/**
 * Expands `text` the way Docker does for instruction arguments.
 * `removeQuotes` is true for ENV/LABEL/ARG values and other words Docker unquotes.
 */
export function expand(text: string, lookup: Lookup, escapeChar = '\\', removeQuotes = true): Expansion {
  const references: Expansion['references'] = [];
  const unresolved: string[] = [];
  let out = '';
  let i = 0;
  let quote: '"' | "'" | null = null;

  const resolve = (name: string): string | null | undefined => {
    const value = lookup(name);
    if (value === undefined || value === null) unresolved.push(name);
    return value;
  };

  while (i < text.length) {
    const c = text[i]!;
    if (c === escapeChar && quote !== "'" && i + 1 < text.length) {
      const next = text[i + 1]!;
      // Inside double quotes only the quote, the escape and `$` are escapable.
      if (quote === '"' && next !== '"' && next !== escapeChar && next !== '$') out += c;
      out += next;
      i += 2;
      continue;
    }
    if (removeQuotes && (c === '"' || c === "'")) {
      if (quote === null) { quote = c; i++; continue; }
      if (quote === c) { quote = null; i++; continue; }
    }
    if (c === '$' && quote !== "'") {
      const start = i;
      if (text[i + 1] === '{') {
        const close = findClosingBrace(text, i + 2);
        if (close < 0) { out += text.slice(i); break; }
        const body = text.slice(i + 2, close);
        const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([\s\S]*))?$/.exec(body);
        if (!match) { out += text.slice(i, close + 1); i = close + 1; continue; }
        const name = match[1]!;
        const operator = match[2];
        const word = match[3] ?? '';
        references.push({ name, offset: start, length: close + 1 - start });
        const value = lookup(name);
        const set = value !== undefined && value !== null;
        const nonEmpty = set && value !== '';
        const inner = () => expand(word, lookup, escapeChar, false);
        if (operator === ':-' || operator === '-') {
          const useValue = operator === ':-' ? nonEmpty : set;
          if (useValue) out += value;
          else {
            const nested = inner();
            out += nested.value;
            unresolved.push(...nested.unresolved);
            references.push(...nested.references.map((r) => ({ ...r, offset: r.offset + start + name.length + 4 })));
          }
        } else if (operator === ':+' || operator === '+') {
          const useAlt = operator === ':+' ? nonEmpty : set;
          if (useAlt) out += inner().value;
        } else if (operator === ':?' || operator === '?') {
          if (set) out += value; else unresolved.push(name);
        } else {
          const resolved = resolve(name);
          if (typeof resolved === 'string') out += resolved;
        }
        i = close + 1;
        continue;
      }
      if (i + 1 < text.length && NAME_START.test(text[i + 1]!)) {
        let j = i + 1;
        while (j < text.length && NAME_CHAR.test(text[j]!)) j++;
        const name = text.slice(i + 1, j);
        references.push({ name, offset: start, length: j - start });
        const resolved = resolve(name);
        if (typeof resolved === 'string') out += resolved;
        i = j;
        continue;
      }
    }
    out += c;
    i++;
  }
  return { value: out, unresolved, references };
}

function findClosingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Removes one level of quotes and escapes, without expanding variables (values of ENV, LABEL, ARG). */
export function unquote(text: string, escapeChar = '\\'): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === escapeChar && quote !== "'" && i + 1 < text.length) {
      const next = text[i + 1]!;
      if (quote === '"' && next !== '"' && next !== escapeChar && next !== '$') out += c;
      out += next;
      i++;
    } else if ((c === '"' || c === "'") && (quote === null || quote === c)) {
      quote = quote === null ? c : null;
    } else out += c;
  }
  return out;
}
