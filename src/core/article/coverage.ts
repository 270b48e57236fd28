// How much of a page is done: the share of its ink (non-whitespace raw characters) that
// belongs to an article or is marked furniture, and where the next unassigned text is.

import type { Article, Span } from '../model';
import { fieldsOf } from '../model';
import { normalise } from './spans';

const SPACE = /\s/;

function ownedSpans(articles: readonly Article[], furniture: readonly Span[]): Span[] {
  const spans: Span[] = [...furniture];
  for (const a of articles) for (const [, f] of fieldsOf(a)) spans.push(...f.spans);
  return normalise(spans);
}

/** Share (0..1) of non-whitespace raw characters covered. A page with no ink counts as fully covered. */
export function coverage(raw: string, articles: readonly Article[], furniture: readonly Span[]): number {
  return inkIndex(raw).coverage(articles, furniture);
}

/** Counts of ink before every offset, made once per page so coverage stays cheap while typing. */
export interface InkIndex {
  coverage(articles: readonly Article[], furniture: readonly Span[]): number;
}

export function inkIndex(raw: string): InkIndex {
  const before = new Uint32Array(raw.length + 1);
  for (let i = 0; i < raw.length; i++) before[i + 1] = before[i] + (SPACE.test(raw[i]) ? 0 : 1);
  const total = before[raw.length];
  const at = (n: number) => before[Math.max(0, Math.min(raw.length, n))];
  return {
    coverage(articles, furniture) {
      if (total === 0) return 1;
      let covered = 0;
      for (const s of ownedSpans(articles, furniture)) covered += at(s.end) - at(s.start);
      return covered / total;
    },
  };
}

/**
 * The first run of unassigned text at or after `from` (wrapping round to the top), from
 * its first to its last non-whitespace character before the next assigned text. Null when
 * every non-whitespace character is covered.
 */
export function nextGap(
  raw: string,
  articles: readonly Article[],
  furniture: readonly Span[],
  from = 0,
): Span | null {
  const owned = ownedSpans(articles, furniture);
  const scan = (start: number, end: number): Span | null => {
    let i = start;
    let k = 0;
    while (i < end) {
      while (k < owned.length && owned[k].end <= i) k++;
      if (k < owned.length && owned[k].start <= i) {
        i = owned[k].end;
        continue;
      }
      if (SPACE.test(raw[i])) {
        i++;
        continue;
      }
      const stop = k < owned.length ? Math.min(owned[k].start, raw.length) : raw.length;
      let last = stop;
      while (last > i && SPACE.test(raw[last - 1])) last--;
      return { start: i, end: last };
    }
    return null;
  };
  return scan(Math.max(0, from), raw.length) ?? scan(0, Math.min(from, raw.length));
}
