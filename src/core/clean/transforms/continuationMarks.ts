// Continuation and jump marks (转版标记, DOMAIN.md): a circled article number and the page
// it continues on (`①5`, `②2`), or a spelled-out `（下转第2版）` / `（上接第1版）`. They
// are page furniture inside the text flow: removed from the text, reported so the article
// can keep them in its notes (see moveContinuationMarks for the article-level version).

import type { CleanReport, Transform, TransformResult } from '../types';

const MARK_SOURCE = '[\\u2460-\\u2473]\\d{1,2}版?|[（(](?:[上下]?转|[上下]?接)第?[\\d一二三四五六七八九十]{1,3}版[）)]';

const LEADING_SOURCE = '[（(]上?接第?[\\d一二三四五六七八九十]{1,3}版[）)]';

/** Marks closing a line (paragraph end), with the spaces around them. */
export const TRAILING_MARKS = new RegExp(`[ \\t\\u3000]*(?:(?:${MARK_SOURCE})[ \\t\\u3000]*)+$`, 'u');
/** A `（上接第1版）` opening a line. */
export const LEADING_MARK = new RegExp(`^[ \\t\\u3000]*${LEADING_SOURCE}[ \\t\\u3000]*`, 'u');

const MARKS = new RegExp(
  `[ \\t\\u3000]*(?:(?:${MARK_SOURCE})[ \\t\\u3000]*)+$|^[ \\t\\u3000]*${LEADING_SOURCE}[ \\t\\u3000]*`,
  'gmu',
);

export function removeContinuationMarks(text: string): TransformResult {
  const reports: CleanReport[] = [];
  let removed = 0;
  const out = text.replace(MARKS, (match: string, offset: number) => {
    reports.push({ transform: 'continuation-marks', kind: 'continuation-mark', offset: offset - removed, text: match.trim() });
    removed += match.length;
    return '';
  });
  return reports.length > 0 ? { text: out, reports } : { text: out };
}

export const continuationMarks: Transform = {
  id: 'continuation-marks',
  name: 'clean.transform.continuationMarks',
  defaultOn: true,
  fields: ['paragraph', 'caption'],
  apply: removeContinuationMarks,
};
