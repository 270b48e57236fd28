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

function inkIn(raw: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (!SPACE.test(raw[i])) n++;
  return n;
}

/** Share (0..1) of non-whitespace raw characters covered. A page with no ink counts as fully covered. */
export function coverage(raw: string, articles: readonly Article[], furniture: readonly Span[]): number {
  const total = inkIn(raw, 0, raw.length);
  if (total === 0) return 1;
  let covered = 0;
  for (const s of ownedSpans(articles, furniture))
    covered += inkIn(raw, Math.max(0, s.start), Math.min(raw.length, s.end));
  return covered / total;
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
