// The page and corpus review list: the kept figures (counted by the same core functions as
// `galley compare`), packed a page at a time, summed over exactly the articles in view;
// filtering, sorting and the review queue by place.
import { describe, expect, it } from 'vitest';
import { articleFigures, compareTexts, correctedTextOf, rawTextOf } from '../../../src/core/diff';
import type { Article, ArticleStatus, Page } from '../../../src/core/model';
import { emptyContent } from '../../../src/core/model';
import { figuresRowOf } from '../../../src/renderer/src/db/figures';
import { packPage } from '../../../src/renderer/src/db/figuresByPage';
import {
  listRanks,
  nextUnreviewed,
  rowOf,
  scopeOf,
  searchableText,
  textMatch,
  type ScopeFigures,
  type SortKey,
  type StatusFilter,
} from '../../../src/renderer/src/review/reviewRows';
import { pageRecord, sample, spanIn } from './fixtures';

const raw1 = sample('05-fire-drill.txt');
const raw0 = sample('02-street-roundup.txt');
const pages: Page[] = [
  pageRecord('p1', '05-fire-drill.txt', raw1),
  pageRecord('p0', '02-street-roundup.txt', raw0),
];
const raws = new Map([
  ['p1', raw1],
  ['p0', raw0],
]);

function article(
  id: string,
  pageId: string,
  order: number,
  rawPiece: string,
  corrected: string,
  status: ArticleStatus,
): Article {
  const raw = raws.get(pageId)!;
  return {
    ...emptyContent(),
    paragraphs: [{ text: corrected, spans: [spanIn(raw, rawPiece)] }],
    id,
    pageId,
    order,
    status,
    createdAt: 0,
    updatedAt: 0,
  };
}

const piece1 = raw1.split('\n').find((l) => l.startsWith('本报讯'))!;
const piece0 = raw0.split('\n').find((l) => l.startsWith('本报讯'))!;
const articles = [
  article('b', 'p1', 1, piece1, piece1, 'reviewed'),
  article('a', 'p1', 0, piece1.slice(0, 10), piece1.slice(0, 8) + '改正', 'corrected'),
  article('c', 'p0', 0, piece0, piece0.replace(/,/g, '，') + '补', 'draft'),
  article('d', 'p0', 1, piece0.slice(0, 6), '', 'draft'),
];

const kept = new Map(articles.map((a) => [a.id, figuresRowOf(a, raws.get(a.pageId)!)]));
const packed = ['p0', 'p1'].map((id) =>
  packPage(
    id,
    [...kept.values()].filter((r) => r.pageId === id),
  ),
);

/** The listed articles' ids, as the worker would list them. */
function listed(scope: ScopeFigures, status: StatusFilter, sort: SortKey, text = ''): string[] {
  const matches = new Set(
    articles.filter((a) => searchableText(a).includes(text.toLowerCase())).map((a) => a.id),
  );
  const filter = text === '' ? null : textMatch(scope, text, matches);
  return Array.from(listRanks(scope, status, filter, sort), (r) => scope.ids[r]);
}

