// The review's facts of one article: its figures against the page's raw text, and what a
// review row shows (place, status, short name). Counted with every save of the article and
// kept packed in its page's record (figuresByPage.ts; a table of these rows, v5, was dropped
// in v10), so opening the review reads numbers instead of recomputing edit distances over
// the whole corpus.

import { displayHeadline } from '../../../core/article/headline';
import { articleFigures, type ReviewFigures } from '../../../core/diff';
import type { Article, ArticleStatus } from '../../../core/model';

export interface ArticleFiguresRow {
  articleId: string;
  pageId: string;
  order: number;
  status: ArticleStatus;
  /** The article's `updatedAt` these figures were counted for: a different one means stale. */
  updatedAt: number;
  headline: string;
  title: string;
  figures: ReviewFigures;
}

export function figuresRowOf(article: Article, raw: string): ArticleFiguresRow {
  return figuresRowWith(article, articleFigures(article, raw));
}

/** The row of an article whose figures are known already (a restore keeps a backup's). */
export function figuresRowWith(article: Article, figures: ReviewFigures): ArticleFiguresRow {
  return {
    articleId: article.id,
    pageId: article.pageId,
    order: article.order,
    status: article.status,
    updatedAt: article.updatedAt,
    headline: displayHeadline(article),
    title: article.title.text,
    figures,
  };
}
