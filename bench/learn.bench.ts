// Learning from corrections, scored on the injected corpus (tests/core/learn/support):
// the training fixture pages with seeded OCR confusions, an archivist who corrects the
// first damaged occurrence of each term by hand, and every proposal checked against what
// was injected. `learn.recall`: share of the remaining injected errors proposed;
// `learn.precision`: share of proposals that are right (10 seeds pooled); the same on the
// holdout pages (`_holdout`), scored and never tuned on.
// `learn.lookup_ms`: the proposals of one new correction over 10,000 pages (the damaged
// pages repeated) through the bigram index, the slowest correction (best of 3 runs). The
// word check's answers are shared within a lookup by the text around each hit, as the app
// does; since these pages are repeats, `learn.lookup_unshared_ms` asks ICU at every hit
// (the worst case: no phrase ever repeated).
import { fixturePages } from '../tests/fixtures';
import { injectErrors } from '../tests/core/learn/support/injectErrors';
import { correctFirst, indexPages, proposalsFor, score } from '../tests/core/learn/support/simulate';

const SEEDS = 10;
const PAGES = 10_000;
const train = fixturePages('train').map((p) => p.raw);

/** Recall and precision over SEEDS seeds of the generator on `pages`. */
function scoreOn(pages: readonly string[]): {
  found: number;
  remaining: number;
  right: number;
  proposals: number;
} {
  const total = { found: 0, remaining: 0, right: 0, proposals: 0 };
  for (let seed = 1; seed <= SEEDS; seed++) {
    const corpus = injectErrors(pages, seed);
    const { corrections, corrected } = correctFirst(corpus);
    const index = indexPages(corpus.damaged);
    const s = score(
      corpus,
      corrected,
      corrections.flatMap((c) => proposalsFor(index, corpus.damaged, c)),
    );
    total.found += s.found;
    total.remaining += s.remaining;
    total.right += s.right;
    total.proposals += s.proposals;
  }
  return total;
}
const { found, remaining, right, proposals } = scoreOn(train);
console.log(`learn.recall: ${(found / remaining).toFixed(3)} share (${found} of ${remaining} errors)`);
console.log(`learn.precision: ${(right / proposals).toFixed(3)} share (${right} of ${proposals} proposals)`);
// The holdout pages, scored once and never tuned on: the same generator on pages nobody looked at.
const held = scoreOn(fixturePages('holdout').map((p) => p.raw));
console.log(
  `learn.recall_holdout: ${(held.found / held.remaining).toFixed(3)} share (${held.found} of ${held.remaining})`,
);
console.log(
  `learn.precision_holdout: ${(held.right / held.proposals).toFixed(3)} share (${held.right} of ${held.proposals})`,
);

const corpus = injectErrors(train, 1);
const { corrections } = correctFirst(corpus);
const pages = Array.from({ length: PAGES }, (_, i) => corpus.damaged[i % corpus.damaged.length] ?? '');
const started = performance.now();
const index = indexPages(pages);
const built = performance.now() - started;
function slowestLookup(shareMemo: boolean): number {
  let slowest = 0;
  for (const c of corrections) {
    let best = Infinity;
    let hits = 0;
    for (let run = 0; run < 3; run++) {
      const t = performance.now();
      hits = proposalsFor(index, pages, c, { shareMemo }).length;
      best = Math.min(best, performance.now() - t);
    }
    if (hits === 0) throw new Error(`no proposal for ${c.from} → ${c.to}`);
    slowest = Math.max(slowest, best);
  }
  return slowest;
}
const slowest = slowestLookup(true);
const unshared = slowestLookup(false);
console.log(
  `learn.lookup_ms: ${slowest.toFixed(1)} ms (slowest of ${corrections.length} corrections, ${PAGES} pages)`,
);
console.log(`learn.lookup_unshared_ms: ${unshared.toFixed(1)} ms (the same, ICU asked at every hit)`);
console.log(`learn.index_build_ms: ${built.toFixed(0)} ms (${PAGES} pages)`);
