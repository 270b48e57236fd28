// The app's side of the cleanup tools, in Node (pure functions; Dexie writes not included):
// `concordance.search_ms`: a regex search over the articles of 1,000 pages (the fixture
// pages' accepted suggestions, repeated); `concordance.replace_ms`: replacing every hit of it on
// every page; `suggest.accept_all_ms`: accepting all suggestions of one fixture page (the
// step the "Accept all" button runs, after segmentation). Best of a few runs after a warm-up.
import type { PageArticles } from '../src/core/article';
import { suggestArticles } from '../src/core/segment';
import { findInArticles, replaceHits, type FindQuery } from '../src/renderer/src/find/search';
import { acceptSuggestions } from '../src/renderer/src/suggest/accept';
import { fixturePages } from '../tests/fixtures';

const PAGES = 1000;
const raws = fixturePages().map((p) => p.raw);
const suggested = raws.map((raw) => suggestArticles(raw, { enabled: { 'cjk-punctuation': false } }));

let n = 0;
const ctx = { now: 1, newId: () => `a${++n}` };
const pages: PageArticles[] = [];
for (let i = 0; i < PAGES; i++) {
  const k = i % raws.length;
  const empty: PageArticles = { pageId: `p${i}`, articles: [], furniture: [] };
  pages.push(acceptSuggestions(empty, raws[k], suggested[k], ctx).state);
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
function best(runs: number, fn: () => void): number {
  fn();
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, time(fn));
  return min;
}

const query: FindQuery = { text: '(\\d+)日,', regex: true, caseSensitive: true };
let hits = 0;
const search = best(5, () => {
  hits = 0;
  for (const p of pages) hits += findInArticles(p.articles, query).hits.length;
});
const found = pages.map((p) => findInArticles(p.articles, query).hits);
let replaced = 0;
const replace = best(5, () => {
  replaced = 0;
  pages.forEach((p, i) => (replaced += replaceHits(p, found[i], query, '$1日，', 2).replaced));
});
if (replaced !== hits) throw new Error(`replaced ${replaced} of ${hits} hits`);
const empty: PageArticles = { pageId: 'x', articles: [], furniture: [] };
const accept = best(10, () => acceptSuggestions(empty, raws[0], suggested[0], ctx));

console.log(`concordance.hits: ${hits} hits`);
console.log(`concordance.search_ms: ${search.toFixed(1)} ms`);
console.log(`concordance.replace_ms: ${replace.toFixed(1)} ms`);
console.log(`suggest.accept_all_ms: ${accept.toFixed(2)} ms`);
