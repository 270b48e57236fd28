// Opening the corpus review: every article's figures (exact code-point Levenshtein against
// its raw spans) summed, then the list filtered by text and sorted by change ratio. On
// 10,000 articles of ~400 characters cut from the fixture pages, with OCR-like damage undone
// (line breaks joined, half-width punctuation made full-width, a character changed).
// Prints `review.corpus_rows_ms` (cold: every article's figures counted and packed a page at
// a time, as the v5 and v8 upgrades do once), `review.corpus_rows_warm_ms` (the packed pages
// ranked, counted and summed, what opening the review does in its worker) and
// `review.filter_sort_ms` (unreviewed, a text, by change ratio).
// Goal: the corpus review opens in well under a second.
import type { Article, Page } from '../src/core/model';
import { emptyContent } from '../src/core/model';
import { figuresRowOf } from '../src/renderer/src/db/figures';
import { packPage, type PageFigures } from '../src/renderer/src/db/figuresByPage';
import { listRanks, scopeOf, textMatch } from '../src/renderer/src/review/reviewRows';
import { fixturePages } from '../tests/fixtures';

const ARTICLES = 10_000;
const PER_PAGE = 40;
const samples = fixturePages().map((p) => p.raw);

const pages: Page[] = [];
const raws = new Map<string, string>();
const articles: Article[] = [];
for (let p = 0; p * PER_PAGE < ARTICLES; p++) {
  const raw = samples[p % samples.length];
  const pageId = `p${p}`;
  raws.set(pageId, raw);
  pages.push({
    id: pageId,
    name: `page-${p}.txt`,
    relativePath: `issue/page-${String(p).padStart(4, '0')}.txt`,
    sha256: '0'.repeat(64),
    encoding: 'utf-8',
    bom: false,
    lineEndings: 'lf',
    byteLength: raw.length * 3,
    charLength: raw.length,
    importedAt: 0,
    empty: false,
    furniture: [],
    articleCount: PER_PAGE,
    coverage: 0,
  });
  for (let i = 0; i < PER_PAGE && articles.length < ARTICLES; i++) {
    const start = (i * 397 + p * 31) % Math.max(1, raw.length - 420);
    const span = { start, end: start + 400 };
    const corrected = raw
      .slice(span.start, span.end)
      .replace(/\n/g, '')
      .replace(/,/g, '，')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）')
      .replace(/的/, '地');
    articles.push({
      ...emptyContent(),
      paragraphs: [{ text: corrected, spans: [span] }],
      id: `a${articles.length}`,
      pageId,
      order: i,
      status: i % 3 === 0 ? 'reviewed' : 'corrected',
      createdAt: 0,
      updatedAt: 1,
    });
  }
}

const ms = (fn: () => void): number => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

let packed: PageFigures[] = [];
let scope = scopeOf([], []);
const cold = ms(() => {
  const kept = articles.map((a) => figuresRowOf(a, raws.get(a.pageId)!));
  packed = pages.map((p) =>
    packPage(
      p.id,
      kept.filter((r) => r.pageId === p.id),
    ),
  );
  scope = scopeOf(pages, packed);
});
let warm = Infinity;
for (let i = 0; i < 3; i++)
  warm = Math.min(
    warm,
    ms(() => scopeOf(pages, packed)),
  );
// The worker finds the articles whose text holds the words; here, every third one.
const matches = new Set(scope.ids.filter((_, i) => i % 3 === 0));
let filterSort = Infinity;
for (let i = 0; i < 3; i++)
  filterSort = Math.min(
    filterSort,
    ms(() => listRanks(scope, 'unreviewed', textMatch(scope, '经开区', matches), 'ratio-desc')),
  );

console.log(`review.corpus_rows_ms: ${cold.toFixed(0)} ms`);
console.log(`review.corpus_rows_warm_ms: ${warm.toFixed(1)} ms`);
console.log(`review.filter_sort_ms: ${filterSort.toFixed(1)} ms`);