describe('review rows', () => {
  const scope = scopeOf(pages, packed);
  const rows = scope.ids.map((id, rank) => rowOf(scope, rank, kept.get(id)));

  it('gives each article the figures of its raw spans against its corrected fields, kept or packed', () => {
    for (const [rank, r] of rows.entries()) {
      const raw = raws.get(r.page.id)!;
      const a = articles.find((x) => x.id === r.article.id)!;
      expect(r.figures).toEqual(compareTexts(rawTextOf(a, raw), correctedTextOf(a)));
      expect(r.figures).toEqual(articleFigures(a, raw));
      // Without its kept row (deleted meanwhile) the packed record gives the same figures and place.
      const bare = rowOf(scope, rank, undefined);
      expect(bare.figures).toEqual(r.figures);
      expect(bare.article).toMatchObject({ id: a.id, order: a.order, status: a.status, headline: '' });
    }
  });

  it('leaves out an article whose page is not in scope', () => {
    expect(scopeOf([pages[0]], packed).ids).toEqual(['a', 'b']);
  });

  it('sums the counts and takes the ratio over the sums, for a page and for the corpus', () => {
    const page1 = rows.filter((r) => r.page.id === 'p1');
    const totals = scopeOf([pages[0]], packed).totals;
    const distance = page1.reduce((n, r) => n + r.figures.distance, 0);
    const reference = page1.reduce((n, r) => n + r.figures.reference_chars, 0);
    expect(totals.distance).toBe(distance);
    expect(totals.reference_chars).toBe(reference);
    expect(totals.cer).toBeCloseTo(distance / reference, 12);
    expect(scope.totals.insertions).toBe(rows.reduce((n, r) => n + r.figures.insertions, 0));
    expect(scope.counts).toEqual({ draft: 2, corrected: 1, reviewed: 1 });
  });

  it('lists in reading order by page path, then by order on the page', () => {
    expect(scope.ids).toEqual(['c', 'd', 'a', 'b']);
    expect(listed(scope, 'all', 'order')).toEqual(['c', 'd', 'a', 'b']);
  });

  it('sorts by change ratio both ways, leaving articles without a ratio last', () => {
    const desc = listed(scope, 'all', 'ratio-desc');
    const asc = listed(scope, 'all', 'ratio-asc');
    expect(desc.at(-1)).toBe('d');
    expect(asc.at(-1)).toBe('d');
    const ratios = desc.slice(0, 3).map((id) => kept.get(id)!.figures.cer!);
    expect(ratios).toEqual([...ratios].sort((x, y) => y - x));
    expect(asc[0]).toBe('b');
  });

  it('sorts by status from draft to reviewed', () => {
    expect(listed(scope, 'all', 'status').map((id) => kept.get(id)!.status)).toEqual([
      'draft',
      'draft',
      'corrected',
      'reviewed',
    ]);
  });

  it('filters by status and by text, in the corrected text and the page name', () => {
    expect(listed(scope, 'unreviewed', 'order')).toEqual(['c', 'd', 'a']);
    expect(listed(scope, 'reviewed', 'order')).toEqual(['b']);
    expect(listed(scope, 'all', 'order', '改正')).toEqual(['a']);
    expect(listed(scope, 'all', 'order', 'STREET-ROUNDUP')).toEqual(['c', 'd']);
    expect(listed(scope, 'draft', 'order', '改正')).toEqual([]);
    expect(listed(scope, 'all', 'order', piece1.slice(0, 8))).toEqual(['a', 'b']);
  });

  it('steps through unreviewed articles in list order, wrapping, and stops when none is left', () => {
    const all = listRanks(scope, 'all', null, 'order');
    const next = (current: string | null, marked: string[] = []) => {
      const place = nextUnreviewed(scope, all, current, (r) => marked.includes(scope.ids[r]));
      return place < 0 ? undefined : scope.ids[all[place]];
    };
    expect(next(null)).toBe('c');
    expect(next('d')).toBe('a');
    expect(next('a')).toBe('c');
    expect(next('b')).toBe('c');
    // Just marked, not yet shown as reviewed: skipped.
    expect(next(null, ['c'])).toBe('d');
    expect(next('d', ['a', 'c'])).toBeUndefined();
    const allReviewed = scopeOf(
      pages,
      packed.map((p) => ({ ...p, status: p.status.map(() => 'reviewed' as const) })),
    );
    expect(nextUnreviewed(allReviewed, all, null)).toBe(-1);
  });

  it('names the pages with problems, so the review lists them again when a count changes', () => {
    expect(scope.problems).toBe('');
    const counted = (n: number) => [{ ...pages[0], problemCount: n }, pages[1]];
    expect(scopeOf(counted(2), packed).problems).toBe('p1:2:' + pages[0].articleCount);
    expect(scopeOf(counted(3), packed).problems).not.toBe(scopeOf(counted(2), packed).problems);
    // A page out of the scope says nothing of it.
    expect(scopeOf([pages[1]], packed).problems).toBe('');
  });
});
