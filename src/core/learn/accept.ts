// Accepting proposals: the hit's text in its field becomes the correction's `to`. Each
// hit is found again on the current text, so a proposal gone stale changes nothing.

import { findArticle, type PageArticles } from '../article/state';
import { setFieldText } from '../article/edit';
import { getField, type FieldRef } from '../model';
import { folded } from './fold';
import type { Correction } from './types';

export interface Acceptance {
  articleId: string;
  field: FieldRef;
  /** Where `correction.from` stands in the field's text: [textStart, textEnd), a line break inside or not. */
  textStart: number;
  textEnd: number;
  correction: Correction;
}

/** The page's articles with every acceptance written into its field (later ones first). */
export function acceptHits(state: PageArticles, accepted: readonly Acceptance[], now: number): PageArticles {
  const byEnd = [...accepted].sort((a, b) => b.textStart - a.textStart);
  let next = state;
  for (const a of byEnd) {
    const article = findArticle(next, a.articleId);
    const field = article && getField(article, a.field);
    if (!field) continue;
    const { from, to } = a.correction;
    if (folded(field.text.slice(a.textStart, a.textEnd)) !== from) continue;
    const text = field.text.slice(0, a.textStart) + to + field.text.slice(a.textEnd);
    next = setFieldText(next, a.articleId, a.field, text, now);
  }
  return next;
}
