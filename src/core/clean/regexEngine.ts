// The engine a user's pattern (a cleanup rule's or a corpus search's) runs in. JavaScript's
// own engine backtracks: `(a+)+$` on a line of forty `a`s and a `b` runs for minutes. So a
// pattern is translated, node by node, into RE2 syntax and run by re2js, which matches in
// time linear in the text. The translation keeps JavaScript's meaning (`\s` takes in the
// ideographic space, `.` stops at line ends, `$` is the end of the text, groups are
// numbered alike), and re2js expands replacements exactly as String.prototype.replace does.
//
// What RE2 has no linear algorithm for (backreferences, lookahead, lookbehind with a group
// inside, repeats over 1000) stays with the JavaScript engine: `engine: 'backtracking'`.
// Such a pattern can still take forever, so the callers run it where they can stop it (a
// worker under a time budget: see applyRulesGuarded in ./rules).

import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { RE2JS } from 're2js';

export type RegexEngine = 'linear' | 'backtracking';

/** A compiled user pattern: global, Unicode, optionally case-insensitive. */
export interface SafeRegex {
  engine: RegexEngine;
  /** The JavaScript source (as the archivist wrote it, or escaped for a plain search). */
  source: string;
  flags: 'gu' | 'giu';
  /** Every match, as RegExp.prototype.exec gives them (index, groups), empty ones stepped over as exec does. */
  matchAll(text: string): IterableIterator<RegExpExecArray>;
  /** `text` with every match replaced; a string `replacement` expands `$1`, `$<name>`, `$&` … as String.prototype.replace does. */
  replace(text: string, replacement: string | (() => string)): string;
  /** True when the pattern matches somewhere in `text`. */
  test(text: string): boolean;
}

/** JavaScript's `\s` (WhiteSpace and LineTerminator), as code point ranges. */
const SPACE: readonly (readonly [number, number])[] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const DIGIT: readonly (readonly [number, number])[] = [[0x30, 0x39]];
const WORD: readonly (readonly [number, number])[] = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
];
/** What `.` does not match without the `s` flag. */
const LINE_END: readonly (readonly [number, number])[] = [
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
];
const MAX_CODE_POINT = 0x10ffff;

/** Thrown while translating: the pattern needs the backtracking engine. */
class NeedsBacktracking extends Error {}

const hex = (cp: number) => `\\x{${cp.toString(16)}}`;
const char = (cp: number) =>
  (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)
    ? String.fromCodePoint(cp)
    : hex(cp);
const ranges = (rs: readonly (readonly [number, number])[]) =>
  rs.map(([a, b]) => (a === b ? char(a) : `${char(a)}-${char(b)}`)).join('');

function complement(rs: readonly (readonly [number, number])[]): [number, number][] {
  const out: [number, number][] = [];
  let next = 0;
  for (const [a, b] of rs) {
    if (a > next) out.push([next, a - 1]);
    next = b + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return out;
}

const SETS = { digit: DIGIT, space: SPACE, word: WORD } as const;

/** A `\p{…}` RE2 knows by the same name and meaning: general categories (short names) and scripts. */
function property(set: AST.UnicodePropertyCharacterSet): string {
  const { key, value, negate } = set;
  let name: string;
  if ((key === 'General_Category' || key === 'gc') && value !== null && /^[A-Z][a-z]?$/.test(value))
    name = value;
  else if (value === null && /^(?:[A-Z][a-z]?|Any)$/.test(key)) name = key;
  else if ((key === 'Script' || key === 'sc') && value !== null && /^[A-Z][A-Za-z_]+$/.test(value))
    name = value;
  else throw new NeedsBacktracking();
  return `\\${negate ? 'P' : 'p'}{${name}}`;
}

/** The inside of a bracket (no brackets) for an escape like `\d` or `\S`. */
function setInClass(set: AST.CharacterSet): string {
  if (set.kind === 'property') {
    if (set.strings) throw new NeedsBacktracking();
    return property(set);
  }
  if (set.kind === 'any') return ranges(complement(LINE_END));
  return ranges(set.negate ? complement(SETS[set.kind]) : SETS[set.kind]);
}

interface Emitting {
  /** Inside a quantifier that repeats (max > 1). */
  repeat: boolean;
  /** Inside a repeat, under an alternative or optional part: a group there may not take part in every round. */
  conditional: boolean;
  lookbehind: boolean;
  usesLookbehind: { on: boolean };
}

function emit(node: AST.Node, at: Emitting): string {
  switch (node.type) {
    case 'Assertion': {
      if (node.kind === 'start' || node.kind === 'end') return node.kind === 'start' ? '^' : '$';
      if (node.kind === 'word') return node.negate ? '\\B' : '\\b';
      // Lookahead has no linear algorithm in re2js; a lookbehind does when it captures nothing.
      if (node.kind === 'lookahead') throw new NeedsBacktracking();
      if (at.lookbehind) throw new NeedsBacktracking();
      at.usesLookbehind.on = true;
      const behind = node as AST.LookbehindAssertion;
      const inner: Emitting = { ...at, lookbehind: true };
      return `(?${behind.negate ? '<!' : '<='}${behind.alternatives.map((a) => emit(a, inner)).join('|')})`;
    }
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup': {
      if (node.type === 'Group' && node.modifiers) throw new NeedsBacktracking();
      // JavaScript empties a group at the start of each round of a repeat; RE2 keeps the
      // last value. They differ only for a group that can sit a round out.
      if (node.type === 'CapturingGroup' && ((at.repeat && at.conditional) || at.lookbehind))
        throw new NeedsBacktracking();
      const inner: Emitting = node.alternatives.length > 1 && at.repeat ? { ...at, conditional: true } : at;
      const body = node.alternatives.map((a) => emit(a, inner)).join('|');
      if (node.type === 'Pattern') return body;
      if (node.type === 'Group') return `(?:${body})`;
      return node.name === null ? `(${body})` : `(?P<${node.name}>${body})`;
    }
    case 'Alternative':
      return node.elements.map((e) => emit(e, at)).join('');
    case 'Quantifier': {
      const inner: Emitting = {
        ...at,
        repeat: at.repeat || node.max > 1,
        conditional: at.conditional || ((at.repeat || node.max > 1) && node.min === 0),
      };
      const { min, max } = node;
      const q =
        min === 0 && max === Infinity
          ? '*'
          : min === 1 && max === Infinity
            ? '+'
            : min === 0 && max === 1
              ? '?'
              : max === Infinity
                ? `{${min},}`
                : min === max
                  ? `{${min}}`
                  : `{${min},${max}}`;
      return `(?:${emit(node.element, inner)})${q}${node.greedy ? '' : '?'}`;
    }
    case 'Character':
      return char(node.value);
    case 'CharacterSet':
      if (node.kind === 'any') return `[${setInClass(node)}]`;
      if (node.kind === 'property') return setInClass(node);
      return `[${setInClass(node)}]`;
    case 'CharacterClass': {
      if (node.unicodeSets) throw new NeedsBacktracking();
      const inside = node.elements
        .map((e) => {
          if (e.type === 'Character') return char(e.value);
          if (e.type === 'CharacterClassRange') return `${char(e.min.value)}-${char(e.max.value)}`;
          if (e.type === 'CharacterSet') return setInClass(e);
          throw new NeedsBacktracking();
        })
        .join('');
      // RE2 refuses `[]`; JavaScript's `[]` matches nothing and `[^]` anything.
      if (inside === '') return node.negate ? `[${ranges([[0, MAX_CODE_POINT]])}]` : '[^\\x{0}-\\x{10ffff}]';
      return `[${node.negate ? '^' : ''}${inside}]`;
    }
    default:
      // Backreferences (and anything newer than this translation knows).
      throw new NeedsBacktracking();
  }
}

