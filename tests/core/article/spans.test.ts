import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clamp,
  coveredLength,
  intersect,
  normalise,
  subtract,
  trimSpan,
  union,
} from '../../../src/core/article';
import type { Span } from '../../../src/core/model';

// A span list as the set of offsets it covers: the model the algebra must agree with.
function cells(spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const s of spans) for (let i = s.start; i < s.end; i++) out.add(i);
  return out;
}

const spanArb = fc
  .tuple(fc.nat(60), fc.nat(60))
  .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
const listArb = fc.array(spanArb, { maxLength: 8 });

function isNormal(spans: readonly Span[]): boolean {
  return spans.every((s, i) => s.start < s.end && (i === 0 || spans[i - 1].end < s.start));
}

describe('span algebra', () => {
  it('normalise keeps the covered offsets and yields sorted, separate, non-empty spans', () => {
    fc.assert(
      fc.property(listArb, (a) => {
        const n = normalise(a);
        expect(isNormal(n)).toBe(true);
        expect(cells(n)).toEqual(cells(a));
      }),
    );
  });

  it('union, subtract and intersect agree with set operations on offsets', () => {
    fc.assert(
      fc.property(listArb, listArb, (a, b) => {
        const A = cells(a);
        const B = cells(b);
        for (const [result, expected] of [
          [union(a, b), new Set([...A, ...B])],
          [subtract(a, b), new Set([...A].filter((x) => !B.has(x)))],
          [intersect(a, b), new Set([...A].filter((x) => B.has(x)))],
        ] as const) {
          expect(isNormal(result)).toBe(true);
          expect(cells(result)).toEqual(expected);
        }
        expect(coveredLength(a)).toBe(A.size);
      }),
    );
  });

  it('clamp keeps offsets inside the text', () => {
    expect(
      clamp(
        [
          { start: -3, end: 2 },
          { start: 8, end: 20 },
        ],
        10,
      ),
    ).toEqual([
      { start: 0, end: 2 },
      { start: 8, end: 10 },
    ]);
  });

  it('trimSpan drops whitespace at the edges, including ideographic spaces', () => {
    const raw = '\n\u3000 标题 \n';
    expect(trimSpan(raw, { start: 0, end: raw.length })).toEqual({ start: 3, end: 5 });
    expect(trimSpan(raw, { start: 0, end: 3 })).toBeNull();
  });
});
