// Set algebra on spans. Every function returns a normalised set (sorted, non-overlapping,
// no empty spans, touching spans merged) and never mutates its arguments.

import type { Span } from '../model';

/** Sorts, drops empty spans and merges overlapping or touching ones. */
export function normalise(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      if (s.end > last.end) out[out.length - 1] = { start: last.start, end: s.end };
    } else {
      out.push({ start: s.start, end: s.end });
    }
  }
  return out;
}

export function union(a: readonly Span[], b: readonly Span[]): Span[] {
  return normalise([...a, ...b]);
}

/** The parts of `a` not covered by `b`. */
export function subtract(a: readonly Span[], b: readonly Span[]): Span[] {
  const cut = normalise(b);
  const out: Span[] = [];
  for (const s of normalise(a)) {
    let start = s.start;
    for (const c of cut) {
      if (c.end <= start) continue;
      if (c.start >= s.end) break;
      if (c.start > start) out.push({ start, end: c.start });
      start = Math.max(start, c.end);
      if (start >= s.end) break;
    }
    if (start < s.end) out.push({ start, end: s.end });
  }
  return out;
}

/** The parts covered by both `a` and `b`. */
export function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const x = normalise(a);
  const y = normalise(b);
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const start = Math.max(x[i].start, y[j].start);
    const end = Math.min(x[i].end, y[j].end);
    if (start < end) out.push({ start, end });
    if (x[i].end < y[j].end) i++;
    else j++;
  }
  return out;
}

/** Total number of code units covered. */
export function coveredLength(spans: readonly Span[]): number {
  return normalise(spans).reduce((n, s) => n + s.end - s.start, 0);
}

/** Clamps spans to [0, max): offsets from another version of a text must never point past its end. */
export function clamp(spans: readonly Span[], max: number): Span[] {
  return normalise(
    spans.map((s) => ({
      start: Math.max(0, Math.min(s.start, max)),
      end: Math.max(0, Math.min(s.end, max)),
    })),
  );
}

const SPACE = /\s/;

/** Shrinks a span so it neither starts nor ends on whitespace; null when only whitespace is left. */
export function trimSpan(raw: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && SPACE.test(raw[start])) start++;
  while (end > start && SPACE.test(raw[end - 1])) end--;
  return start < end ? { start, end } : null;
}

/** The raw text a set of spans covers, pieces in document order joined by a newline. */
export function textOf(raw: string, spans: readonly Span[]): string {
  return normalise(spans)
    .map((s) => raw.slice(s.start, s.end))
    .join('\n');
}

/** True when two span lists are the same, span by span. */
export function equal(a: readonly Span[], b: readonly Span[]): boolean {
  return a.length === b.length && a.every((s, i) => s.start === b[i].start && s.end === b[i].end);
}
