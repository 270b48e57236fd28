import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSpans, intersect, owned, type PageArticles } from '../../../src/core/article';
import { emptyContent, type Span } from '../../../src/core/model';

// checkSpans finds raw text held by two owners in one sweep over the spans; every pair of
// owners tested against each other (intersect) is the reference it must agree with,
// problem for problem and in the same order, whatever the spans look like (unsorted,
// overlapping within an owner, empty, reversed, past the raw text's end).

const spanArb: fc.Arbitrary<Span> = fc.record({ start: fc.integer({ min: -2, max: 60 }), end: fc.nat(62) });
const spansArb = fc.array(spanArb, { maxLength: 4 });

const pageArb: fc.Arbitrary<PageArticles> = fc
  .record({
    furniture: spansArb,
    articles: fc.array(fc.record({ title: spansArb, paragraphs: fc.array(spansArb, { maxLength: 4 }) }), {
      maxLength: 6,
    }),
  })
  .map(({ furniture, articles }) => ({
    pageId: 'p1',
    furniture,
    articles: articles.map((a, i) => ({
      ...emptyContent(),
      id: `a${i}`,
      pageId: 'p1',
      order: i,
      status: 'draft' as const,
      createdAt: 0,
      updatedAt: 0,
      title: { text: '', spans: a.title },
      paragraphs: a.paragraphs.map((spans) => ({ text: '', spans })),
    })),
  }));

function sharedByPairs(state: PageArticles) {
  const owners = [...owned(state)];
  const out = [];
  for (let i = 0; i < owners.length; i++) {
    for (let j = i + 1; j < owners.length; j++) {
      const spans = intersect(owners[i].spans, owners[j].spans);
      if (spans.length > 0) out.push({ owner: owners[i].owner, other: owners[j].owner, spans });
    }
  }
  return out;
}

describe('checkSpans: raw text held by two owners', () => {
  it('names the same pairs, spans and order as testing every pair of owners', () => {
    fc.assert(
      fc.property(pageArb, (state) => {
        const found = checkSpans('x'.repeat(50), state)
          .problems.filter((p) => p.code === 'span.shared')
          .map((p) => (p.code === 'span.shared' ? { owner: p.owner, other: p.other, spans: p.spans } : p));
        expect(found).toEqual(sharedByPairs(state));
      }),
      { numRuns: 500 },
    );
  });

  it('finds three owners of one stretch as three pairs', () => {
    const state: PageArticles = {
      pageId: 'p1',
      furniture: [{ start: 0, end: 10 }],
      articles: [
        {
          ...emptyContent(),
          id: 'a',
          pageId: 'p1',
          order: 0,
          status: 'draft',
          createdAt: 0,
          updatedAt: 0,
          title: { text: '', spans: [{ start: 5, end: 20 }] },
          paragraphs: [{ text: '', spans: [{ start: 8, end: 9 }] }],
        },
      ],
    };
    const shared = checkSpans('x'.repeat(30), state).problems.filter((p) => p.code === 'span.shared');
    expect(shared.map((p) => (p.code === 'span.shared' ? p.spans : []))).toEqual([
      [{ start: 5, end: 10 }],
      [{ start: 8, end: 9 }],
      [{ start: 8, end: 9 }],
    ]);
  });
});
