// Joining lines that OCR broke at column width (DOMAIN.md damage class 1). Used when raw
// text is assigned to a field, by the "join broken lines" transform and by segmentation.

import { isHan as han, isWide as wide } from './script';

// Local bindings: these run once per line break, and module re-exports can cost a getter call.
const isHan = han;
const isWide = wide;

// `inter-` / `national`: a Latin word hyphenated at the line end (lower case continues it).
const HYPHENATED = /(?<=[A-Za-z\u00c0-\u024f])-[ \t]*\n[ \t]*(?=[a-z\u00df-\u00ff])/g;

// A line of short words separated by spaces: names in a byline (`记者 王赛华` / `经开时报
// 李洪永`). Two such lines in a row are joined with a space, or two names would fuse.
const TOKEN = '(?:[\\p{Script=Han}·]{1,6}|文\\/图)';
const TOKEN_LINE = new RegExp(`^${TOKEN}(?:[ \\u3000]+${TOKEN})+$`, 'u');

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000;

function isTokenLine(line: string): boolean {
  // Cheap refusal first: a token line has a space within its first seven characters.
  for (let i = 1; i < 8 && i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x20 || c === 0x3000) return TOKEN_LINE.test(line);
  }
  return false;
}

/** What replaces a single line break between two (trimmed) lines. */
function separator(prev: string, next: string): string {
  const before = prev.charCodeAt(prev.length - 1);
  const after = next.charCodeAt(0);
  if (isHan(before) && isHan(after) && isTokenLine(next) && isTokenLine(prev)) return ' ';
  // A hyphen kept at the line end (`well-` / `Known`) still binds the two halves.
  if (before === 0x2d) return '';
  return isWide(before) || isWide(after) ? '' : ' ';
}

/**
 * Joins lines broken at column width: no space between CJK characters, one space between
 * Latin words, Latin words hyphenated at the line end rejoined. A space the OCR kept beside
 * a break (a markdown hard break `鲁慧  `) is a real gap and becomes one space. Blank lines
 * (one or more, whitespace-only included) become one paragraph break `\n\n`. Leading and
 * trailing whitespace is trimmed. Idempotent.
 */
export function joinLines(raw: string): string {
  const text = raw.indexOf('-') === -1 ? raw : raw.replace(HYPHENATED, '');
  if (text.indexOf('\n') === -1) return text.trim();
  // Splitting at newlines and deciding on line ends is much cheaper than a regex match per
  // break: a column-broken page has a break every dozen characters.
  const out: string[] = [];
  let prev = '';
  let prevTrailing = false;
  let blankSince = false;
  for (const line of text.split('\n')) {
    let a = 0;
    let b = line.length;
    while (a < b && isBlank(line.charCodeAt(a))) a++;
    if (a === b) {
      blankSince = out.length > 0;
      continue;
    }
    while (isBlank(line.charCodeAt(b - 1))) b--;
    const trimmed = a === 0 && b === line.length ? line : line.slice(a, b);
    if (out.length > 0) {
      const sep = blankSince ? '\n\n' : prevTrailing || a > 0 ? ' ' : separator(prev, trimmed);
      if (sep !== '') out.push(sep);
    }
    out.push(trimmed);
    prev = trimmed;
    prevTrailing = b < line.length;
    blankSince = false;
  }
  return out.join('').trim();
}

/** The paragraphs of a text: lines joined (see joinLines), split at blank lines, none empty. */
export function splitParagraphs(text: string): string[] {
  const joined = joinLines(text);
  return joined === '' ? [] : joined.split('\n\n');
}
