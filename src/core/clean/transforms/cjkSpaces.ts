// Spaces OCR left between CJK characters (DOMAIN.md damage class 4): `带来巨大 挑战`,
// `意见建议 673 条`. Spaces that carry meaning survive: between Latin words, between
// names in a byline, after `本报讯`, inside a short quoted slogan (`“美好教育 学在二七”`),
// and in headline-like lines whose halves are separated by a space.

import { BYLINE_RUN_SOURCE, HEADING } from '../patterns';
import { isWide } from '../script';
import type { Transform } from '../types';

// Protected constructs are matched (and returned unchanged) before a bare space run can be.
const SPACES = new RegExp(
  `本报讯(?:[ \\u3000]*[(（][^()（）\\n]{0,40}[)）])?[ \\u3000]*|${BYLINE_RUN_SOURCE}|“[^”\\n]{1,20}”|[ \\u3000]+`,
  'gu',
);
// A line with no sentence punctuation at all and of headline length is a headline or a
// label: its inner space separates the halves of a title.
const HEADLINE_LIKE = /^[^。！？!?；;，,]{1,48}$/u;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

function dropSpace(match: string, offset: number, line: string): string {
  const first = match.charCodeAt(0);
  if (first !== 0x20 && first !== 0x3000) return match;
  if (offset === 0 || offset + match.length === line.length) return match;
  const before = line.charCodeAt(offset - 1);
  const after = line.charCodeAt(offset + match.length);
  const drop = (isWide(before) && (isWide(after) || isDigit(after))) || (isDigit(before) && isWide(after));
  return drop ? '' : match;
}

function cleanLine(line: string): string {
  if (line.indexOf(' ') === -1 && line.indexOf('\u3000') === -1) return line;
  if (HEADING.test(line) || HEADLINE_LIKE.test(line)) return line;
  return line.replace(SPACES, dropSpace);
}

export function removeCjkSpaces(text: string): string {
  return text.replace(/[^\n]+/g, cleanLine);
}

export const cjkSpaces: Transform = {
  id: 'cjk-spaces',
  name: 'clean.transform.cjkSpaces',
  defaultOn: true,
  fields: ['paragraph', 'caption'],
  apply: (text) => ({ text: removeCjkSpaces(text) }),
};
