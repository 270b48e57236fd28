import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiffChunk } from '../../../src/core/diff/charDiff';
import { charDiff } from '../../../src/core/diff/charDiff';

const side = (chunks: DiffChunk[], keep: 'insert' | 'delete'): string =>
  chunks
    .filter((c) => c.op !== keep)
    .map((c) => c.text)
    .join('');

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const boundaries = (text: string): Set<number> =>
  new Set([...segmenter.segment(text)].map((s) => s.index).concat(text.length));

describe('charDiff', () => {
  it('shows a single misread CJK character as one deletion and one insertion', () => {
    expect(charDiff('工作己完成', '工作已完成')).toEqual([
      { op: 'equal', text: '工作' },
      { op: 'delete', text: '己' },
      { op: 'insert', text: '已' },
      { op: 'equal', text: '完成' },
    ]);
  });

  it('shows a removed OCR space between CJK characters', () => {
    expect(charDiff('带来巨大 挑战', '带来巨大挑战')).toEqual([
      { op: 'equal', text: '带来巨大' },
      { op: 'delete', text: ' ' },
      { op: 'equal', text: '挑战' },
    ]);
  });

  it('keeps a character outside the BMP and a combined character whole', () => {
    const chunks = charDiff('𠀀e\u0301x👍🏽', '𠀁e\u0300x👍🏿', { semantic: false });
    // No chunk starts with a low surrogate, an accent or a skin-tone modifier.
    for (const c of chunks)
      expect(c.text).not.toMatch(/^(?:[\uDC00-\uDFFF]|[\u0300-\u036F]|\u{1F3FB}|\u{1F3FF})/u);
    expect(chunks.filter((c) => c.op === 'delete').map((c) => c.text)).toEqual(['𠀀e\u0301', '👍🏽']);
    expect(chunks.filter((c) => c.op === 'insert').map((c) => c.text)).toEqual(['𠀁e\u0300', '👍🏿']);
  });

  it('does not confuse a private-use character in the text with an encoded cluster', () => {
    const chunks = charDiff('\uE000ab', '\uE000👍b');
    expect(side(chunks, 'insert')).toBe('\uE000ab');
    expect(side(chunks, 'delete')).toBe('\uE000👍b');
  });

  it('rebuilds both texts and never cuts a grapheme cluster', () => {
    const text = fc.string({
      unit: fc.constantFrom('报', '讯', 'a', ' ', '\n', '𠀀', 'e\u0301', '👍🏽', '🇨🇳', '\uE001'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, text, fc.boolean(), (from, to, semantic) => {
        const chunks = charDiff(from, to, { semantic });
        expect(side(chunks, 'insert')).toBe(from);
        expect(side(chunks, 'delete')).toBe(to);
        const fromCuts = boundaries(from);
        const toCuts = boundaries(to);
        let atFrom = 0;
        let atTo = 0;
        for (const c of chunks) {
          expect(c.text.length).toBeGreaterThan(0);
          if (c.op !== 'insert') atFrom += c.text.length;
          if (c.op !== 'delete') atTo += c.text.length;
          expect(fromCuts.has(atFrom)).toBe(true);
          expect(toCuts.has(atTo)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
