// The page and corpus review's list: a scope's packed figures (db/figuresByPage.ts, one
// record a page) laid out in reading order, counted, summed, filtered and sorted by place,
// and the row of an article built when the list shows it (from its kept figures row, which
// also holds the short name). Pure, so the list's behaviour is tested in Node; the review
// worker reads the records and holds the lists (reviewWork.ts).

import { sumFigures, type ReviewFigures } from '../../../core/diff';
import { fieldsOf, type Article, type ArticleStatus, type Page } from '../../../core/model';
import type { ArticleFiguresRow } from '../db/figures';
import { figuresAt, type PageFigures } from '../db/figuresByPage';

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
}

export type StatusFilter = 'all' | 'unreviewed' | ArticleStatus;
export type SortKey = 'order' | 'ratio-desc' | 'ratio-asc' | 'status';

/**
 * A scope's articles in reading order (page path, then order on the page): an article's
 * place here is its rank, and every per-article list below is indexed by rank.
 */
export interface ScopeFigures {
  /** The scope's pages that have articles, in reading order, each with its packed record. */
  pages: { page: ReviewPage; packed: PageFigures }[];
  /** Per rank: the index of its page in `pages`, and of its entry in that page's lists. */
  pageOf: Int32Array;
  entryOf: Int32Array;
  ids: string[];
  status: ArticleStatus[];
  updatedAt: Float64Array;
  /** The change ratio; NaN where it is undefined (corrected text empty). */
  cer: Float64Array;
  counts: Record<ArticleStatus, number>;
  /** The figures summed over every article in the scope. */
  totals: ReviewFigures;
  /** Names the scope's pages with one-owner problems and their counts ('' for none): see problemKey. */
  problems: string;
}

const STATUS_RANK: Record<ArticleStatus, number> = { draft: 0, corrected: 1, reviewed: 2 };
const byText = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** What a page row says of its problems (the review worker reads whole page rows). */
type ProblemPage = Pick<Page, 'id'> & Partial<Pick<Page, 'problemCount' | 'articleCount'>>;

/**
 * A key that changes when any of `pages`' problem counts does (or its article count, which
 * the listed problems name): the review lists their problems again then. '' when none has any.
 */
export function problemKey(pages: readonly ProblemPage[]): string {
  return pages
    .filter((p) => (p.problemCount ?? 0) > 0)
    .map((p) => `${p.id}:${p.problemCount}:${p.articleCount}`)
    .join('|');
}

/** Pages in reading order (by path, numbers read as numbers). */
export const inReadingOrder = <P extends ReviewPage>(pages: readonly P[]): P[] =>
  [...pages].sort((a, b) => byText.compare(a.relativePath, b.relativePath));

/** The scope of `pages` (records of pages not among them are left out), ranked. */
export function scopeOf(
  pages: readonly (ReviewPage & ProblemPage)[],
  packed: readonly PageFigures[],
): ScopeFigures {
  const recordOf = new Map(packed.map((p) => [p.pageId, p]));
  // Pages ranked once: the collator runs over pages, not over every pair of articles.
  const ordered = inReadingOrder(pages).flatMap((p) => {
    const record = recordOf.get(p.id);
    // One page object per page, shared by its rows (and so cloned once per message to the window).
    return record ? [{ page: { id: p.id, name: p.name, relativePath: p.relativePath }, packed: record }] : [];
  });
  const total = ordered.reduce((n, p) => n + p.packed.ids.length, 0);
  const scope: ScopeFigures = {
    pages: ordered,
    pageOf: new Int32Array(total),
    entryOf: new Int32Array(total),
    ids: new Array<string>(total),
    status: new Array<ArticleStatus>(total),
    updatedAt: new Float64Array(total),
    cer: new Float64Array(total),
    counts: { draft: 0, corrected: 0, reviewed: 0 },
    totals: sumFigures([]),
    problems: problemKey(pages),
  };
  // Summed a page at a time: one figures object a page, not one an article.
  const pageTotals: ReviewFigures[] = [];
  let rank = 0;
  ordered.forEach(({ packed: p }, pageIndex) => {
    const sum = { reference_chars: 0, insertions: 0, deletions: 0, substitutions: 0, distance: 0, cer: null };
    for (let i = 0; i < p.ids.length; i++, rank++) {
      scope.pageOf[rank] = pageIndex;
      scope.entryOf[rank] = i;
      scope.ids[rank] = p.ids[i];
      scope.status[rank] = p.status[i];
      scope.updatedAt[rank] = p.updatedAt[i];
      scope.cer[rank] = p.cer[i] ?? Number.NaN;
      scope.counts[p.status[i]]++;
      sum.reference_chars += p.chars[i];
      sum.insertions += p.insertions[i];
      sum.deletions += p.deletions[i];
      sum.substitutions += p.substitutions[i];
    }
    sum.distance = sum.insertions + sum.deletions + sum.substitutions;
    pageTotals.push(sum);
  });
  scope.totals = sumFigures(pageTotals);
  return scope;
}

