// Segmentation on the train pages printed another way, with their truth carried over by
// construction: the same articles, titles and fields, only the layout changed as real pages
// change it. Each variant maps every raw line (and the truth's first, last and furniture lines
// through the same map), so an article is found exactly when the segmenter reads the page's
// structure from evidence that survives the change:
//   no_blank_lines   every blank line removed (pages printed with none)
//   no_marks         every `#` mark removed (OCR that marks no headline)
//   one_level        every `#` mark made `#` (OCR that marks all headlines alike)
//   reversed_levels  `#` ↔ `####`, `##` ↔ `###` (levels that lie)
//   full_width       `, ; : ! ? ( )` beside Han made full width
//   half_width       `，；：！？（）` made half width
// For each: segment.layout.<variant>.precision / recall / titles_exact (fields are not
// compared: a paragraph parted by a blank line cannot be told apart once the line is gone).
// With `--detail`, each error's page and text (train pages only; holdout pages are never read).
import { suggestArticles } from '../src/core/segment';
import { fixturePages, type FixturePage, type PageTruth } from '../tests/fixtures';
import { quality, scorePage } from '../tests/support/segmentQuality';
import { segmentErrors } from './segmentErrors';

type LineMap = (line: string) => string | undefined;

const HAN = /\p{Script=Han}/u;
const HALF: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};
const FULL = Object.fromEntries(Object.entries(HALF).map(([h, f]) => [f, h]));

const marks =
  (f: (level: number) => number): LineMap =>
  (line) =>
    line.replace(/^(\s*)(#{1,6})(?=\s)/u, (_, lead: string, m: string) => lead + '#'.repeat(f(m.length)));

const VARIANTS: Record<string, LineMap> = {
  no_blank_lines: (line) => (line.trim() === '' ? undefined : line),
  no_marks: (line) => line.replace(/^(\s*)#{1,6}\s+/u, '$1'),
  one_level: marks(() => 1),
  reversed_levels: marks((l) => (l <= 4 ? 5 - l : l)),
  full_width: (line) =>
    line.replace(/[,;:!?()]/gu, (c, i: number) =>
      HAN.test(line[i - 1] ?? '') || HAN.test(line[i + 1] ?? '') ? HALF[c] : c,
    ),
  half_width: (line) => line.replace(/[，；：！？（）]/gu, (c) => FULL[c]),
};

function perturb(page: FixturePage, map: LineMap): { raw: string; truth: PageTruth } {
  const raw = page.raw
    .split('\n')
    .map(map)
    .filter((l): l is string => l !== undefined)
    .join('\n');
  const line = (l: string) => (map(l) ?? l).trim();
  const truth: PageTruth = {
    ...page.truth,
    articles: page.truth.articles.map((a) => ({
      ...a,
      firstLine: line(a.firstLine),
      lastLine: line(a.lastLine),
    })),
    furniture: page.truth.furniture.map(line),
  };
  return { raw, truth };
}

const detail = process.argv.includes('--detail');
const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
const pages = fixturePages('train');

for (const [name, map] of Object.entries(VARIANTS)) {
  if (only && !name.includes(only)) continue;
  const variants = pages.map((p) => perturb(p, map));
  const suggested = variants.map((v) => suggestArticles(v.raw));
  const q = quality(variants.map((v, i) => scorePage(v.raw, suggested[i], v.truth)));
  console.log(`segment.layout.${name}.precision: ${q.precision.toFixed(3)} ratio`);
  console.log(`segment.layout.${name}.recall: ${q.recall.toFixed(3)} ratio`);
  console.log(`segment.layout.${name}.titles_exact: ${q.titlesExact.toFixed(3)} ratio`);
  if (!detail) continue;
  for (const [i, v] of variants.entries())
    for (const e of segmentErrors(v.raw, suggested[i], v.truth))
      if (!e.category.startsWith('field.')) console.log(`  ${pages[i].name} ${e.category}: ${e.detail}`);
}