/**
 * The RE2 pattern and re2js flags that match as the JavaScript pattern `source` does with
 * flags `u` (and `i` when `caseInsensitive`), or undefined when it needs the backtracking
 * engine. Throws SyntaxError when `source` is not a valid JavaScript pattern.
 */
export function toRe2(
  source: string,
  caseInsensitive: boolean,
): { pattern: string; flags: number } | undefined {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {
    unicode: true,
  });
  const usesLookbehind = { on: false };
  let pattern: string;
  try {
    pattern = emit(ast, { repeat: false, conditional: false, lookbehind: false, usesLookbehind });
  } catch (e) {
    if (e instanceof NeedsBacktracking) return undefined;
    throw e;
  }
  const flags = (caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0) | (usesLookbehind.on ? RE2JS.LOOKBEHINDS : 0);
  return { pattern, flags };
}

/** The source of a plain (not regex) search for `text`. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function linear(source: string, flags: 'gu' | 'giu', re2: RE2JS): SafeRegex {
  return {
    engine: 'linear',
    source,
    flags,
    matchAll: (text) => re2.matchAll(text) as IterableIterator<RegExpExecArray>,
    replace: (text, replacement) =>
      typeof replacement === 'string'
        ? re2.matcher(text).replaceAll(replacement)
        : re2.matcher(text).replaceAll(() => replacement()),
    test: (text) => re2.test(text),
  };
}

/** The JavaScript engine, for what RE2 cannot run. Callers that can stop it should (see the header). */
export function backtracking(source: string, flags: 'gu' | 'giu'): SafeRegex {
  const re = new RegExp(source, flags);
  return {
    engine: 'backtracking',
    source,
    flags,
    matchAll: (text) => text.matchAll(new RegExp(re)),
    replace: (text, replacement) =>
      typeof replacement === 'string'
        ? text.replace(new RegExp(re), replacement)
        : text.replace(new RegExp(re), replacement),
    test: (text) => new RegExp(source, flags.replace('g', '')).test(text),
  };
}

/**
 * Compiles a user pattern (JavaScript syntax, Unicode mode) to run in linear time when RE2
 * can run it, else in the JavaScript engine. Throws SyntaxError for an invalid pattern.
 */
export function compileSafe(source: string, caseInsensitive: boolean): SafeRegex {
  const flags = caseInsensitive ? 'giu' : 'gu';
  // The JavaScript engine is the judge of what is valid (and words the error).
  new RegExp(source, flags);
  let re2: { pattern: string; flags: number } | undefined;
  try {
    re2 = toRe2(source, caseInsensitive);
  } catch {
    re2 = undefined;
  }
  if (re2) {
    try {
      return linear(source, flags, RE2JS.compile(re2.pattern, re2.flags));
    } catch {
      // RE2's own limits (a repeat over 1000, a program too large): the JavaScript engine.
    }
  }
  return backtracking(source, flags);
}
