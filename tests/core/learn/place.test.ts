import { describe, expect, it } from 'vitest';
import type { PageArticles } from '../../../src/core/article/state';
import { acceptHits } from '../../../src/core/learn/accept';
import { occurrencesIn } from '../../../src/core/learn/match';
import { placeOf } from '../../../src/core/learn/place';
import { emptyContent, type Article } from '../../../src/core/model';

const weiLai = { from: '末来', to: '未来', at: 0, len: 1 };
const raw = '共创美好\n末来。\n面向末来发展\n末来可期';

function pageWith(paragraphs: Article['paragraphs'], status: Article['status'] = 'draft'): PageArticles {
  const article: Article = {
    ...emptyContent(),
    paragraphs,
    id: 'a1',
    pageId: 'p1',
    order: 0,
    status,
    createdAt: 0,
    updatedAt: 0,
  };
  return { pageId: 'p1', articles: [article], furniture: [{ start: 16, end: 20 }] };
}

describe('placeOf', () => {
  // The first paragraph joins its two lines (cleanup), the second still reads as raw.
  const state = pageWith([
    { text: '共创美好末来。', spans: [{ start: 0, end: 8 }] },
    { text: '面向未来发展', spans: [{ start: 9, end: 15 }] },
  ]);

  it('finds the hit in its field through the alignment, across a joined line', () => {
    expect(placeOf(state, raw, 5, weiLai)).toMatchObject({
      kind: 'field',
      articleId: 'a1',
      field: { kind: 'paragraph', index: 0 },
      textStart: 4,
      textEnd: 6,
      state: 'open',
    });
  });

  it('knows a hit corrected already, text marked not article text and text not yet marked', () => {
    expect(placeOf(state, raw, 11, weiLai)).toMatchObject({ kind: 'field', state: 'done' });
    expect(placeOf(state, raw, 16, weiLai)).toEqual({ kind: 'furniture' });
    expect(placeOf(pageWith([]), raw, 11, weiLai)).toEqual({ kind: 'unassigned' });
  });
});

describe('acceptHits', () => {
  it('writes each accepted hit into its field and leaves a stale one alone', () => {
    const state = pageWith([{ text: '末来在末来里', spans: [{ start: 0, end: 6 }] }]);
    const field = { kind: 'paragraph' as const, index: 0 };
    const next = acceptHits(
      state,
      [
        { articleId: 'a1', field, textStart: 0, textEnd: 2, correction: weiLai },
        { articleId: 'a1', field, textStart: 3, textEnd: 5, correction: weiLai },
        { articleId: 'a1', field, textStart: 1, textEnd: 3, correction: weiLai },
      ],
      5,
    );
    expect(next.articles[0]?.paragraphs[0]?.text).toBe('未来在未来里');
    expect(next.articles[0]?.paragraphs[0]?.spans).toEqual([{ start: 0, end: 6 }]);
    expect(next.articles[0]?.updatedAt).toBe(5);
  });

  it('changes nothing when no hit still reads as OCR printed it', () => {
    const state = pageWith([{ text: '未来', spans: [{ start: 0, end: 2 }] }]);
    const field = { kind: 'paragraph' as const, index: 0 };
    expect(
      acceptHits(state, [{ articleId: 'a1', field, textStart: 0, textEnd: 2, correction: weiLai }], 5),
    ).toBe(state);
  });
});

describe('a hit straddling a line break', () => {
  // OCR broke the line inside 末来 (with a space left where the line ended).
  const broken = '共创美好末 \n来。面向末来';

  it('is found in a field cleanup joined, and accepting it writes the right text', () => {
    const state = pageWith([{ text: '共创美好末来。', spans: [{ start: 0, end: 9 }] }]);
    const [start] = occurrencesIn(broken, weiLai);
    expect(start).toBe(4);
    const place = placeOf(state, broken, 4, weiLai);
    expect(place).toMatchObject({ kind: 'field', textStart: 4, textEnd: 6, state: 'open' });
    if (place.kind !== 'field') return;
    const next = acceptHits(state, [{ ...place, correction: weiLai }], 5);
    expect(next.articles[0]?.paragraphs[0]?.text).toBe('共创美好未来。');
  });

  it('is found in a field still holding the break, and accepting it joins the word', () => {
    const state = pageWith([{ text: '共创美好末 \n来。', spans: [{ start: 0, end: 9 }] }]);
    const place = placeOf(state, broken, 4, weiLai);
    expect(place).toMatchObject({ kind: 'field', textStart: 4, textEnd: 8, state: 'open' });
    if (place.kind !== 'field') return;
    const next = acceptHits(state, [{ ...place, correction: weiLai }], 5);
    expect(next.articles[0]?.paragraphs[0]?.text).toBe('共创美好未来。');
  });

  it('reads as corrected once the joined field says 未来', () => {
    const state = pageWith([{ text: '共创美好未来。', spans: [{ start: 0, end: 9 }] }]);
    expect(placeOf(state, broken, 4, weiLai)).toMatchObject({ kind: 'field', state: 'done' });
  });
});
