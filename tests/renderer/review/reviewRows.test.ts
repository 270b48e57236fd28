// The page and corpus review list: the kept figures (counted by the same core functions as
// `galley compare`) summed over exactly the articles in view, filtering, sorting and the
// review queue.
import { describe, expect, it } from 'vitest';
import { articleFigures, compareTexts, correctedTextOf, rawTextOf } from '../../../src/core/diff';
import type { Article, ArticleStatus, Page } from '../../../src/core/model';
import { emptyContent } from '../../../src/core/model';
import { figuresRowOf } from '../../../src/renderer/src/db/figures';
import {
  buildRows,
  filterRows,
  nextUnreviewed,
  searchableText,
  sortRows,
  totalsOf,
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

describe('review rows', () => {
  const rows = buildRows(
    pages,
    articles.map((a) => figuresRowOf(a, raws.get(a.pageId)!)),
  );
  /** What the review worker finds for a filter text. */
  const matching = (text: string) =>
    new Set(articles.filter((a) => searchableText(a).includes(text.toLowerCase())).map((a) => a.id));

  it('gives each article the figures of its raw spans against its corrected fields', () => {
    for (const r of rows) {
      const raw = raws.get(r.page.id)!;
      const a = articles.find((x) => x.id === r.article.id)!;
      expect(r.figures).toEqual(compareTexts(rawTextOf(a, raw), correctedTextOf(a)));
      expect(r.figures).toEqual(articleFigures(a, raw));
    }
  });

  it('leaves out an article whose page is not in scope', () => {
    const onlyP1 = buildRows(
      [pages[0]],
      articles.map((a) => figuresRowOf(a, raws.get(a.pageId)!)),
    );
    expect(onlyP1.map((r) => r.article.id)).toEqual(['a', 'b']);
  });

  it('sums the counts and takes the ratio over the sums, for a page and for the corpus', () => {
    const page1 = rows.filter((r) => r.page.id === 'p1');
    const totals = totalsOf(page1);
    const distance = page1.reduce((n, r) => n + r.figures.distance, 0);
    const reference = page1.reduce((n, r) => n + r.figures.reference_chars, 0);
    expect(totals.distance).toBe(distance);
    expect(totals.reference_chars).toBe(reference);
    expect(totals.cer).toBeCloseTo(distance / reference, 12);
    expect(totalsOf(rows).insertions).toBe(rows.reduce((n, r) => n + r.figures.insertions, 0));
  });

  it('lists in reading order by page path, then by order on the page', () => {
    expect(rows.map((r) => r.article.id)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('sorts by change ratio both ways, leaving articles without a ratio last', () => {
    const desc = sortRows(rows, 'ratio-desc').map((r) => r.article.id);
    const asc = sortRows(rows, 'ratio-asc').map((r) => r.article.id);
    expect(desc.at(-1)).toBe('d');
    expect(asc.at(-1)).toBe('d');
    const ratios = sortRows(rows, 'ratio-desc')
      .slice(0, 3)
      .map((r) => r.figures.cer!);
    expect(ratios).toEqual([...ratios].sort((x, y) => y - x));
    expect(asc[0]).toBe('b');
  });

  it('sorts by status from draft to reviewed', () => {
    expect(sortRows(rows, 'status').map((r) => r.article.status)).toEqual([
      'draft',
      'draft',
      'corrected',
      'reviewed',
    ]);
  });

  it('filters by status and by text, in the corrected text and the page name', () => {
    expect(filterRows(rows, 'unreviewed', '', null).map((r) => r.article.id)).toEqual(['c', 'd', 'a']);
    expect(filterRows(rows, 'reviewed', '', null).map((r) => r.article.id)).toEqual(['b']);
    expect(filterRows(rows, 'all', '改正', matching('改正')).map((r) => r.article.id)).toEqual(['a']);
    expect(
      filterRows(rows, 'all', 'STREET-ROUNDUP', matching('STREET-ROUNDUP')).map((r) => r.article.id),
    ).toEqual(['c', 'd']);
    expect(filterRows(rows, 'draft', '改正', matching('改正'))).toEqual([]);
    // Before the worker answers, the short name still filters.
    expect(filterRows(rows, 'all', piece1.slice(0, 8), null).map((r) => r.article.id)).toEqual(['a', 'b']);
  });

  it('steps through unreviewed articles in list order, wrapping, and stops when none is left', () => {
    expect(nextUnreviewed(rows, null)?.article.id).toBe('c');
    expect(nextUnreviewed(rows, 'd')?.article.id).toBe('a');
    expect(nextUnreviewed(rows, 'a')?.article.id).toBe('c');
    expect(nextUnreviewed(rows, 'b')?.article.id).toBe('c');
    // Just marked, not yet shown as reviewed: skipped.
    expect(nextUnreviewed(rows, null, new Set(['c']))?.article.id).toBe('d');
    expect(nextUnreviewed(rows, 'd', new Set(['a', 'c']))).toBeUndefined();
    const allReviewed = rows.map((r) => ({ ...r, article: { ...r.article, status: 'reviewed' as const } }));
    expect(nextUnreviewed(allReviewed, null)).toBeUndefined();
  });
});
