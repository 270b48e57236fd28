// Half-width punctuation in Chinese text (DOMAIN.md damage class 5). Every replacement is
// one code unit for one code unit, so offsets in the text do not move. Numbers (`1831.6万元`,
// `1,234`, `9:30`), Latin text, e-mail addresses and URLs are never touched.

import { codeTable, isHan as han, isWide as wide } from '../script';
import type { CleanReport, Transform, TransformResult } from '../types';

// Local bindings: these run for every mark, and module re-exports can cost a getter call.
const isHan = han;
const isWide = wide;

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };

const PUNCT = /[,;:!?.]/g;
// A mark inside a run of printable ASCII that is a URL or an e-mail address is kept.
const URL_OR_EMAIL = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|@/i;

const isAscii = (c: number) => c >= 0x21 && c <= 0x7e;
// Marks that end a sentence or clause, never an address.
const LINK_EDGE = codeTable(',;:!?.');

/** True when the mark at `i` is part of a URL or an e-mail address (`https://x.cn/a?b=1,c`). */
function inLink(text: string, i: number): boolean {
  let start = i;
  while (start > 0 && isAscii(text.charCodeAt(start - 1))) start--;
  let end = i + 1;
  while (end < text.length && isAscii(text.charCodeAt(end))) end++;
  // Marks opening or closing the run are the sentence's, not the address's (`邮箱:a@b.cn`,
  // `a@b.cn,咨询`): links are printed without a mark of their own at either end.
  let from = start;
  while (from < end && LINK_EDGE.has(text.charCodeAt(from))) from++;
  let to = end;
  while (to > from && LINK_EDGE.has(text.charCodeAt(to - 1))) to--;
  if (i < from || i >= to) return false;
  return end - start > 4 && URL_OR_EMAIL.test(text.slice(start, end));
}
// A pair of parentheses around Chinese text becomes full width: `(` then 1–200 characters
// with no bracket or line break, then `)`.
const MAX_INSIDE_PARENS = 200;
const HAS_WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u201c\u201d]/u;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Whether the digits after a comma at `at` are a group of three, as in `1,234` or `1,234.5`. */
function groupsThousands(text: string, at: number): boolean {
  let n = 0;
  while (n < 4 && isDigit(text.charCodeAt(at + n))) n++;
  return n === 3;
}
const isLatinWord = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;
// Spaces, other marks, brackets and quotes are looked past: in `中;,` and `(中);` each mark
// belongs to `中`. Deciding by the text beyond them keeps the result stable when run again,
// after the bracket or quote beside it was widened.
const SKIPPED = codeTable(' \t\u3000,;:!?()"\'（）“”‘’');
const isSkipped = SKIPPED.has;

// Set during a pass when a decision looked at something the same pass may still change (a
// `.` that may become `。`, a `"` or `)` that may become `”` `）`): only then is another
// pass needed to reach a stable result.
let unsettled = false;

/** The nearest code unit before `i` that is not a space or a half-width mark, or NaN. */
// Marks this pass may widen: a mark read past one (`8.2,;1中`) is read again next pass.
const WIDENED = codeTable(',;:!?');

function prevCode(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && isSkipped(text.charCodeAt(j))) {
    if (WIDENED.has(text.charCodeAt(j))) unsettled = true;
    j--;
  }
  if (j < 0) return NaN;
  const c = text.charCodeAt(j);
  if (c === 0x2e) unsettled = true;
  return c;
}

function nextAt(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSkipped(text.charCodeAt(j))) {
    if (WIDENED.has(text.charCodeAt(j))) unsettled = true;
    j++;
  }
  return j;
}

function nextCode(text: string, i: number): number {
  const j = nextAt(text, i);
  if (j >= text.length) return NaN;
  const c = text.charCodeAt(j);
  if (c === 0x2e) unsettled = true;
  return c;
}

// Closing quotes and brackets: cjk-spaces takes the spaces between one and a `.` after it.
const CLOSER = codeTable('”）"\')');

