// diff.ms: the review's character diff of a 20,000-character Chinese article against its
// corrected text; diff.ratio_vs_dmp: the same against plain diff-match-patch (Sanity's maintained fork, the
// library charDiff calls) on the same pair
// (same timeout and cleanup). Also the exact review figures (compareTexts) on the same pair
// and on a whole fixture page against its truth (raw OCR against the archivist's text).
import { cleanupSemantic, makeDiff } from '@sanity/diff-match-patch';
import { charDiff } from '../src/core/diff/charDiff';
import { compareTexts } from '../src/core/diff/figures';
import { fixturePages } from '../tests/fixtures';

function article(length: number): string {
  const text = fixturePages()
    .map((p) => p.raw)
    .join('');
  let out = '';
  while (out.length < length) out += text;
  return out.slice(0, length);
}

/** The raw text's typical damage: every ~60th character misread, OCR spaces between CJK characters, broken lines. */
function damaged(text: string): string {
  let out = '';
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (const c of text) {
    const r = next();
    if (r < 0.012) out += '己';
    else if (r < 0.02) out += c + ' ';
    else if (r < 0.025) out += c + '\n';
    else if (r < 0.028) continue;
    else out += c;
  }
  return out;
}

function median(run: () => void, times: number): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)];
}

const corrected = article(20_000);
const raw = damaged(corrected);
for (let i = 0; i < 3; i++) charDiff(raw, corrected);

// Interleaved, so both see the same load on a shared machine.
const oursMs: number[] = [];
const plainMs: number[] = [];
for (let i = 0; i < 21; i++) {
  oursMs.push(median(() => charDiff(raw, corrected), 1));
  plainMs.push(
    median(() => {
      cleanupSemantic(makeDiff(raw, corrected, { checkLines: false, timeout: 1 }));
    }, 1),
  );
}
const mid = (xs: number[]): number => xs.sort((a, b) => a - b)[xs.length >> 1];
const ours = mid(oursMs);
const plain = mid(plainMs);
// The same pair with one emoji, which sends both texts through the grapheme segmenter.
const segmented = median(() => charDiff(raw + '👍🏽', corrected + '👍🏿'), 9);
const figures = median(() => compareTexts(raw, corrected), 9);
const longest = fixturePages().reduce((a, b) => (b.raw.length > a.raw.length ? b : a));
const truthText = longest.truth.articles
  .flatMap((a) => [a.kicker, a.title, a.subtitle, a.dateline, ...a.paragraphs, a.byline])
  .filter(Boolean)
  .join('\n');
const page = median(() => compareTexts(longest.raw, truthText), 5);

console.log(`diff.ms: ${ours.toFixed(2)} ms`);
console.log(`diff.dmp_ms: ${plain.toFixed(2)} ms`);
console.log(`diff.ratio_vs_dmp: ${(ours / plain).toFixed(2)} x`);
console.log(`diff.segmenter_path_ms: ${segmented.toFixed(2)} ms`);
console.log(`diff.figures_ms: ${figures.toFixed(2)} ms`);
console.log(`diff.figures_page_ms: ${page.toFixed(2)} ms`);
