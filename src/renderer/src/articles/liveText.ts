// The current article's card is drawn once per change of its shape (fields, spans,
// status, order) and not per keystroke: what typing changes, the text of a field and the
// headline made from it, each part of the card reads from the session for itself. A field
// puts the session's text into its textarea without a render (FieldEditor), so a keystroke
// renders nothing but the headline when it changes, and an undo or a replace still
// rewrites every field whose text it changes.

import { useState, useSyncExternalStore } from 'react';
import type { PageArticles } from '../../../core/article';
import { getField, type Article, type FieldRef } from '../../../core/model';
import type { ArticleSession } from './session/ArticleSession';
import { sameFieldSpans } from './session/sameSpans';

/** The page's articles as they are now, and word of every change. */
export interface LiveArticles {
  subscribe: (listener: () => void) => () => void;
  article: (articleId: string) => Article | undefined;
}

export function liveArticles(session: ArticleSession): LiveArticles {
  // Every field of the current card asks for its one article after each keystroke, each
  // time in a new state: the last answer is kept, instead of an index of the page's
  // articles built per keystroke (allocation the garbage collector then pays for).
  let last: { state: PageArticles; article: Article } | undefined;
  return {
    subscribe: session.subscribe,
    article: (articleId) => {
      const state = session.getSnapshot().state;
      if (last?.state === state && last.article.id === articleId) return last.article;
      const article = state.articles.find((a) => a.id === articleId);
      if (article) last = { state, article };
      return article;
    },
  };
}

const never = () => () => {};

/** What `read` makes of the article as it is now; of `fallback` with no live source or once it is gone. */
export function useLive<T>(
  live: LiveArticles | undefined,
  fallback: Article,
  read: (article: Article) => T,
): T {
  const get = () => read(live?.article(fallback.id) ?? fallback);
  return useSyncExternalStore(live ? live.subscribe : never, get);
}

/** The text of one field as it is now (`fallback` with no live source, or once it is gone). */
export function liveFieldText(
  live: LiveArticles | undefined,
  articleId: string,
  field: FieldRef,
  fallback: string,
): string {
  const a = live?.article(articleId);
  return a ? (getField(a, field)?.text ?? fallback) : fallback;
}

/** Same but for the text of its fields (and the time of the change): what a card draws apart from the text. */
export function sameShape(a: Article, b: Article): boolean {
  if (a === b) return true;
  if (
    a.id !== b.id ||
    a.pageId !== b.pageId ||
    a.order !== b.order ||
    a.status !== b.status ||
    a.reviewer !== b.reviewer ||
    a.reviewedAt !== b.reviewedAt ||
    a.createdAt !== b.createdAt
  )
    return false;
  return sameFieldSpans(a, b);
}

/** The article to draw the current card from: the one drawn last while only field texts changed. */
export function useShapeOf(article: Article | undefined): Article | undefined {
  const [drawn, setDrawn] = useState(article);
  if (article === drawn || (article && drawn && sameShape(drawn, article))) return drawn;
  // React's way to keep a value derived from the previous render: set while rendering.
  setDrawn(article);
  return article;
}
