// Joining lines that OCR broke at column width (DOMAIN.md damage class 1). Used when raw
// text is assigned to a field, by the "join broken lines" transform and by segmentation.

import { replaceMatches } from './replace';
import { isHan as han, isWide as wide } from './script';

// Local bindings: these run once per line break, and module re-exports can cost a getter call.
const isHan = han;
const isWide = wide;

// A line break with the horizontal whitespace around it, or a run of blank lines (a
// paragraph break). One pass over the text; the decision only looks at neighbours.
const BREAK = /[ \t\r\u3000]*\n[ \t\r\u3000\n]*/g;
// `inter-` / `national`: a Latin word hyphenated at the line end (lower case continues it).
const HYPHENATED = /(?<=[A-Za-z\u00c0-\u024f])-[ \t]*\n[ \t]*(?=[a-z\u00df-\u00ff])/g;

// A line of short words separated by spaces: names in a byline (`记者 王赛华` / `经开时报
// 李洪永`). Two such lines in a row are joined with a space, or two names would fuse.
const TOKEN = '(?:[\\p{Script=Han}·]{1,6}|文\\/图)';
const TOKEN_LINE = new RegExp(`${TOKEN}(?:[ \\u3000]+${TOKEN})+[ \\t\\u3000]*(?:\\n|$)`, 'uy');

function isTokenLine(text: string, start: number): boolean {
  // Cheap refusal first: a token line has a space within its first seven characters.
  let space = false;
  for (let i = start + 1; i < start + 8 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return false;
    if (c === 0x20 || c === 0x3000) {
      space = true;
      break;
    }
  }
  if (!space) return false;
  TOKEN_LINE.lastIndex = start;
  return TOKEN_LINE.test(text);
}

function joinBreak(m: RegExpExecArray, text: string): string {
  const match = m[0];
  const offset = m.index;
  const end = offset + match.length;
  // Breaks at either end of the text disappear (edges are trimmed afterwards anyway).
  if (offset === 0 || end === text.length) return '';
  // Two newlines in one match: a blank line between (whitespace-only counts): a paragraph break.
  if (match.indexOf('\n', match.indexOf('\n') + 1) !== -1) return '\n\n';
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(end);
  // A space the OCR kept beside the break (e.g. a markdown hard break `鲁慧  `) is a real gap.
  const hadSpace = match.length > 1;
  if (hadSpace) return ' ';
  if (isHan(before) && isHan(after) && isTokenLine(text, end)) {
    if (isTokenLine(text, text.lastIndexOf('\n', offset - 1) + 1)) return ' ';
  }
  // A hyphen kept at the line end (`well-` / `Known`) still binds the two halves.
  if (before === 0x2d) return '';
  return isWide(before) || isWide(after) ? '' : ' ';
}

/**
 * Joins lines broken at column width: no space between CJK characters, one space between
 * Latin words, Latin words hyphenated at the line end rejoined. Blank lines (one or more)
 * become one paragraph break `\n\n`. Leading and trailing whitespace is trimmed. Idempotent.
 */
export function joinLines(raw: string): string {
  const unhyphenated = raw.indexOf('-') === -1 ? raw : raw.replace(HYPHENATED, '');
  return replaceMatches(unhyphenated, BREAK, joinBreak).trim();
}

/** The paragraphs of a text: lines joined (see joinLines), split at blank lines, none empty. */
export function splitParagraphs(text: string): string[] {
  const joined = joinLines(text);
  return joined === '' ? [] : joined.split('\n\n');
}