/** Everything an article says, lower-cased for the text filter (its short name is part of it). */
export function searchableText(a: Article): string {
  return Array.from(fieldsOf(a), ([, f]) => f.text)
    .join('\n')
    .toLowerCase();
}

/**
 * Which ranks the text filter lets through: articles whose text holds it (`matches`, the ids
 * the review worker found) and every article of a page whose name holds it.
 */
export function textMatch(
  scope: ScopeFigures,
  text: string,
  matches: ReadonlySet<string>,
): (rank: number) => boolean {
  const needle = text.trim().toLowerCase();
  const named = scope.pages.map(({ page }) => page.name.toLowerCase().includes(needle));
  return (rank) => named[scope.pageOf[rank]] || matches.has(scope.ids[rank]);
}

function statusPasses(status: StatusFilter, s: ArticleStatus): boolean {
  return status === 'all' || (status === 'unreviewed' ? s !== 'reviewed' : s === status);
}

/** The ranks of the list asked for: filtered by status and text (`text`: null for none), in the order asked. */
export function listRanks(
  scope: ScopeFigures,
  status: StatusFilter,
  text: ((rank: number) => boolean) | null,
  sort: SortKey,
): Int32Array {
  const all = scope.ids.length;
  let ranks = new Int32Array(all);
  let n = 0;
  for (let r = 0; r < all; r++)
    if (statusPasses(status, scope.status[r]) && (text === null || text(r))) ranks[n++] = r;
  ranks = ranks.subarray(0, n);
  if (sort === 'order') return ranks;
  if (sort === 'status') {
    const rankOf = (r: number) => STATUS_RANK[scope.status[r]];
    return ranks.sort((a, b) => rankOf(a) - rankOf(b) || a - b);
  }
  // Undefined ratios sort last either way (Infinity - Infinity is NaN, and falls to the rank).
  const sign = sort === 'ratio-desc' ? -1 : 1;
  const ratio = (r: number) => (Number.isNaN(scope.cer[r]) ? Number.POSITIVE_INFINITY : sign * scope.cer[r]);
  return ranks.sort((a, b) => ratio(a) - ratio(b) || a - b);
}

/** The rank of an article in the scope, -1 when it is not in it. */
export const rankOf = (scope: ScopeFigures, articleId: string | null): number =>
  articleId === null ? -1 : scope.ids.indexOf(articleId);

/**
 * The place in `listed` of the next article after `currentId` (wrapping) that is not yet
 * reviewed, or -1. `marked(rank)`: just marked reviewed, though the scope does not show it yet.
 */
export function nextUnreviewed(
  scope: ScopeFigures,
  listed: Int32Array,
  currentId: string | null,
  marked: (rank: number) => boolean = () => false,
): number {
  const current = rankOf(scope, currentId);
  const start = current < 0 ? -1 : listed.indexOf(current);
  for (let step = 1; step <= listed.length; step++) {
    const place = (start + step + listed.length) % listed.length;
    const r = listed[place];
    if (scope.status[r] !== 'reviewed' && r !== current && !marked(r)) return place;
  }
  return -1;
}

/**
 * The first `count` rows of a scope in reading order, from the kept figures rows of its first
 * pages (`ordered`: the pages in reading order; `kept`: the rows of those among them that were
 * read, in any order). What the review shows while the whole scope is still read and summed.
 */
export function firstRows(
  ordered: readonly ReviewPage[],
  kept: readonly ArticleFiguresRow[],
  count: number,
): ReviewRow[] {
  const onPage = new Map<string, ArticleFiguresRow[]>();
  for (const row of kept) onPage.set(row.pageId, [...(onPage.get(row.pageId) ?? []), row]);
  const out: ReviewRow[] = [];
  for (const page of ordered) {
    const rows = onPage.get(page.id);
    if (!rows) continue;
    // The packed records' order (db/figuresByPage.ts packPage): by order, then id.
    rows.sort(
      (a, b) => a.order - b.order || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0),
    );
    const shared = { id: page.id, name: page.name, relativePath: page.relativePath };
    for (const row of rows) {
      if (out.length === count) return out;
      out.push(keptRow(row, shared));
    }
  }
  return out;
}

/** A row from an article's kept figures row, on its page. */
function keptRow(kept: ArticleFiguresRow, page: ReviewPage): ReviewRow {
  const { articleId: id, pageId, order, status, updatedAt, headline, title, figures } = kept;
  return { article: { id, pageId, order, status, updatedAt, headline, title }, page, figures };
}

/**
 * The row of the article at `rank`: from its kept figures row (`kept`, read as the list shows
 * it, so as new as the database), else from the packed record alone (no short name).
 */
export function rowOf(scope: ScopeFigures, rank: number, kept: ArticleFiguresRow | undefined): ReviewRow {
  const { page, packed } = scope.pages[scope.pageOf[rank]];
  if (kept) return keptRow(kept, page);
  const i = scope.entryOf[rank];
  return {
    article: {
      id: packed.ids[i],
      pageId: page.id,
      order: packed.order[i],
      status: packed.status[i],
      updatedAt: packed.updatedAt[i],
      headline: '',
      title: '',
    },
    page,
    figures: figuresAt(packed, i),
  };
}
