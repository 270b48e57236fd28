// Where a hit in raw text sits now: in a field (still as OCR printed it, corrected
// already, or changed some other way), in text marked not article text, or in text not
// yet marked (proposed once it becomes a field).

import { alignField, type FieldAlignment } from '../clean/align';
import type { PageArticles } from '../article/state';
import { fieldsOf, type ArticleStatus, type FieldRef, type TextField } from '../model';
import { folded } from './fold';
import { hitEnd } from './match';
import type { Correction } from './types';

export type HitPlace =
  | {
      kind: 'field';
      articleId: string;
      field: FieldRef;
      status: ArticleStatus;
      /** The hit's text in the field: [textStart, textEnd). */
      textStart: number;
      textEnd: number;
      /** open: reads `from` (a proposal); done: reads `to`; other: changed another way. */
      state: 'open' | 'done' | 'other';
    }
  | { kind: 'furniture' }
  | { kind: 'unassigned' };

const alignments = new WeakMap<TextField, FieldAlignment>();

function alignmentOf(field: TextField, raw: string): FieldAlignment {
  let a = alignments.get(field);
  if (!a) alignments.set(field, (a = alignField(field, raw)));
  return a;
}

function covers(field: TextField, start: number, end: number): boolean {
  return field.spans.some((s) => s.start < end && s.end > start);
}

/** The first index of the sorted `ink` at or after `offset`. */
function inkFrom(ink: readonly number[], offset: number): number {
  let lo = 0;
  let hi = ink.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ink[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The text range the raw range [start, end) reads as in `field`. An end character the
 * archivist replaced or deleted is not read from raw: the range then reaches to the
 * nearest character that is (so a corrected hit reads as its correction).
 */
function textRange(field: TextField, raw: string, start: number, end: number): [number, number] | null {
  const { ink, toText } = alignmentOf(field, raw);
  const i0 = inkFrom(ink, start);
  const i1 = inkFrom(ink, end) - 1;
  if (i1 < i0) return null;
  let t0 = toText[i0] ?? -1;
  if (t0 < 0) {
    let i = i0 - 1;
    while (i >= 0 && (toText[i] ?? -1) < 0) i--;
    t0 = i < 0 ? 0 : (toText[i] ?? 0) + 1;
  }
  let t1 = toText[i1] ?? -1;
  if (t1 >= 0) t1 += 1;
  else {
    let i = i1 + 1;
    while (i < ink.length && (toText[i] ?? -1) < 0) i++;
    t1 = i < ink.length ? (toText[i] ?? field.text.length) : field.text.length;
  }
  return t1 <= t0 ? null : [t0, t1];
}

/** Where the hit of `c` at raw offset `start` sits in the page's articles. */
export function placeOf(state: PageArticles, raw: string, start: number, c: Correction): HitPlace {
  const end = hitEnd(raw, start, c);
  for (const article of state.articles) {
    for (const [field, f] of fieldsOf(article)) {
      if (!covers(f, start, end)) continue;
      const range = textRange(f, raw, start, end);
      const base = { kind: 'field' as const, articleId: article.id, field, status: article.status };
      if (!range) return { ...base, textStart: 0, textEnd: 0, state: 'other' };
      const [t0, t1] = range;
      // A field not yet joined by cleanup still holds the line break the hit straddles.
      const read = folded(f.text.slice(t0, t1));
      const s = read === c.from ? 'open' : read === c.to ? 'done' : 'other';
      return { ...base, textStart: t0, textEnd: t1, state: s };
    }
  }
  if (state.furniture.some((s) => s.start < end && s.end > start)) return { kind: 'furniture' };
  return { kind: 'unassigned' };
}
