import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTexts, sumFigures } from '../../../src/core/diff/figures';

const reference = path.resolve(__dirname, '../../../../shared/reference/icdar2017-eng-periodical');
const read = (name: string): string => readFileSync(path.join(reference, name), 'utf8').replace(/\n$/, '');

/** The textbook O(n·m) table over code points, as the oracle. */
function textbookDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

describe('compareTexts on the ICDAR 2017 English periodical pairs', () => {
  // Reference figures from the README of the reference set.
  it.each([
    ['1', 32902, 1240, 0.03769],
    ['4', 39607, 2573, 0.06496],
  ])('pair %s agrees with the published figures', (pair, referenceChars, distance, cer) => {
    const ocr = read(`${pair}.ocr.txt`);
    const gt = read(`${pair}.gt.txt`);
    const figures = compareTexts(ocr, gt);
    expect(figures.reference_chars).toBe(referenceChars);
    expect(figures.distance).toBe(distance);
    expect(figures.cer).toBeCloseTo(cer, 5);
    expect(figures.insertions + figures.deletions + figures.substitutions).toBe(distance);
    // Insertions minus deletions is the growth from OCR to ground truth.
    expect(figures.insertions - figures.deletions).toBe([...gt].length - [...ocr].length);
  });
});

describe('compareTexts', () => {
  it('counts a substituted, an inserted and a deleted CJK character', () => {
    // 己→已 substituted, 的 added, a stray space removed.
    expect(compareTexts('工作己完成 了', '工作已完成的了')).toMatchObject({
      reference_chars: 7,
      substitutions: 2,
      insertions: 0,
      deletions: 0,
      distance: 2,
    });
    expect(compareTexts('带来巨大 挑战', '带来巨大挑战')).toMatchObject({
      deletions: 1,
      distance: 1,
      reference_chars: 6,
    });
    expect(compareTexts('完成率100', '完成率100％')).toMatchObject({ insertions: 1, distance: 1 });
  });

  it('counts a character outside the BMP as one code point', () => {
    const figures = compareTexts('𠀀a', '𠀁a');
    expect(figures).toMatchObject({ reference_chars: 2, substitutions: 1, distance: 1, cer: 0.5 });
  });

  it('has no ratio for an empty correction of non-empty raw text, and zero for two empty texts', () => {
    expect(compareTexts('abc', '').cer).toBeNull();
    expect(compareTexts('', '')).toMatchObject({ distance: 0, cer: 0 });
  });

  it('gives the exact Levenshtein distance and a consistent split on arbitrary texts', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '已', '己', '𠀀', ' '), maxLength: 90 });
    fc.assert(
      fc.property(text, text, (raw, corrected) => {
        const f = compareTexts(raw, corrected);
        expect(f.distance).toBe(textbookDistance(raw, corrected));
        expect(f.insertions - f.deletions).toBe([...corrected].length - [...raw].length);
        expect(f.substitutions).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('stays exact on long, mostly similar texts (the diagonal and divide-and-conquer paths)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('报', '讯', '记', '者', 'a', ' '),
          minLength: 300,
          maxLength: 500,
        }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('x', '', '者者')), { maxLength: 40 }),
        (base, edits) => {
          const chars = [...base];
          for (const [at, by] of edits) chars.splice(at % chars.length, 1, by);
          const corrected = chars.join('');
          expect(compareTexts(base, corrected).distance).toBe(textbookDistance(base, corrected));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('stays exact on long unrelated texts', () => {
    const a = Array.from({ length: 700 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 13))).join('');
    const b = Array.from({ length: 650 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 104729) % 11))).join(
      '',
    );
    expect(compareTexts(a, b).distance).toBe(textbookDistance(a, b));
  });
});

describe('sumFigures', () => {
  it('sums the counts and takes the ratio over the sums', () => {
    const total = sumFigures([compareTexts('ab', 'ac'), compareTexts('abcd', 'abcd')]);
    expect(total).toMatchObject({ reference_chars: 6, substitutions: 1, distance: 1 });
    expect(total.cer).toBeCloseTo(1 / 6, 10);
  });
});