/**
 * The closing quote or bracket before the spaces ending at `i` (`”\u3000. 1`), or `space`: those
 * spaces are taken by cjk-spaces, and the `.` must be read as it will stand without them.
 */
function closerPastSpaces(text: string, i: number, space: number): number {
  let j = i - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  const c = text.charCodeAt(j);
  return CLOSER.has(c) ? c : space;
}

function fixPunct(match: string, offset: number, text: string): string {
  const end = offset + 1;
  const left = text.charCodeAt(offset - 1);
  const right = text.charCodeAt(end);
  // Only marks touching printable ASCII can be inside a link: the others skip the check.
  if ((isAscii(left) || isAscii(right)) && inLink(text, offset)) return match;
  if (match === '.') {
    // A full stop right after a Chinese character, not followed by a digit or a letter;
    // runs of dots (`...`) are left as they are.
    const after = end < text.length ? right : NaN;
    if (left === 0x2e || after === 0x2e) return match;
    const before = isSpace(left) ? closerPastSpaces(text, offset, left) : left;
    if (before === 0x22 || before === 0x29 || before === 0x27) unsettled = true;
    const closes = isHan(before) || before === 0x201d || before === 0xff09;
    const ends = Number.isNaN(after) || after === 0x0a || isSpace(after) || isHan(after) || after === 0x201c;
    return closes && ends ? '。' : '.';
  }
  // The last mark of a Latin quotation (`"Hello, world!"`) is the Latin text's own: it stays
  // half width like the marks inside it, whatever Chinese follows the closing quote.
  if (isLatinWord(left) && (right === 0x22 || right === 0x201d)) return match;
  const before = prevCode(text, offset);
  // After a wide character the mark is widened whatever follows it.
  if (isWide(before)) return FULL[match];
  const after = nextCode(text, end);
  // 1,234 · 9:30 keep their marks; a comma before digits that group no thousands parts two
  // clauses (`热线电话:12345,24小时服务`).
  if (isDigit(before) && isDigit(after)) {
    if (match !== ',' || groupsThousands(text, end)) return match;
    // Read by the text the number after it runs into (`24小时` is Chinese, `1,23` is not),
    // past the spaces cjk-spaces may take (`1,2341 ，`).
    let j = nextAt(text, end);
    while (isDigit(text.charCodeAt(j))) j++;
    while (isSpace(text.charCodeAt(j))) j++;
    // A mark after the number (`1,1,中`) may be widened in this same pass: read it again then.
    if (isSkipped(text.charCodeAt(j))) unsettled = true;
    return isWide(text.charCodeAt(j)) ? FULL[match] : match;
  }
  return isWide(before) || isWide(after) ? FULL[match] : match;
}

/**
 * Straight double quotes in a line that also has curly ones, read by where they stand: a `"`
 * after an opening `“` closes it, otherwise it opens; a `”` with the quotation already closed
 * and another `”` after it opens (`获评”返乡创业之星”`). One code unit for one.
 */
function settleMixedQuotes(line: string): string {
  if (
    line.indexOf('"') === -1 &&
    line.indexOf('\u201d\u201d') === -1 &&
    !/\u201d[^\u201c\u201d"]*\u201d/.test(line)
  )
    return line;
  // Built from slices: only the quotes change, the text between them is copied whole.
  let out = '';
  let copied = 0;
  let open = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) {
      if (!open && /^[^\u201c"]*\u201d/.test(line.slice(i + 1))) {
        out += line.slice(copied, i) + '\u201c';
        copied = i + 1;
        open = true;
      } else open = false;
    } else if (c === 0x22) {
      // An opening quote ending its line would make the paragraph look unfinished, and the
      // next cleanup would join it across the blank line: such a quote is left as it is.
      if (!open && line.slice(i + 1).trim() === '') continue;
      out += line.slice(copied, i) + (open ? '\u201d' : '\u201c');
      copied = i + 1;
      open = !open;
    }
  }
  return copied === 0 ? line : out + line.slice(copied);
}

