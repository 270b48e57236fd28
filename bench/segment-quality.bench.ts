// Segmentation quality on the fixture pages, per article (tests/support/segmentQuality.ts):
//   segment.<split>.precision     suggestions that are a truth article (same first and last raw line) / suggestions
//   segment.<split>.recall        truth articles found / truth articles
//   segment.<split>.titles_exact  truth articles found with the exact title / truth articles
//   segment.<split>.fields_exact  truth articles found with every field exact / truth articles
// for the train pages (tuned on) and the holdout pages (scored only, never looked at while
// tuning: this prints their pooled figures, not page by page). Goals: ≥ 0.95, ≥ 0.95, ≥ 0.9.
import { suggestArticles } from '../src/core/segment';
import { fixturePages } from '../tests/fixtures';
import { quality, scorePage } from '../tests/support/segmentQuality';

for (const split of ['train', 'holdout'] as const) {
  const pages = fixturePages(split);
  const q = quality(pages.map((p) => scorePage(p.raw, suggestArticles(p.raw), p.truth)));
  console.log(`segment.${split}.pages: ${q.pages} pages`);
  console.log(`segment.${split}.articles: ${q.truthCount} articles`);
  console.log(`segment.${split}.suggested: ${q.suggestedCount} articles`);
  console.log(`segment.${split}.precision: ${q.precision.toFixed(3)} ratio`);
  console.log(`segment.${split}.recall: ${q.recall.toFixed(3)} ratio`);
  console.log(`segment.${split}.titles_exact: ${q.titlesExact.toFixed(3)} ratio`);
  console.log(`segment.${split}.fields_exact: ${q.fieldsExact.toFixed(3)} ratio`);
}
