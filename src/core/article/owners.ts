// Who owns which raw text. The one-owner rule: a raw character belongs to at most one
// field of one article, or to the furniture.

import { fieldsOf } from '../model';
import type { Span } from '../model';
import { intersect, normalise } from './spans';
import type { Owner, PageArticles } from './state';

export interface Ownership {
  owner: Owner;
  /** The part of the asked-for ranges this owner holds. */
  spans: Span[];
}

/** Every owner in the page with the spans it holds (furniture first, then articles in order). */
export function* owned(state: PageArticles): Generator<Ownership> {
  if (state.furniture.length > 0) yield { owner: { kind: 'furniture' }, spans: [...state.furniture] };
  for (const article of state.articles) {
    for (const [field, f] of fieldsOf(article)) {
      if (f.spans.length > 0)
        yield { owner: { kind: 'field', articleId: article.id, field }, spans: f.spans };
    }
  }
}

/** The owners of any part of `ranges`, each with the part it holds. Empty when the text is free. */
export function ownersOf(state: PageArticles, ranges: readonly Span[]): Ownership[] {
  const want = normalise(ranges);
  const out: Ownership[] = [];
  for (const { owner, spans } of owned(state)) {
    const hit = intersect(spans, want);
    if (hit.length > 0) out.push({ owner, spans: hit });
  }
  return out;
}

/** All spans owned by anyone. */
export function allOwned(state: PageArticles): Span[] {
  const spans: Span[] = [];
  for (const o of owned(state)) spans.push(...o.spans);
  return normalise(spans);
}