/** The first character from `i` stepping by `step` that is not a space, or ''. */
function charPastSpaces(text: string, i: number, step: 1 | -1): string {
  while (i >= 0 && i < text.length && isSpace(text.charCodeAt(i))) i += step;
  return text[i] ?? '';
}

const QUOTES = [
  ['"', '“', '”'],
  ["'", '‘', '’'],
] as const;

function pairQuotes(line: string, lineStart: number, reports: CleanReport[]): string {
  if (/[\u201c\u201d]/.test(line)) {
    const settled = settleMixedQuotes(line);
    if (settled.indexOf('"') === -1) line = settled;
  }
  let out = line;
  for (const [quote, open, close] of QUOTES) {
    const at: number[] = [];
    for (let i = out.indexOf(quote); i !== -1; i = out.indexOf(quote, i + 1)) {
      // An apostrophe inside a Latin word (`don't`) is not a quote.
      if (quote === "'" && /\w/.test(out[i - 1] ?? '') && /\w/.test(out[i + 1] ?? '')) continue;
      at.push(i);
    }
    if (at.length === 0) continue;
    if (at.length % 2 === 1) {
      // Which one is unpaired cannot be known: leave them all and say where they are.
      for (const i of at)
        reports.push({
          transform: 'cjk-punctuation',
          kind: 'unpaired-quote',
          offset: lineStart + i,
          text: quote,
        });
      continue;
    }
    let paired = '';
    let copied = 0;
    for (let k = 0; k < at.length; k += 2) {
      const a = at[k];
      const b = at[k + 1];
      const inside = out.slice(a + 1, b);
      // Past spaces: cleanup may take the spaces away, and the pair must be read alike then.
      const beside = charPastSpaces(out, a - 1, -1) + charPastSpaces(out, b + 1, 1);
      if (!HAS_WIDE.test(inside) && !HAS_WIDE.test(beside)) continue; // Latin quotation
      paired += out.slice(copied, a) + open + inside + close;
      copied = b + 1;
    }
    if (copied > 0) out = paired + out.slice(copied);
  }
  return out;
}

// `(1)` `(二)` opening a line of Chinese text: a list item's number.
const LIST_NUMBER = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})$/u;

// A short Latin term or abbreviation: letters first, then letters, digits, spaces, `.&-`.
const LATIN_GLOSS = /^[A-Za-z][A-Za-z0-9 .&-]{0,29}$/;

/**
 * The code unit after a list number's `)` at `i`, read as cleanup leaves it: cjk-spaces takes
 * the spaces before punctuation away (`(1) 。` → `(1)。`), so they are looked past there, and
 * a second clean widens nothing the first left.
 */
function afterList(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  return j === i || (isWide(c) && !isHan(c)) ? c : text.charCodeAt(i);
}

/** The `（…）` that replaces `text[open, close]`, or undefined when the brackets stay half width. */
function widenParens(text: string, open: number, close: number): string | undefined {
  const inner = text.slice(open + 1, close);
  if (
    (open === 0 || text.charCodeAt(open - 1) === 0x0a) &&
    LIST_NUMBER.test(inner) &&
    HAS_WIDE.test(text.slice(close + 1, close + 12))
  ) {
    const after = afterList(text, close + 1);
    if (isWide(after) || isDigit(text.charCodeAt(close + 1))) return `（${inner}）`;
    // `(1);中`: the mark after the number may be widened below, and then it is a list's.
    if (LINK_EDGE.has(charPastSpaces(text, close + 1, 1).charCodeAt(0))) unsettled = true;
  }
  // A Latin term glossing the Chinese before it (`地区生产总值(GDP)`) is in Chinese brackets.
  if (HAS_WIDE.test(inner) || (isHan(text.charCodeAt(open - 1)) && LATIN_GLOSS.test(inner))) {
    // `((中))`, `(中(a))`: an enclosing pair holds Chinese text once this one is widened.
    for (let i = open - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || c === 0x29) break;
      if (c === 0x28) {
        unsettled = true;
        break;
      }
    }
    return `（${inner}）`;
  }
  // `(;)中`: the mark inside may be widened below, and then the brackets hold Chinese text.
  if (/[,;:!?.]/.test(inner)) unsettled = true;
  return undefined;
}

