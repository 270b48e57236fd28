// Spaces OCR left between CJK characters (DOMAIN.md damage class 4): `带来巨大 挑战`,
// `意见建议 673 条`. Spaces that carry meaning survive: between Latin words, between
// names in a byline, after `本报讯`, inside a short quoted slogan (`“美好教育 学在二七”`),
// and in headline-like lines whose halves are separated by a space.

import { BYLINE_BLOCK, BYLINE_RUN_SOURCE, DATELINE, HEADING } from '../patterns';
import { isWide as wide } from '../script';
import type { Transform } from '../types';

// A local binding: module re-exports can cost a getter call on every use.
const isWide = wide;

// Protected constructs are matched (and returned unchanged) before a bare space run can be.
const SPACES = new RegExp(
  `本报讯(?:[ \\u3000]*[(（][^()（）\\n]{0,40}[)）])?[ \\u3000]*|${BYLINE_RUN_SOURCE}|“[^”\\n]{1,20}”|[ \\u3000]+`,
  'gu',
);
// A line with no sentence punctuation at all and of headline length is a headline or a
// label: a space in it may separate the halves of a title.
const HEADLINE_LIKE = /^[^。！？!?；;，,]{1,48}$/u;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

const isSpace = (c: number) => c === 0x20 || c === 0x3000;

/** Whether a space between these two characters is one OCR left in Chinese text. */
const stray = (before: number, after: number) =>
  (isWide(before) && (isWide(after) || isDigit(after))) || (isDigit(before) && isWide(after));

function dropSpace(match: string, offset: number, line: string): string {
  if (!isSpace(match.charCodeAt(0))) return match;
  if (offset === 0 || offset + match.length === line.length) return match;
  return stray(line.charCodeAt(offset - 1), line.charCodeAt(offset + match.length)) ? '' : match;
}

/** Cheap check before the protected-construct regex: does any space sit between CJK characters? */
function hasStraySpace(line: string): boolean {
  for (let i = 1; i < line.length - 1; i++) {
    if (!isSpace(line.charCodeAt(i))) continue;
    // `本报讯 ` keeps its space: not a reason to look closer.
    if (i === 3 && line.startsWith('本报讯')) continue;
    let j = i;
    while (j < line.length && isSpace(line.charCodeAt(j))) j++;
    if (j < line.length && stray(line.charCodeAt(i - 1), line.charCodeAt(j))) return true;
    i = j;
  }
  return false;
}

// Halves of a headline are phrases of four characters or more; a shorter piece beside a
// space is a word the OCR cut in two (`带来巨大 挑战`).
const MIN_HALF = 4;

function cleanHeadline(line: string): string {
  const parts = line.split(/([ \u3000]+)/);
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) {
    const left = parts[k - 1];
    const right = parts[k + 1];
    const wide = isWide(left.charCodeAt(left.length - 1)) && isWide(right.charCodeAt(0));
    out += (wide && (left.length < MIN_HALF || right.length < MIN_HALF) ? '' : parts[k]) + right;
  }
  return out;
}

function cleanLine(line: string): string {
  if (!hasStraySpace(line)) return line;
  if (HEADING.test(line) || BYLINE_BLOCK.test(line)) return line;
  if (HEADLINE_LIKE.test(line) && !DATELINE.test(line)) return cleanHeadline(line);
  return line.replace(SPACES, dropSpace);
}

const SPACE = /[ \u3000]/g;

/** Cleans the lines that have a space in them; the others are copied untouched. */
export function removeCjkSpaces(text: string): string {
  const out: string[] = [];
  let copied = 0;
  SPACE.lastIndex = 0;
  for (let m = SPACE.exec(text); m !== null; m = SPACE.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    let end = text.indexOf('\n', m.index);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    const cleaned = cleanLine(line);
    if (cleaned !== line) {
      out.push(text.slice(copied, start), cleaned);
      copied = end;
    }
    SPACE.lastIndex = end;
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
