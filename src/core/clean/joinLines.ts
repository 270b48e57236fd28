// Joining lines that OCR broke at column width (DOMAIN.md damage class 1). Used when raw
// text is assigned to a field, by the "join broken lines" transform and by segmentation.

import { codeTable, isHan as han, isWide as wide } from './script';

// Local bindings: these run once per line break, and module re-exports can cost a getter call.
const isHan = han;
const isWide = wide;

// `inter-` / `national`: a Latin word hyphenated at the line end (lower case continues it).
const HYPHENATED = /(?<=[A-Za-z\u00c0-\u024f])-[ \t]*\n[ \t]*(?=[a-z\u00df-\u00ff])/g;

// A line of short words separated by spaces: names in a byline (`记者 王赛华` / `经开时报
// 李洪永`). Two such lines in a row are joined with a space, or two names would fuse.
const TOKEN = '(?:[\\p{Script=Han}·]{1,6}|[文图][\\/／][图文])';
const TOKEN_LINE = new RegExp(`^${TOKEN}(?:[ \\u3000]+${TOKEN})+$`, 'u');

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000;

/** Whether `text[a, b)` (one trimmed line) is a line of short words separated by spaces. */
function isTokenLine(text: string, a: number, b: number): boolean {
  // Cheap refusal first: a token line has a space within its first seven characters.
  for (let i = a + 1; i < a + 8 && i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x3000) return TOKEN_LINE.test(text.slice(a, b));
  }
  return false;
}

/** What replaces a single line break between two trimmed lines, `text[p, q)` and `text[a, b)`. */
function separator(text: string, p: number, q: number, a: number, b: number): string {
  const before = text.charCodeAt(q - 1);
  const after = text.charCodeAt(a);
  if (isHan(before) && isHan(after) && isTokenLine(text, a, b) && isTokenLine(text, p, q)) return ' ';
  // A hyphen kept at the line end (`well-` / `Known`) still binds the two halves.
  if (before === 0x2d) return '';
  if (numberGoesOn(text.charCodeAt(q - 2), before, after)) return '';
  return isWide(before) || isWide(after) ? '' : ' ';
}

/**
 * The paragraphs of a text with its lines broken at column width joined: no space between
 * CJK characters, one space between Latin words, Latin words hyphenated at the line end
 * rejoined. A space the OCR kept beside a break (a markdown hard break `鲁慧  `) is a real
 * gap and becomes one space. Blank lines (one or more, whitespace-only included) end a
 * paragraph. joinLines is these paragraphs joined by `\n\n` and trimmed.
 */
export function joinedParagraphs(raw: string): string[] {
  const text = raw.indexOf('-') === -1 ? raw : raw.replace(HYPHENATED, '');
  // Walking the line breaks by position and deciding on the characters beside them is much
  // cheaper than a regex match per break (a column-broken page has one every dozen
  // characters) or splitting the text into an array of lines.
  const paragraphs: string[] = [];
  let paragraph = '';
  let started = false;
  let prevStart = 0;
  let prevEnd = 0;
  let prevTrailing = false;
  let blankSince = false;
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let a = lineStart;
    let b = lineEnd;
    while (a < b && isBlank(text.charCodeAt(a))) a++;
    if (a === b) {
      blankSince = started;
      lineStart = lineEnd + 1;
      continue;
    }
    while (isBlank(text.charCodeAt(b - 1))) b--;
    if (blankSince) {
      paragraphs.push(paragraph);
      paragraph = '';
    } else if (started) {
      paragraph += prevTrailing || a > lineStart ? ' ' : separator(text, prevStart, prevEnd, a, b);
    }
    paragraph += text.slice(a, b);
    started = true;
    prevStart = a;
    prevEnd = b;
    prevTrailing = b < lineEnd;
    blankSince = false;
    lineStart = lineEnd + 1;
  }
  if (started) paragraphs.push(paragraph);
  return paragraphs;
}

