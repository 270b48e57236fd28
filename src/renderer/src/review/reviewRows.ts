// The rows of the page and corpus review: every article in scope with its figures, and the
// filtering and sorting the list offers. Pure, so the list's behaviour is tested in Node.

import { articleFigures, sumFigures, type ReviewFigures } from '../../../core/diff';
import { fieldsOf, type Article, type ArticleStatus, type Page } from '../../../core/model';

export interface ReviewRow {
  article: Article;
  page: Page;
  figures: ReviewFigures;
}

export type StatusFilter = 'all' | 'unreviewed' | ArticleStatus;
export type SortKey = 'order' | 'ratio-desc' | 'ratio-asc' | 'status';

const STATUS_RANK: Record<ArticleStatus, number> = { draft: 0, corrected: 1, reviewed: 2 };
const byText = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Figures are costly on long articles: kept per article version (id and last change). */
const cache = new Map<string, ReviewFigures>();

export function figuresOf(article: Article, raw: string): ReviewFigures {
  const key = `${article.id}@${article.updatedAt}@${raw.length}`;
  let f = cache.get(key);
  if (!f) {
    f = articleFigures(article, raw);
    if (cache.size > 20_000) cache.clear();
    cache.set(key, f);
  }
  return f;
}

export function buildRows(
  pages: readonly Page[],
  articles: readonly Article[],
  raws: ReadonlyMap<string, string>,
): ReviewRow[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const rows: ReviewRow[] = [];
  for (const article of articles) {
    const page = byId.get(article.pageId);
    const raw = raws.get(article.pageId);
    if (!page || raw === undefined) continue;
    rows.push({ article, page, figures: figuresOf(article, raw) });
  }
  return sortRows(rows, 'order');
}

/** Everything an article says, lower-cased for the text filter; kept per article object while typing a filter. */
const searchCache = new WeakMap<Article, string>();
function searchable(a: Article): string {
  let text = searchCache.get(a);
  if (text === undefined) {
    text = Array.from(fieldsOf(a), ([, f]) => f.text)
      .join('\n')
      .toLowerCase();
    searchCache.set(a, text);
  }
  return text;
}

export function filterRows(rows: readonly ReviewRow[], status: StatusFilter, text: string): ReviewRow[] {
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
      needle === '' || searchable(r.article).includes(needle) || r.page.name.toLowerCase().includes(needle)
    );
  });
}

function readingOrder(a: ReviewRow, b: ReviewRow): number {
  return byText.compare(a.page.relativePath, b.page.relativePath) || a.article.order - b.article.order;
}

/** Undefined ratios (corrected text empty) sort last either way. */
function ratio(r: ReviewRow, sign: 1 | -1): number {
  return r.figures.cer === null ? Number.POSITIVE_INFINITY : sign * r.figures.cer;
}

export function sortRows(rows: readonly ReviewRow[], key: SortKey): ReviewRow[] {
  const out = [...rows];
  if (key === 'order') return out.sort(readingOrder);
  if (key === 'status') {
    return out.sort(
      (a, b) => STATUS_RANK[a.article.status] - STATUS_RANK[b.article.status] || readingOrder(a, b),
    );
  }
  const sign = key === 'ratio-desc' ? -1 : 1;
  return out.sort((a, b) => ratio(a, sign) - ratio(b, sign) || readingOrder(a, b));
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
