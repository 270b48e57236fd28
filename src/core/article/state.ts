// The articles of one page plus its furniture: the unit every article operation works on.
// Operations are pure: they return a new state and keep every untouched article object
// identical (===), so callers can tell which rows to write (see changes.ts).

import type { Article, ArticleContent, FieldRef, Page, Span, TextField } from '../model';
import { LIST_KEY, emptyContent, isListKind, listOf } from '../model';

export interface PageArticles {
  pageId: string;
  /** In reading order; `order` equals the index. */
  articles: readonly Article[];
  /** Raw text marked "not article text". Normalised. */
  furniture: readonly Span[];
  /**
   * Set once the archivist has reordered the articles by hand (reorder): from then on the
   * order is theirs, and a new article goes beside its raw neighbour instead of being
   * sorted in by raw position (see assign's readingPosition). Absent: raw order.
   */
  handOrdered?: boolean;
}

/** A page's state from its row (furniture, hand order) and its articles in reading order. */
export function pageArticlesOf(
  page: Pick<Page, 'id' | 'furniture' | 'handOrdered'>,
  articles: readonly Article[],
): PageArticles {
  const state: PageArticles = { pageId: page.id, articles, furniture: page.furniture ?? [] };
  return page.handOrdered ? { ...state, handOrdered: true } : state;
}

/** Who owns a raw character: one field of one article, or the page furniture. */
export type Owner = { kind: 'field'; articleId: string; field: FieldRef } | { kind: 'furniture' };

/** Options every operation that creates articles or stamps times needs. */
export interface OpContext {
  now: number;
  newId: () => string;
}

/** A new draft article on the page; its order is set when it is placed (see renumber). */
export function draftArticle(pageId: string, content: Partial<ArticleContent>, ctx: OpContext): Article {
  return {
    ...emptyContent(),
    ...content,
    id: ctx.newId(),
    pageId,
    order: 0,
    status: 'draft',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

export function findArticle(state: PageArticles, id: string): Article | undefined {
  return state.articles.find((a) => a.id === id);
}

/** Reassigns `order` to match positions, copying only the articles whose order changed. */
export function renumber(articles: readonly Article[]): Article[] {
  return articles.map((a, order) => (a.order === order ? a : { ...a, order }));
}

export function replaceArticle(state: PageArticles, next: Article): PageArticles {
  return { ...state, articles: state.articles.map((a) => (a.id === next.id ? next : a)) };
}

/** A copy of an article with one field replaced (list fields by index). */
export function withField(article: Article, ref: FieldRef, field: TextField): Article {
  if (isListKind(ref.kind) && 'index' in ref) {
    const list = [...listOf(article, ref.kind)];
    list[ref.index] = field;
    return { ...article, [LIST_KEY[ref.kind]]: list };
  }
  return { ...article, [ref.kind]: field };
}

export function sameRef(a: FieldRef, b: FieldRef): boolean {
  return a.kind === b.kind && ('index' in a ? 'index' in b && a.index === b.index : !('index' in b));
}
