import { expect } from 'vitest';
import { intersect, normalise, owned } from '../../../src/core/article';
import type { PageArticles } from '../../../src/core/article';
import type { Span } from '../../../src/core/model';

/** The span of the `nth` occurrence of `needle` in `raw`; fails the test when absent. */
export function spanOf(raw: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = raw.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`not on the page: ${needle}`);
  }
  return { start: at, end: at + needle.length };
}

/** The span of the raw line that reads exactly `line` once trimmed; fails the test when absent. */
export function lineOf(raw: string, line: string): Span {
  let at = 0;
  for (const l of raw.split('\n')) {
    if (l.trim() === line) {
      const start = at + l.indexOf(line);
      return { start, end: start + line.length };
    }
    at += l.length + 1;
  }
  throw new Error(`no such line on the page: ${line}`);
}

export function emptyState(pageId = 'p1'): PageArticles {
  return { pageId, articles: [], furniture: [] };
}

export function ids(): () => string {
  let n = 0;
  return () => `a${++n}`;
}

/** The one-owner rule and valid offsets, checked over every owner of a state. */
export function expectOneOwner(state: PageArticles, rawLength: number): void {
  const all = [...owned(state)];
  for (const o of all) {
    expect(normalise(o.spans)).toEqual(o.spans);
    for (const s of o.spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(rawLength);
      expect(s.start).toBeLessThan(s.end);
    }
  }
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      expect(
        intersect(all[i].spans, all[j].spans),
        `${JSON.stringify(all[i].owner)} vs ${JSON.stringify(all[j].owner)}`,
      ).toEqual([]);
    }
  }
  expect(state.articles.map((a) => a.order)).toEqual(state.articles.map((_, i) => i));
}
