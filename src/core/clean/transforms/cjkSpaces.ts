// Spaces OCR left between CJK characters (DOMAIN.md damage class 4): `带来巨大 挑战`,
// `意见建议 673 条`. Spaces that carry meaning survive: between Latin words, between
// names in a byline, after `本报讯`, inside a short quoted slogan (`“美好教育 学在二七”`),
// and in headline-like lines whose halves are separated by a space.

import * as patterns from '../patterns';
import { isWide as wide } from '../script';
import type { Transform } from '../types';

// Local bindings: module re-exports can cost a getter call on every use.
const isWide = wide;
const { BYLINE_BLOCK, BYLINE_RUN_SOURCE, DATELINE, HEADING } = patterns;

// Protected constructs are matched (and returned unchanged) before a bare space run can be.
const SPACES = new RegExp(
  `本报讯(?:[ \\u3000]*[(（][^()（）\\n]{0,40}[)）])?[ \\u3000]*|${BYLINE_RUN_SOURCE}|“[^”\\n]{1,20}”|[ \\u3000]+`,
  'gu',
);
// A line with no sentence punctuation at all and of headline length is a headline or a
// label: a space in it may separate the halves of a title.
const HEADLINE_LIKE = /^[^。！？!?；;，,]{1,48}$/u;
// More code units than this are more than 48 characters: no need to ask HEADLINE_LIKE.
const HEADLINE_MAX_UNITS = 96;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

const isSpace = (c: number) => c === 0x20 || c === 0x3000;

/** Whether a space between these two characters is one OCR left in Chinese text. */
const stray = (before: number, after: number) =>
  (isWide(before) && (isWide(after) || isDigit(after))) || (isDigit(before) && isWide(after));

/**
 * Drops the stray space runs of a line, keeping those inside the constructs SPACES
 * protects. An exec loop that copies only where a run is dropped: String.prototype.replace
 * with a callback costs nearly twice as much on a long paragraph.
 */
function dropStraySpaces(line: string): string {
  let out = '';
  let copied = 0;
  SPACES.lastIndex = 0;
  for (let m = SPACES.exec(line); m !== null; m = SPACES.exec(line)) {
    const at = m.index;
    const after = at + m[0].length;
    if (at === 0 || after === line.length || !isSpace(line.charCodeAt(at))) continue;
    if (stray(line.charCodeAt(at - 1), line.charCodeAt(after))) {
      out += line.slice(copied, at);
      copied = after;
    }
  }
  return copied === 0 ? line : out + line.slice(copied);
}

// Halves of a headline are phrases of four characters or more; a shorter piece beside a
// space is a word the OCR cut in two (`带来巨大 挑战`).
const MIN_HALF = 4;

function cleanHeadline(line: string): string {
  // A headline is short: one walk over it finds the space runs and the pieces between.
  let out = '';
  let copied = 0;
  let pieceStart = 0;
  let at = 0;
  while (at < line.length && !isSpace(line.charCodeAt(at))) at++;
  while (at < line.length) {
    let after = at + 1;
    while (after < line.length && isSpace(line.charCodeAt(after))) after++;
    let nextRun = after;
    while (nextRun < line.length && !isSpace(line.charCodeAt(nextRun))) nextRun++;
    const left = at - pieceStart;
    const right = nextRun - after;
    const wide = left > 0 && right > 0 && isWide(line.charCodeAt(at - 1)) && isWide(line.charCodeAt(after));
    if (wide && (left < MIN_HALF || right < MIN_HALF)) {
      out += line.slice(copied, at);
      copied = after;
    }
    pieceStart = after;
    at = nextRun;
  }
  return copied === 0 ? line : out + line.slice(copied);
}

/** Cleans a line known to hold a space between CJK characters (see removeCjkSpaces). */
function cleanLine(line: string): string {
  if (HEADING.test(line) || BYLINE_BLOCK.test(line)) return line;
  if (line.length <= HEADLINE_MAX_UNITS && HEADLINE_LIKE.test(line) && !DATELINE.test(line))
    return cleanHeadline(line);
  return dropStraySpaces(line);
}

/** True when the space run at `at` is `本报讯 `: that space is kept, so no reason to look closer. */
const afterDateline = (text: string, at: number) =>
  at >= 3 && (at === 3 || text.charCodeAt(at - 4) === 0x0a) && text.startsWith('本报讯', at - 3);

/**
 * Cleans the lines that have a space between CJK characters; the others are copied
 * untouched. One scan of the whole text (indexOf, no per-character loop) finds the space
 * runs and looks at their neighbours: only a line with a stray one is cut out and cleaned.
 */
export function removeCjkSpaces(text: string): string {
  const out: string[] = [];
  let copied = 0;
  let ascii = text.indexOf(' ');
  let ideographic = text.indexOf('\u3000');
  while (ascii !== -1 || ideographic !== -1) {
    const at = ascii === -1 ? ideographic : ideographic === -1 ? ascii : Math.min(ascii, ideographic);
    let after = at + 1;
    while (after < text.length && isSpace(text.charCodeAt(after))) after++;
    let from = after;
    // A run at the start or end of a line has the line break (or nothing) beside it.
    if (
      at > 0 &&
      after < text.length &&
      stray(text.charCodeAt(at - 1), text.charCodeAt(after)) &&
      !afterDateline(text, at)
    ) {
      const start = text.lastIndexOf('\n', at) + 1;
      let end = text.indexOf('\n', after);
      if (end === -1) end = text.length;
      const line = text.slice(start, end);
      const cleaned = cleanLine(line);
      if (cleaned !== line) {
        out.push(text.slice(copied, start), cleaned);
        copied = end;
      }
      from = end;
    }
    if (ascii !== -1 && ascii < from) ascii = text.indexOf(' ', from);
    if (ideographic !== -1 && ideographic < from) ideographic = text.indexOf('\u3000', from);
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}

export const cjkSpaces: Transform = {
  id: 'cjk-spaces',
  name: 'clean.transform.cjkSpaces',
  defaultOn: true,
  fields: ['paragraph', 'caption'],
  apply: (text) => ({ text: removeCjkSpaces(text) }),
};
