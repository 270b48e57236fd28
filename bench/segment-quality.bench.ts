// Segmentation quality on the fixture pages, per article (tests/support/segmentQuality.ts):
//   segment.<split>.precision     suggestions that are a truth article (same first and last raw line) / suggestions
//   segment.<split>.recall        truth articles found / truth articles
//   segment.<split>.titles_exact  truth articles found with the exact title / truth articles
//   segment.<split>.fields_exact  truth articles found with every field exact / truth articles
// for the train pages (tuned on) and the holdout pages (scored only, never looked at while
// tuning: this prints their pooled figures, not page by page). Goals: ≥ 0.95, ≥ 0.95, ≥ 0.9.
// Then the kinds of error behind them as counts (bench/segmentErrors.ts), for both splits:
//   segment.<split>.errors.<category>: N errors
// With `--detail` (`npx tsx bench/segment-quality.bench.ts --detail`), each train error's page
// and text too; never the holdout's, whose pages and output nobody tuning may read.
import { suggestArticles } from '../src/core/segment';
import { fixturePages } from '../tests/fixtures';
import { quality, scorePage } from '../tests/support/segmentQuality';
import { segmentErrors } from './segmentErrors';

const detail = process.argv.includes('--detail');

for (const split of ['train', 'holdout'] as const) {
  const pages = fixturePages(split);
  const suggested = pages.map((p) => suggestArticles(p.raw));
  const q = quality(pages.map((p, i) => scorePage(p.raw, suggested[i], p.truth)));
  console.log(`segment.${split}.pages: ${q.pages} pages`);
  console.log(`segment.${split}.articles: ${q.truthCount} articles`);
  console.log(`segment.${split}.suggested: ${q.suggestedCount} articles`);
  console.log(`segment.${split}.precision: ${q.precision.toFixed(3)} ratio`);
  console.log(`segment.${split}.recall: ${q.recall.toFixed(3)} ratio`);
  console.log(`segment.${split}.titles_exact: ${q.titlesExact.toFixed(3)} ratio`);
  console.log(`segment.${split}.fields_exact: ${q.fieldsExact.toFixed(3)} ratio`);
  const counts = new Map<string, number>();
  for (const [i, p] of pages.entries()) {
    for (const e of segmentErrors(p.raw, suggested[i], p.truth)) {
      counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
      if (detail && split === 'train') console.log(`  ${p.name} ${e.category}: ${e.detail}`);
    }
  }
  for (const [category, n] of [...counts].sort(([a], [b]) => a.localeCompare(b)))
    console.log(`segment.${split}.errors.${category}: ${n} errors`);
}
