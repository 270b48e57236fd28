// Choosing among legacy CJK encodings when the bytes are not UTF-8. GB18030 accepts almost
// any byte pair, so Big5 and Shift_JIS pages read "cleanly" as GB18030 mojibake; what tells
// them apart is what the text looks like. Each candidate reading is scored by the share of
// its non-ASCII characters that are common in that encoding's own language: the first level
// of GB2312 (3,755 everyday simplified characters), of Big5 (5,401 traditional ones), of
// JIS X 0208 (2,965 kanji) plus kana; CJK punctuation and full-width forms count for all.
// A reading in the wrong encoding lands mostly on rare characters, symbols or U+FFFD.

import type { EncodingName } from '../model';

export type LegacyCandidate = Extract<EncodingName, 'utf-8' | 'gb18030' | 'big5' | 'shift_jis'>;

/** In order of preference: a later candidate must beat the best so far by MARGIN. */
export const CANDIDATES: readonly LegacyCandidate[] = ['utf-8', 'gb18030', 'big5', 'shift_jis'];

/** How much more plausible another encoding's reading must be to be preferred. */
const MARGIN = 0.15;
/** Bytes scored per candidate: plenty to judge a page, cheap on a 20 MB file. */
export const SCORE_SAMPLE_BYTES = 64 * 1024;

let sets: Record<LegacyCandidate, Set<number>> | null = null;

/** The code points a double-byte range decodes to, in `encoding`. */
function rangeChars(
  encoding: string,
  leads: [number, number],
  trails: readonly [number, number][],
  into: Set<number>,
): void {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [from, to] of trails) for (let t = from; t <= to; t++) bytes.push(lead, t);
  }
  const text = new TextDecoder(encoding).decode(new Uint8Array(bytes));
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0xfffd;
    if (cp !== 0xfffd) into.add(cp);
  }
}

function commonSets(): Record<LegacyCandidate, Set<number>> {
  if (sets) return sets;
  const shared = new Set<number>();
  for (let cp = 0x3000; cp <= 0x303f; cp++) shared.add(cp); // CJK symbols and punctuation
  for (let cp = 0xff01; cp <= 0xff5e; cp++) shared.add(cp); // full-width forms
  for (const cp of [0xb7, 0x2014, 0x2015, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x2027]) shared.add(cp);
  const gb = new Set(shared);
  rangeChars('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]], gb);
  const big5 = new Set(shared);
  rangeChars(
    'big5',
    [0xa4, 0xc6],
    [
      [0x40, 0x7e],
      [0xa1, 0xfe],
    ],
    big5,
  );
  const sjis = new Set(shared);
  rangeChars(
    'shift_jis',
    [0x88, 0x98],
    [
      [0x40, 0x7e],
      [0x80, 0xfc],
    ],
    sjis,
  );
  for (let cp = 0x3041; cp <= 0x30ff; cp++) sjis.add(cp); // hiragana and katakana
  // UTF-8 reads any script; its wrong readings are U+FFFD, not rare characters.
  const any = new Set([...gb, ...big5, ...sjis]);
  sets = { 'utf-8': any, gb18030: gb, big5, shift_jis: sjis };
  return sets;
}

/**
 * The share (0–1) of `text`'s non-ASCII characters that are common in `encoding`'s
 * language; 1 for text without any (nothing to doubt).
 */
export function plausibility(text: string, encoding: LegacyCandidate): number {
  const common = commonSets()[encoding];
  let total = 0;
  let hits = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    total++;
    if (common.has(cp)) hits++;
  }
  return total === 0 ? 1 : hits / total;
}

export interface LegacyGuess {
  encoding: LegacyCandidate;
  score: number;
  /** Every candidate's score, for the log and for tests. */
  scores: Record<LegacyCandidate, number>;
}

/** The likeliest encoding of `bytes` (no BOM, not strict UTF-8), by plausibility of a sample. */
export function guessLegacy(bytes: Uint8Array): LegacyGuess {
  const sample = bytes.subarray(0, SCORE_SAMPLE_BYTES);
  const scores = {} as Record<LegacyCandidate, number>;
  let best: LegacyCandidate = CANDIDATES[0];
  for (const encoding of CANDIDATES) {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(sample);
    scores[encoding] = plausibility(text, encoding);
    if (encoding !== best && scores[encoding] > scores[best] + MARGIN) best = encoding;
  }
  return { encoding: best, score: scores[best], scores };
}
