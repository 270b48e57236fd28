// Mapping positions in a field's cleaned text back to its raw spans, so that text moved
// between fields (a dateline split off the first paragraph, a byline off the last) takes
// its provenance with it. The cleaned text differs from the raw only in ways the transforms
// make: whitespace and line breaks added or dropped, punctuation widened, a hyphen removed.
// Where the archivist edited the text the walk treats a differing character as a
// substitution, which keeps the mapping close enough for provenance.

import type { Span, TextField } from '../model';

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x3000;

/** Folds the forms the transforms produce back to what OCR printed. */
function fold(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full width → ASCII
  if (c === 0x3002) return 0x2e; // 。
  if (c === 0x201c || c === 0x201d) return 0x22; // “ ” → "
  if (c === 0x2018 || c === 0x2019) return 0x27; // ‘ ’ → '
  return c;
}

/** Raw positions covered by the spans, in order, as a cursor. */
class RawCursor {
  private k = 0;
  pos: number;
  constructor(
    private readonly raw: string,
    private readonly spans: readonly Span[],
  ) {
    this.pos = spans.length > 0 ? spans[0].start : 0;
  }
  get done(): boolean {
    return this.k >= this.spans.length;
  }
  /** Moves past the end of a span into the next one when needed. */
  private settle(): void {
    while (this.k < this.spans.length && this.pos >= this.spans[this.k].end) {
      this.k++;
      if (this.k < this.spans.length) this.pos = this.spans[this.k].start;
    }
  }
  skipSpace(): void {
    this.settle();
    while (!this.done && isSpace(this.raw.charCodeAt(this.pos))) {
      this.pos++;
      this.settle();
    }
  }
  code(): number {
    this.settle();
    return this.done ? NaN : this.raw.charCodeAt(this.pos);
  }
  advance(): void {
    this.pos++;
    this.settle();
  }
}

/**
 * The raw position that corresponds to `offset` in the field's text: where the raw text of
 * the part after `offset` begins (after any whitespace).
 */
export function rawPositionAt(field: TextField, raw: string, offset: number): number {
  if (field.spans.length === 0) return 0;
  const cursor = new RawCursor(raw, field.spans);
  const text = field.text;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    cursor.skipSpace();
    if (cursor.done) break;
    // A hyphen at a raw line end that joining removed (`inter-` / `national`).
    if (cursor.code() === 0x2d && c !== 0x2d) {
      cursor.advance();
      cursor.skipSpace();
    }
    // A character typed into the text that the raw lacks: the raw waits for the next one.
    if (fold(cursor.code()) !== fold(c) && fold(cursor.code()) === fold(text.charCodeAt(i + 1))) continue;
    cursor.advance();
  }
  cursor.skipSpace();
  const last = field.spans[field.spans.length - 1];
  return cursor.done ? last.end : cursor.pos;
}

/** Spans cut at a raw position: the parts before and after it, with whitespace trimmed off the cut. */
export function cutSpans(spans: readonly Span[], at: number, raw: string): [Span[], Span[]] {
  const before: Span[] = [];
  const after: Span[] = [];
  for (const s of spans) {
    if (s.end <= at) before.push(s);
    else if (s.start >= at) after.push(s);
    else {
      before.push({ start: s.start, end: at });
      after.push({ start: at, end: s.end });
    }
  }
  return [trimSpans(before, raw), trimSpans(after, raw)];
}

/** Spans without leading or trailing whitespace; spans of only whitespace dropped. */
export function trimSpans(spans: readonly Span[], raw: string): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    let { start, end } = s;
    while (start < end && isSpace(raw.charCodeAt(start))) start++;
    while (end > start && isSpace(raw.charCodeAt(end - 1))) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Splits a field at an offset of its text into two fields, each with the raw spans of its text. */
export function splitField(field: TextField, raw: string, offset: number): [TextField, TextField] {
  const at = rawPositionAt(field, raw, offset);
  const [a, b] = cutSpans(field.spans, at, raw);
  return [
    { text: field.text.slice(0, offset).trim(), spans: a },
    { text: field.text.slice(offset).trim(), spans: b },
  ];
}

/** Two fields gathered into one (text joined with `separator`, spans merged in raw order). */
export function mergeFields(a: TextField, b: TextField, separator: string): TextField {
  const text = a.text === '' ? b.text : b.text === '' ? a.text : a.text + separator + b.text;
  const spans = [...a.spans, ...b.spans].sort((x, y) => x.start - y.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const prev = merged[merged.length - 1];
    if (prev && s.start <= prev.end) prev.end = Math.max(prev.end, s.end);
    else merged.push({ ...s });
  }
  return { text, spans: merged };
}
