// The status flow of an article: draft → corrected → reviewed. Marking reviewed records
// who and when; any change to what a reviewed article says (typing, assigning, merging,
// splitting, restoring a revision) brings it back to corrected, because the review no
// longer covers the text. Reordering alone keeps the review: the words are the same.

import type { PageArticles } from './state';
import { CONTENT_KEYS, type Article, type ArticleContent, type ArticleStatus } from '../model';

/** Whether two versions of an article say different things (article operations copy what they change). */
export function contentChanged(before: ArticleContent, after: ArticleContent): boolean {
  return CONTENT_KEYS.some((k) => before[k] !== after[k]);
}

function withStatus(article: Article, status: ArticleStatus, now: number, reviewer?: string): Article {
  const { reviewer: _r, reviewedAt: _t, ...rest } = article;
  void _r;
  void _t;
  if (status !== 'reviewed') return { ...rest, status, updatedAt: now };
  const next: Article = { ...rest, status, reviewedAt: now, updatedAt: now };
  const name = reviewer?.trim();
  if (name) next.reviewer = name;
  return next;
}

/** Sets an article's status; reviewed records the reviewer and the time, other statuses clear them. */
export function markStatus(
  state: PageArticles,
  articleId: string,
  status: ArticleStatus,
  now: number,
  reviewer?: string,
): PageArticles {
  const article = state.articles.find((a) => a.id === articleId);
  if (!article) return state;
  if (
    article.status === status &&
    (status !== 'reviewed' || article.reviewer === (reviewer?.trim() || undefined))
  ) {
    return state;
  }
  const next = withStatus(article, status, now, reviewer);
  return { ...state, articles: state.articles.map((a) => (a.id === articleId ? next : a)) };
}

/**
 * `after` with every article that was reviewed in `before` and whose content changed on
 * the way brought back to corrected. Untouched articles stay the same objects.
 */
export function reopenEdited(before: PageArticles, after: PageArticles, now: number): PageArticles {
  if (before === after) return after;
  const old = new Map(before.articles.map((a) => [a.id, a]));
  let changed = false;
  const articles = after.articles.map((a) => {
    const was = old.get(a.id);
    if (!was || was === a || was.status !== 'reviewed' || a.status !== 'reviewed') return a;
    if (!contentChanged(was, a)) return a;
    changed = true;
    return withStatus(a, 'corrected', now);
  });
  return changed ? { ...after, articles } : after;
}
