// Taking raw text away from whoever owns it (the "move" half of assign).

import type { Article, FieldRef, Span, TextField } from '../model';
import { fieldsOf } from '../model';
import { equal, normalise, subtract } from './spans';
import type { PageArticles } from './state';
import { sameRef, withField } from './state';
import { mapsExactly, tidyText } from './tidy';

/**
 * Removes `ranges` from every owner except `keep` (the field that is about to receive
 * them). A field whose text still says exactly what its raw spans say gets its text
 * recomputed from the spans it keeps; a field the archivist has corrected keeps its text
 * and only loses the provenance. Returns the fields emptied this way (to be pruned from
 * lists once the receiving field has been placed).
 */
export function release(
  state: PageArticles,
  raw: string,
  ranges: readonly Span[],
  now: number,
  keep?: { articleId: string; field: FieldRef },
): { state: PageArticles; emptied: Set<TextField> } {
  const cut = normalise(ranges);
  const emptied = new Set<TextField>();
  const articles = state.articles.map((article) => {
    let next: Article = article;
    for (const [ref, field] of fieldsOf(article)) {
      if (keep && keep.articleId === article.id && sameRef(keep.field, ref)) continue;
      const spans = subtract(field.spans, cut);
      if (equal(spans, field.spans)) continue;
      const text = mapsExactly(raw, field.text, field.spans) ? tidyText(raw, spans) : field.text;
      const replaced: TextField = { text, spans };
      if (text === '' && spans.length === 0) emptied.add(replaced);
      next = withField(next, ref, replaced);
    }
    return next === article ? article : { ...next, updatedAt: now };
  });
  const furniture = subtract(state.furniture, cut);
  return {
    state: { ...state, articles, furniture: equal(furniture, state.furniture) ? state.furniture : furniture },
    emptied,
  };
}

/** Drops emptied list items (paragraphs, captions, notes) from the articles that hold them. */
export function prune(state: PageArticles, emptied: Set<TextField>): PageArticles {
  if (emptied.size === 0) return state;
  const articles = state.articles.map((a) => {
    const keep = (f: TextField) => !emptied.has(f);
    if (a.paragraphs.every(keep) && a.captions.every(keep) && a.notes.every(keep)) return a;
    return {
      ...a,
      paragraphs: a.paragraphs.filter(keep),
      captions: a.captions.filter(keep),
      notes: a.notes.filter(keep),
    };
  });
  return { ...state, articles };
}
