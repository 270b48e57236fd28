// Continuation and jump marks (转版标记, DOMAIN.md): a circled article number and the page
// it continues on (`①5`, `②2`), or a spelled-out `（下转第2版）` / `（上接第1版）`. They
// are page furniture inside the text flow: removed from the text, reported so the article
// can keep them in its notes (see moveContinuationMarks for the article-level version).

import type { CleanReport, Transform, TransformResult } from '../types';

// Printed forms vary from paper to paper and OCR sets spaces inside them: `①5`, `① 5`,
// `（下转第2版）`, `（下转第 2 版）`, `(转 3 版)`, `（紧转第3版）` (continued on the next page),
// `（转A3版）`. The page is a number or a spelled-out one, maybe after a section letter.
const GAP = '[ \\t\\u3000]*';
const PAGE = `第?${GAP}(?:[A-D]?\\d{1,3}|[一二三四五六七八九十]{1,3})${GAP}版`;
const MARK_SOURCE = `[\\u2460-\\u2473][ \\u3000]?\\d{1,2}版?|[（(]${GAP}(?:[上下紧]?[转接]|转至|接上)${GAP}${PAGE}${GAP}[）)]`;

const LEADING_SOURCE = `[（(]${GAP}(?:[上紧]?接|接上)${GAP}${PAGE}${GAP}[）)]`;

/** Marks closing a line (paragraph end), with the spaces around them. */
export const TRAILING_MARKS = new RegExp(`[ \\t\\u3000]*(?:(?:${MARK_SOURCE})[ \\t\\u3000]*)+$`, 'u');
/** A `（上接第1版）` opening a line. */
export const LEADING_MARK = new RegExp(`^[ \\t\\u3000]*${LEADING_SOURCE}[ \\t\\u3000]*`, 'u');

// Candidates start with a circled number or a bracket, so the search skips ahead quickly;
// each is then checked to close its line (or, for `（上接…）`, to open it).
const CANDIDATE = new RegExp(
  `(?:${MARK_SOURCE})(?:[ \\t\\u3000]*(?:${MARK_SOURCE}))*[ \\t\\u3000]*(?=\\n|$)|${LEADING_SOURCE}`,
  'gu',
);

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;

// Every mark holds a circled number, or a 版 that closes a bracket (`（下转第2版）`): a text
// with neither (most pages, even those that speak of a 版面) needs no search for candidates,
// whose many failed tries at each bracket cost more than these scans.
const CIRCLED = /[\u2460-\u2473]/;

function mayHoldMarks(text: string): boolean {
  for (let i = text.indexOf('版'); i !== -1; i = text.indexOf('版', i + 1)) {
    let after = i + 1;
    while (isBlank(text.charCodeAt(after))) after++;
    const next = text.charCodeAt(after);
    if (next === 0xff09 || next === 0x29) return true;
  }
  return CIRCLED.test(text);
}

export function removeContinuationMarks(text: string): TransformResult {
  if (!mayHoldMarks(text)) return { text };
  const reports: CleanReport[] = [];
  const parts: string[] = [];
  let copied = 0;
  let removed = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start > copied && isBlank(text.charCodeAt(start - 1))) start--;
    const closesLine = end === text.length || text.charCodeAt(end) === 0x0a;
    const opensLine = start === 0 || text.charCodeAt(start - 1) === 0x0a;
    if (!closesLine) {
      if (!opensLine) continue;
      while (end < text.length && isBlank(text.charCodeAt(end))) end++;
    }
    let alone = false;
    if (closesLine && opensLine) {
      // A mark that is a paragraph of its own takes its paragraph break with it.
      const lineStart = start;
      if (start > copied) while (start > copied && text.charCodeAt(start - 1) === 0x0a) start--;
      else while (end < text.length && text.charCodeAt(end) === 0x0a) end++;
      // A mark on a line of its own between two lines of text parts them as structure.ts
      // reads it: what is above ends there, what is under it goes on from another page.
      alone = lineStart - start === 1 && end + 1 < text.length && text.charCodeAt(end + 1) !== 0x0a;
    }
    // A mark ends its paragraph: the line after it starts a new one (`常。①5` / `柳塘街道…`).
    const breaks =
      alone || (closesLine && !opensLine && end + 1 < text.length && text.charCodeAt(end + 1) !== 0x0a);
    parts.push(text.slice(copied, start));
    if (breaks) parts.push('\n');
    reports.push({
      transform: 'continuation-marks',
      kind: 'continuation-mark',
      offset: start - removed,
      text: text.slice(start, end).trim(),
    });
    removed += end - start - (breaks ? 1 : 0);
    copied = end;
    CANDIDATE.lastIndex = end;
  }
  if (parts.length === 0) return { text };
  parts.push(text.slice(copied));
  return { text: parts.join(''), reports };
}

export const continuationMarks: Transform = {
  id: 'continuation-marks',
  name: 'clean.transform.continuationMarks',
  defaultOn: true,
  fields: ['paragraph', 'caption'],
  apply: removeContinuationMarks,
};
