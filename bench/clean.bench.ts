// Cleanup and segmentation speed in Node, on a 50 MB corpus generated from the fixture pages.
// Galley cleans and segments a corpus page by page (the app per page, `galley clean` per
// file), so the main figures run over the corpus's pages:
//   clean.mb_per_s                 full default pipeline (cleanText) over every page
//   segment.mb_per_s               suggestArticles over every page
//   clean.cost_vs_one_regex_pass   that pipeline time / the time of one String.prototype.replace
//                                  of a simple regex over the same pages (`/[,;:!?]/g` → `，`,
//                                  the simplest form of one cleanup rule)
// and, for reference, clean.one_string_mb_per_s: the pipeline over the 50 MB as one string.
// MB = 10^6 bytes of UTF-8. Goals: ≥ 20, ≥ 5, < 10. Speeds are the best of a few runs after
// a warm-up, the ratio the median of nine back-to-back rounds, to keep a busy machine's noise out.
import { cleanText } from '../src/core/clean';
import { suggestArticles } from '../src/core/segment';
import { fixturePages } from '../tests/fixtures';

const TARGET_BYTES = 50e6;
const samples = fixturePages().map((p) => p.raw);

// Pages cycle through the fixture pages; each copy differs a little (a number changes) so no
// layer can get away with caching whole pages.
const pages: string[] = [];
let bytes = 0;
for (let i = 0; bytes < TARGET_BYTES; i++) {
  const page = samples[i % samples.length].replace(/\d+/, (d) => String(Number(d) + i));
  pages.push(page);
  bytes += Buffer.byteLength(page, 'utf8');
}
const corpus = pages.join('\n\n');
const mb = Buffer.byteLength(corpus, 'utf8') / 1e6;

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Best of `runs` (after one warm-up), the usual way to keep a busy machine's noise out. */
function best(runs: number, fn: () => void): number {
  fn();
  let min = Infinity;
  for (let i = 0; i < runs; i++) min = Math.min(min, time(fn));
  return min;
}

let sink = 0;
const regexPages = () => {
  for (const p of pages) sink += p.replace(/[,;:!?]/g, '，').length;
};
const cleanPages = () => {
  for (const p of pages) sink += cleanText(p).text.length;
};
// The ratio is taken round by round (regex pass, then pipeline, back to back) and the
// median kept: on a shared machine the load changes between rounds, not within one.
regexPages();
cleanPages();
const rounds: { regex: number; clean: number }[] = [];
const ROUNDS = 9;
for (let i = 0; i < ROUNDS; i++) rounds.push({ regex: time(regexPages), clean: time(cleanPages) });
const ratios = rounds.map((r) => r.clean / r.regex).sort((a, b) => a - b);
const clean = Math.min(...rounds.map((r) => r.clean));
const regexPass = Math.min(...rounds.map((r) => r.regex));
const oneString = best(2, () => {
  sink += cleanText(corpus).text.length;
});
const segment = best(2, () => {
  for (const p of pages) sink += suggestArticles(p).length;
});

console.log(`corpus.mb: ${mb.toFixed(1)} MB`);
console.log(`corpus.pages: ${pages.length} pages`);
console.log(`clean.mb_per_s: ${(mb / clean).toFixed(1)} MB/s`);
console.log(`clean.one_string_mb_per_s: ${(mb / oneString).toFixed(1)} MB/s`);
console.log(`segment.mb_per_s: ${(mb / segment).toFixed(1)} MB/s`);
console.log(`clean.regex_pass_mb_per_s: ${(mb / regexPass).toFixed(1)} MB/s`);
console.log(`clean.cost_vs_one_regex_pass: ${ratios[(ROUNDS - 1) / 2].toFixed(2)} x`);
if (sink === 0) console.log('unreachable');
