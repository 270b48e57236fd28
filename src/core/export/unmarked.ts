// Unmarked text: the raw text of a page that no article claims and that is not marked
// furniture. An archivist who exports before marking everything may want it kept in the
// page's full text rather than silently dropped, so the page .txt can carry it (off by
// default: a clean corpus holds articles only).

import { normalise, subtract } from '../article/spans';
import { fieldsOf, type Article, type Span } from '../model';
import { lf } from './text';

/** Punctuation and symbols only (a stray bracket between articles): not worth a block. */
const MARKS_ONLY = /^[\p{P}\p{S}\s]*$/u;

/** One run of unmarked text, trimmed, with where it starts in the raw text. */
export interface UnmarkedRun {
  at: number;
  text: string;
}

/** The runs of unmarked text in raw order, trimmed; runs of punctuation alone are left out. */
export function unmarkedText(
  raw: string,
  articles: readonly Article[],
  furniture: readonly Span[],
): UnmarkedRun[] {
  const owned: Span[] = [...furniture];
  for (const a of articles) for (const [, f] of fieldsOf(a)) owned.push(...f.spans);
  return subtract([{ start: 0, end: raw.length }], normalise(owned))
    .map((s) => ({ at: s.start, text: lf(raw.slice(s.start, s.end)).trim() }))
    .filter((run) => !MARKS_ONLY.test(run.text));
}