/**
 * Widens every bracket pair around Chinese text. Finds the pairs with indexOf rather than a
 * regex: a regex scan visits every character of the page, indexOf skips to the next `(`.
 * The pairs are those `/\(([^()\n]{1,200})\)/g` would match, left to right.
 */
function widenAllParens(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (let open = text.indexOf('('); open !== -1;) {
    const limit = Math.min(text.length, open + 1 + MAX_INSIDE_PARENS);
    let close = open + 1;
    for (
      let c = text.charCodeAt(close);
      close < limit && c !== 0x28 && c !== 0x29 && c !== 0x0a;
      c = text.charCodeAt(++close)
    );
    if (close > open + 1 && text.charCodeAt(close) === 0x29) {
      const wide = widenParens(text, open, close);
      if (wide !== undefined) {
        parts.push(text.slice(copied, open), wide);
        copied = close + 1;
      }
      open = text.indexOf('(', close + 1);
    } else {
      open = text.indexOf('(', open + 1);
    }
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** Pairs the straight quotes of every line that has one; other lines are not visited. */
function pairAllQuotes(text: string, reports: CleanReport[]): string {
  const parts: string[] = [];
  let copied = 0;
  let from = 0;
  // The next quote of each kind, searched again only once passed: a page with no `'` after
  // a point must not be searched to its end at every `"` (quadratic on one long text).
  let dq = text.indexOf('"');
  let sq = text.indexOf("'");
  for (;;) {
    if (dq !== -1 && dq < from) dq = text.indexOf('"', from);
    if (sq !== -1 && sq < from) sq = text.indexOf("'", from);
    const at = dq === -1 ? sq : sq === -1 ? dq : Math.min(dq, sq);
    if (at === -1) break;
    const start = text.lastIndexOf('\n', at) + 1;
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    const paired = pairQuotes(line, start, reports);
    if (paired !== line) {
      parts.push(text.slice(copied, start), paired);
      copied = end;
    }
    from = end;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

function onePass(text: string, reports: CleanReport[]): string {
  // Brackets first: the marks below look past them, so widening them changes no decision.
  const bracketed = widenAllParens(text);
  // String.prototype.replace with a callback: for this many small matches, cheaper than an
  // exec loop that collects the pieces itself.
  const out = bracketed.replace(PUNCT, fixPunct);
  if (out.indexOf('"') === -1 && out.indexOf("'") === -1) return out;
  // Pairing can widen a quote next to a mark decided above (`"中",` → `“中”,`); a pairing
  // that changed nothing changed no neighbour.
  const paired = pairAllQuotes(out, reports);
  if (paired !== out) unsettled = true;
  return paired;
}

// Each mark is decided by its neighbours as they are before the pass; a neighbour widened
// in the same pass (`(中);` → `（中）;`, `"中".` → `“中”.`) can make a mark convertible.
// Passes repeat until nothing changes (on real text one, or two when something was left
// unsettled), so the result is stable; the reports are those of the last pass.
const MAX_PASSES = 6;

export function fixCjkPunctuation(text: string): TransformResult {
  let reports: CleanReport[] = [];
  let out = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    reports = [];
    unsettled = false;
    const next = onePass(out, reports);
    if (next === out) break;
    out = next;
    if (!unsettled) break;
  }
  return reports.length > 0 ? { text: out, reports } : { text: out };
}

export const cjkPunctuation: Transform = {
  id: 'cjk-punctuation',
  name: 'clean.transform.cjkPunctuation',
  defaultOn: true,
  fields: ['section', 'kicker', 'title', 'subtitle', 'dateline', 'paragraph', 'caption'],
  apply: fixCjkPunctuation,
};
