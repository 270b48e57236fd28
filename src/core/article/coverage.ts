// How much of a page is done: the share of its ink (non-whitespace raw characters) that
// belongs to an article or is marked furniture, and where the next unassigned text is.

import type { Article, Span } from '../model';
import { fieldsOf } from '../model';
import { normalise } from './spans';

const SPACE = /\s/;
/** Punctuation and symbols: a run of them alone is no article's text of its own. */
const MARK = /[\p{P}\p{S}]/u;

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
      // Brackets or a full stop left between two marked pieces are not work to do: skipped.
      if (onlyMarks(raw, i, last)) {
        i = stop;
        continue;
      }
      return { start: i, end: last };
    }
    return null;
  };
  return scan(Math.max(0, from), raw.length) ?? scan(0, Math.min(from, raw.length));
}

function onlyMarks(raw: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!SPACE.test(raw[i]) && !MARK.test(raw[i])) return false;
  return true;
}

/**
 * The ranges, each grown over the punctuation between it and assigned text (or another of
 * the ranges) right beside it: a bracket or stop left between two marked pieces goes with
 * its neighbour instead of staying unassigned. Whitespace at the edges stays out.
 */
export function withPunctuationGaps(
  raw: string,
  articles: readonly Article[],
  furniture: readonly Span[],
  ranges: readonly Span[],
): Span[] {
  const owned = ownedSpans(articles, [...furniture, ...ranges]);
  const starts = new Set(owned.map((s) => s.start));
  const ends = new Set(owned.map((s) => s.end));
  return ranges.map((r) => {
    let end = r.end;
    let j = end;
    while (j < raw.length && !starts.has(j) && (SPACE.test(raw[j]) || MARK.test(raw[j]))) j++;
    if (j > end && (starts.has(j) || j === raw.length)) {
      while (j > end && SPACE.test(raw[j - 1])) j--;
      end = j;
    }
    let start = r.start;
    let i = start;
    while (i > 0 && !ends.has(i) && (SPACE.test(raw[i - 1]) || MARK.test(raw[i - 1]))) i--;
    if (i < start && (ends.has(i) || i === 0)) {
      while (i < start && SPACE.test(raw[i])) i++;
      start = i;
    }
    return start === r.start && end === r.end ? r : { start, end };
  });
}

/**
 * The next unassigned text as nextGap finds it, but only up to the first blank line: one
 * printed block (a headline, a dateline, a paragraph's column), what one field takes. A
 * block of punctuation alone (a stop left before the blank line) is passed over.
 */
export function nextBlock(
  raw: string,
  articles: readonly Article[],
  furniture: readonly Span[],
  from = 0,
): Span | null {
  const seen = new Set<number>();
  let at = from;
  for (;;) {
    const gap = nextGap(raw, articles, furniture, at);
    if (!gap || seen.has(gap.start)) return null;
    seen.add(gap.start);
    const blank = /\n[^\S\n]*\n/g;
    blank.lastIndex = gap.start;
    const m = blank.exec(raw);
    let end = m && m.index < gap.end ? m.index : gap.end;
    while (end > gap.start && SPACE.test(raw[end - 1])) end--;
    if (!onlyMarks(raw, gap.start, end)) return { start: gap.start, end };
    at = m && m.index < gap.end ? m.index + m[0].length : gap.end;
  }
}
