// Each page's review figures packed into one record (schema v8, table `pageFigures`): its
// articles' ids, places, statuses and figures as parallel lists in reading order. Opening
// the corpus review reads one record a page (a few thousand) instead of one an article
// (100,000) and sums them; the rows on screen take their short names from their articles.
// Kept in step with `articles` by the figures middleware, in the transaction that writes them.

import type { ReviewFigures } from '../../../core/diff';
import type { ArticleStatus } from '../../../core/model';
import type { ArticleFiguresRow } from './figures';

export interface PageFigures {
  pageId: string;
  /** The page's articles by `order` (then id); entry i of every list is the same article. */
  ids: string[];
  order: number[];
  status: ArticleStatus[];
  /** The `updatedAt` of the article the figures were counted for. */
  updatedAt: number[];
  /** `reference_chars`: code points of the corrected text. */
  chars: number[];
  insertions: number[];
  deletions: number[];
  substitutions: number[];
  cer: (number | null)[];
}

/** What a packed page knows of one article: its figures row without the text it shows. */
type PackedArticle = Omit<ArticleFiguresRow, 'headline' | 'title'>;

/** The figures of entry `i` of a packed page. */
export function figuresAt(p: PageFigures, i: number): ReviewFigures {
  const distance = p.insertions[i] + p.deletions[i] + p.substitutions[i];
  return {
    reference_chars: p.chars[i],
    insertions: p.insertions[i],
    deletions: p.deletions[i],
    substitutions: p.substitutions[i],
    distance,
    cer: p.cer[i],
  };
}

/** A page record's articles, each with its figures, in the record's order. */
export function entriesOf(p: PageFigures): PackedArticle[] {
  return p.ids.map((articleId, i) => ({
    articleId,
    pageId: p.pageId,
    order: p.order[i],
    status: p.status[i],
    updatedAt: p.updatedAt[i],
    figures: figuresAt(p, i),
  }));
}

/** The page's record for `rows` (its articles' figures rows, in any order). */
export function packPage(pageId: string, rows: readonly PackedArticle[]): PageFigures {
  const sorted = [...rows].sort(
    (a, b) => a.order - b.order || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0),
  );
  return {
    pageId,
    ids: sorted.map((r) => r.articleId),
    order: sorted.map((r) => r.order),
    status: sorted.map((r) => r.status),
    updatedAt: sorted.map((r) => r.updatedAt),
    chars: sorted.map((r) => r.figures.reference_chars),
    insertions: sorted.map((r) => r.figures.insertions),
    deletions: sorted.map((r) => r.figures.deletions),
    substitutions: sorted.map((r) => r.figures.substitutions),
    cer: sorted.map((r) => r.figures.cer),
  };
}

/**
 * The page's record after a write: the articles in `gone` (written or deleted, on this page
 * or another) leave it, `added` (this page's rows written) join it. Null: none is left.
 */
function repackPage(
  pageId: string,
  before: PageFigures | undefined,
  gone: ReadonlySet<string>,
  added: readonly PackedArticle[],
): PageFigures | null {
  const kept = before ? entriesOf(before).filter((e) => !gone.has(e.articleId)) : [];
  const rows = [...kept, ...added];
  return rows.length === 0 ? null : packPage(pageId, rows);
}

/**
 * Each page's record after a write (`before[i]` is `pageIds[i]`'s, `addedTo` its rows
 * written): the records to put, and the pages that had one and are left with none.
 */
export function repackPages(
  pageIds: readonly string[],
  before: readonly (PageFigures | undefined)[],
  gone: ReadonlySet<string>,
  addedTo: (pageId: string) => readonly PackedArticle[],
): { puts: PageFigures[]; empties: string[] } {
  const puts: PageFigures[] = [];
  const empties: string[] = [];
  pageIds.forEach((pageId, i) => {
    const next = repackPage(pageId, before[i], gone, addedTo(pageId));
    if (next) puts.push(next);
    else if (before[i]) empties.push(pageId);
  });
  return { puts, empties };
}