const isHyphenLetter = (c: number) =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
const isHyphenNext = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff);

/** separator for two separate trimmed lines. */
// What a web or e-mail address is made of (ASCII letters, digits and `./-_%?=&#~:@+`).
const ADDRESS_CHAR = codeTable('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./%?=&#~:@+-');

/** Whether `prev` stops inside a web or e-mail address the column broke (`登录 https://fl.qi` / `nghe.cn/yl`). */
function addressGoesOn(prev: string, line: string): boolean {
  // Most breaks are between Han characters: two table lookups settle them.
  if (!ADDRESS_CHAR.has(prev.charCodeAt(prev.length - 1)) || !ADDRESS_CHAR.has(line.charCodeAt(0)))
    return false;
  const token = prev.slice(Math.max(prev.lastIndexOf(' '), prev.lastIndexOf('\u3000')) + 1);
  return /(?:https?:\/\/|www\.)\S*$|^[\w.+-]+@\S*$/u.test(token.replace(/^.*[^\x21-\x7e]/u, ''));
}

function lineSeparator(prev: string, line: string): string {
  const before = prev.charCodeAt(prev.length - 1);
  const after = line.charCodeAt(0);
  if (addressGoesOn(prev, line)) return '';
  // Brackets hold what they enclose with no space (`总值(` / `GDP)`).
  if (before === 0x28 || after === 0x29) return '';
  if (isHan(before) && isHan(after) && isTokenLine(line, 0, line.length) && isTokenLine(prev, 0, prev.length))
    return ' ';
  if (before === 0x2d) return '';
  if (numberGoesOn(prev.charCodeAt(prev.length - 2), before, after)) return '';
  return isWide(before) || isWide(after) ? '' : ' ';
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Whether a break after `…lastButOne last` before `next` cuts a number at its point or comma (`石桥镇 2.` / `6 万亩`). */
function numberGoesOn(lastButOne: number, last: number, next: number): boolean {
  return (last === 0x2e || last === 0x2c) && isDigit(next) && isDigit(lastButOne);
}

const isAsciiWord = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Whether the break parts Han text from a Latin word or number (either way round). */
function latinBesideHan(prev: string, line: string): boolean {
  const before = prev.charCodeAt(prev.length - 1);
  const after = line.charCodeAt(0);
  return (isHan(before) && isAsciiWord(after)) || (isAsciiWord(before) && isHan(after));
}

/**
 * joinLines over lines already trimmed (none empty, none holding a line break), without
 * building their text: `joinLines(lines.join('\n'))`. A line is joined to the one before it
 * as separator reads the break, a Latin word hyphenated at the break rejoined (HYPHENATED).
 */
export function joinTrimmedLines(lines: readonly string[], spacedAfter?: readonly boolean[]): string {
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const line = lines[i];
    // A number or Latin word printed after a space that ended the line above (`增长 ` / `7.1%`)
    // keeps that space: the raw had one on that side (cjk-spaces' rule for Latin runs).
    if (spacedAfter?.[i - 1] && latinBesideHan(prev, line)) {
      out += ' ' + line;
      continue;
    }
    const n = prev.length;
    if (
      n >= 2 &&
      prev.charCodeAt(n - 1) === 0x2d &&
      isHyphenLetter(prev.charCodeAt(n - 2)) &&
      isHyphenNext(line.charCodeAt(0))
    )
      out = out.slice(0, -1) + line;
    else out += lineSeparator(prev, line) + line;
  }
  return out;
}

/** Joins lines broken at column width (see joinedParagraphs); paragraphs are separated by `\n\n`, and the whole is trimmed. Idempotent. */
export function joinLines(raw: string): string {
  return joinedParagraphs(raw).join('\n\n').trim();
}

/** The paragraphs of a text: lines joined (see joinLines), split at blank lines, none empty. */
export function splitParagraphs(text: string): string[] {
  const joined = joinLines(text);
  return joined === '' ? [] : joined.split('\n\n');
}
