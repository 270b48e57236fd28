// A suggestion never overwrites text the archivist already assigned: before suggestions are
// shown, every suggested field that touches raw text already owned (by an article or marked
// not-article) is dropped, and a suggestion left with neither title nor body is dropped too.

import type { Span, TextField } from '../model';
import { SINGLE_FIELDS, emptyField } from '../model';
import type { SuggestedArticle } from './suggest';

/** Sorted, merged copy of spans, for overlap tests by binary search. */
function normalise(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

function overlapsAny(span: Span, taken: readonly Span[]): boolean {
  let lo = 0;
  let hi = taken.length;
  // First taken span ending after span.start.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < taken.length && taken[lo].start < span.end;
}

const free = (field: TextField, taken: readonly Span[]) => !field.spans.some((s) => overlapsAny(s, taken));

/**
 * The suggestions with every field that touches `taken` raw text removed (single fields
 * emptied, list entries dropped), without the suggestions that keep neither a title nor a
 * paragraph, renumbered in reading order.
 */
export function untakenSuggestions(
  suggestions: readonly SuggestedArticle[],
  taken: readonly Span[],
): SuggestedArticle[] {
  const owned = normalise(taken);
  if (owned.length === 0) return [...suggestions];
  const out: SuggestedArticle[] = [];
  for (const s of suggestions) {
    const next: SuggestedArticle = {
      ...s,
      paragraphs: s.paragraphs.filter((f) => free(f, owned)),
      captions: s.captions.filter((f) => free(f, owned)),
      notes: s.notes.filter((f) => free(f, owned)),
    };
    for (const kind of SINGLE_FIELDS) if (!free(s[kind], owned)) next[kind] = emptyField();
    if (next.title.text === '' && next.paragraphs.length === 0) continue;
    out.push({ ...next, order: out.length });
  }
  return out;
}
