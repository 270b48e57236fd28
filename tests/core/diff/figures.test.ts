import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareTexts, sumFigures } from '../../../src/core/diff/figures';
import { fixturePages, fixtureText, type FixturePage } from '../../fixtures';

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

/** A page's text as the archivist corrected it: each article's title and paragraphs, a line each. */
function truthText(page: FixturePage): string {
  return page.truth.articles.flatMap((a) => [a.title, ...a.paragraphs]).join('\n');
}

describe('compareTexts on the fixture pages against their truth', () => {
  it.each(fixturePages().map((p) => [p.name, p] as const))(
    '%s: exact distance, consistent split, CER over the corrected text',
    (_name, page) => {
      const raw = page.raw;
      const corrected = truthText(page);
      const f = compareTexts(raw, corrected);
      expect(f.reference_chars).toBe([...corrected].length);
      expect(f.distance).toBe(textbookDistance(raw, corrected));
      expect(f.insertions + f.deletions + f.substitutions).toBe(f.distance);
      expect(f.insertions - f.deletions).toBe([...corrected].length - [...raw].length);
      expect(f.cer).toBeCloseTo(f.distance / f.reference_chars, 10);
      // The raw page is damaged (spaces, half-width punctuation, furniture) but mostly right.
      expect(f.cer).toBeGreaterThan(0);
      expect(f.cer).toBeLessThan(1);
    },
  );

  it.each(fixturePages().map((p) => [p.name, p] as const))(
    '%s: comparing the other way round gives the same distance, growth reversed',
    (_name, page) => {
      const there = compareTexts(page.raw, truthText(page));
      const back = compareTexts(truthText(page), page.raw);
      // The distance is symmetric; the split may come from another alignment of the same cost.
      expect(back.distance).toBe(there.distance);
      expect(back.insertions - back.deletions).toBe(there.deletions - there.insertions);
      expect(back.reference_chars).toBe([...page.raw].length);
      expect(compareTexts(page.raw, page.raw)).toMatchObject({ distance: 0, cer: 0 });
    },
  );

  it('counts a stray space and half-width punctuation in a raw line (01-flood-drill)', () => {
    const raw = '“演练就是实战， 每一个环节都';
    expect(fixtureText('01-flood-drill').split('\n')).toContain(raw);
    // One space deleted.
    expect(compareTexts(raw, '“演练就是实战，每一个环节都')).toMatchObject({
      reference_chars: 14,
      insertions: 0,
      deletions: 1,
      substitutions: 0,
      distance: 1,
    });
    // 02-street-roundup has half-width commas: each is one substitution.
    const line = fixtureText('02-street-roundup')
      .split('\n')
      .find((l) => l.startsWith('本报讯 7月24日,'))!;
    const fixed = line.replace(/,(?!\d)/g, '，');
    const commas = [...line].filter((c, i) => c === ',' && !/\d/.test(line[i + 1] ?? '')).length;
    expect(commas).toBeGreaterThan(2);
    expect(compareTexts(line, fixed)).toMatchObject({ substitutions: commas, insertions: 0, deletions: 0 });
    expect(compareTexts(line, fixed).cer).toBeCloseTo(commas / [...fixed].length, 10);
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
