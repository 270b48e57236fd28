// Taking raw text away from whoever owns it (the "move" half of assign, unassigning).

import type { Article, FieldRef, Span, TextField } from '../model';
import { fieldsOf } from '../model';
import type { Choice, NeedsChoice } from './provenance';
import { takeFromField } from './provenance';
import { equal, normalise, subtract } from './spans';
import type { PageArticles } from './state';
import { sameRef, withField } from './state';

export interface Released {
  state: PageArticles;
  /** Fields emptied (no text, no spans), to be pruned from lists once the receiving field is placed. */
  emptied: Set<TextField>;
  /** Fields whose text has no clean cut and no answer in `choices` (their `keep` version is in `state`). */
  needs: NeedsChoice[];
}

/**
 * Removes `ranges` from every owner except `keep` (the field that is about to receive
 * them). Each field loses exactly the characters of its text read from the raw text taken
 * (see provenance.ts): an uncorrected field says what its remaining spans say, a corrected
 * one keeps every other correction. A field with no clean cut takes the version `choices`
 * picks for it; without an answer it is listed in `needs`.
 */
export function release(
  state: PageArticles,
  raw: string,
  ranges: readonly Span[],
  now: number,
  keep?: { articleId: string; field: FieldRef },
  choices: readonly Choice[] = [],
): Released {
  const cut = normalise(ranges);
  const emptied = new Set<TextField>();
  const needs: NeedsChoice[] = [];
  const articles = state.articles.map((article) => {
    let next: Article = article;
    for (const [ref, field] of fieldsOf(article)) {
      if (keep && keep.articleId === article.id && sameRef(keep.field, ref)) continue;
      const spans = subtract(field.spans, cut);
      if (equal(spans, field.spans)) continue;
      const taken = takeFromField(raw, field, cut);
      let replaced: TextField;
      if (taken.kind === 'clean') replaced = taken.field;
      else {
        const answer = choices.find((c) => c.articleId === article.id && sameRef(c.field, ref));
        if (!answer)
          needs.push({
            articleId: article.id,
            field: ref,
            before: field.text,
            keep: taken.keep.text,
            drop: taken.drop.text,
          });
        replaced = answer?.pick === 'drop' ? taken.drop : taken.keep;
      }
      if (replaced.text === '' && replaced.spans.length === 0) emptied.add(replaced);
      next = withField(next, ref, replaced);
    }
    return next === article ? article : { ...next, updatedAt: now };
  });
  const furniture = subtract(state.furniture, cut);
  return {
    state: { ...state, articles, furniture: equal(furniture, state.furniture) ? state.furniture : furniture },
    emptied,
    needs,
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
