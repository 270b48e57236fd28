// The rows of the page and corpus review: every article in scope with its kept figures
// (db/figures.ts), and the filtering and sorting the list offers. Pure, so the list's
// behaviour is tested in Node; the review worker builds the rows, the window filters them.

import { sumFigures, type ReviewFigures } from '../../../core/diff';
import { fieldsOf, type Article, type ArticleStatus, type Page } from '../../../core/model';
import type { ArticleFiguresRow } from '../db/figures';

/** What a review row knows of its article: no text but its short name. */
export interface ReviewArticle {
  id: string;
  pageId: string;
  order: number;
  status: ArticleStatus;
  updatedAt: number;
  headline: string;
  title: string;
}

export type ReviewPage = Pick<Page, 'id' | 'name' | 'relativePath'>;

export interface ReviewRow {
  article: ReviewArticle;
  page: ReviewPage;
  figures: ReviewFigures;
  /** Place in reading order (page path, then order on the page): sorting by it needs no collator. */
  rank: number;
}

export type StatusFilter = 'all' | 'unreviewed' | ArticleStatus;
export type SortKey = 'order' | 'ratio-desc' | 'ratio-asc' | 'status';

const STATUS_RANK: Record<ArticleStatus, number> = { draft: 0, corrected: 1, reviewed: 2 };
const byText = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** The rows of `entries` whose page is known, in reading order, ranked. */
export function buildRows(pages: readonly ReviewPage[], entries: readonly ArticleFiguresRow[]): ReviewRow[] {
  // One page object per page, shared by its rows (and so cloned once per message to the window).
  const byId = new Map<string, ReviewPage>(
    pages.map((p) => [p.id, { id: p.id, name: p.name, relativePath: p.relativePath }]),
  );
  // Pages ranked once: the collator runs over pages, not over every pair of articles.
  const pageRank = new Map(
    [...pages].sort((a, b) => byText.compare(a.relativePath, b.relativePath)).map((p, i) => [p.id, i]),
  );
  const rows: ReviewRow[] = [];
  for (const e of entries) {
    const page = byId.get(e.pageId);
    if (!page) continue;
    const { articleId: id, pageId, order, status, updatedAt, headline, title, figures } = e;
    rows.push({
      article: { id, pageId, order, status, updatedAt, headline, title },
      page,
      figures,
      rank: 0,
    });
  }
  rows.sort(
    (a, b) => pageRank.get(a.page.id)! - pageRank.get(b.page.id)! || a.article.order - b.article.order,
  );
  rows.forEach((r, i) => (r.rank = i));
  return rows;
}

/** Everything an article says, lower-cased for the text filter. */
export function searchableText(a: Article): string {
  return Array.from(fieldsOf(a), ([, f]) => f.text)
    .join('\n')
    .toLowerCase();
}

/**
 * Rows of the status asked for whose article says `text` (`matches`: the ids whose text
 * holds it, found by the review worker) or whose page name holds it.
 */
export function filterRows(
  rows: readonly ReviewRow[],
  status: StatusFilter,
  text: string,
  matches: ReadonlySet<string> | null,
): ReviewRow[] {
  const needle = text.trim().toLowerCase();
  return rows.filter((r) => {
    if (
      status === 'unreviewed'
        ? r.article.status === 'reviewed'
        : status !== 'all' && r.article.status !== status
    ) {
      return false;
    }
    return (
      needle === '' ||
      (matches?.has(r.article.id) ?? false) ||
      r.article.headline.toLowerCase().includes(needle) ||
      r.page.name.toLowerCase().includes(needle)
    );
  });
}

/** Undefined ratios (corrected text empty) sort last either way. */
function ratio(r: ReviewRow, sign: 1 | -1): number {
  return r.figures.cer === null ? Number.POSITIVE_INFINITY : sign * r.figures.cer;
}

export function sortRows(rows: readonly ReviewRow[], key: SortKey): ReviewRow[] {
  const out = [...rows];
  if (key === 'order') return out.sort((a, b) => a.rank - b.rank);
  if (key === 'status') {
    return out.sort(
      (a, b) => STATUS_RANK[a.article.status] - STATUS_RANK[b.article.status] || a.rank - b.rank,
    );
  }
  const sign = key === 'ratio-desc' ? -1 : 1;
  return out.sort((a, b) => ratio(a, sign) - ratio(b, sign) || a.rank - b.rank);
}

export function totalsOf(rows: readonly ReviewRow[]): ReviewFigures {
  return sumFigures(rows.map((r) => r.figures));
}

export function statusCounts(rows: readonly ReviewRow[]): Record<ArticleStatus, number> {
  const counts = { draft: 0, corrected: 0, reviewed: 0 };
  for (const r of rows) counts[r.article.status]++;
  return counts;
}

/**
 * The next article after `currentId` (wrapping) that is not yet reviewed, in list order.
 * `marked` holds articles just marked reviewed whose new status the rows may not show yet.
 */
export function nextUnreviewed(
  rows: readonly ReviewRow[],
  currentId: string | null,
  marked: ReadonlySet<string> = new Set(),
): ReviewRow | undefined {
  const start = currentId === null ? -1 : rows.findIndex((r) => r.article.id === currentId);
  for (let step = 1; step <= rows.length; step++) {
    const r = rows[(start + step + rows.length) % rows.length];
    if (r.article.status !== 'reviewed' && r.article.id !== currentId && !marked.has(r.article.id)) return r;
  }
  return undefined;
}
