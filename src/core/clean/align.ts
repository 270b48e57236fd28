// Mapping positions in a field's cleaned text back to its raw spans, so that text moved
// between fields (a dateline split off the first paragraph, a byline off the last) takes
// its provenance with it. The cleaned text differs from the raw only in ways the transforms
// make: whitespace and line breaks added or dropped, punctuation widened, a hyphen removed.
// Where the archivist edited the text the walk treats a differing character as a
// substitution, which keeps the mapping close enough for provenance.

import { diffTexts } from '../diff/dmp';
import type { Span, TextField } from '../model';
import { isBlankCode } from './script';

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
  // A corrected text is cut by its alignment; an uncorrected one by walking it (cheaper).
  const [a, b] = readsExactly(field, raw)
    ? cutSpans(field.spans, rawPositionAt(field, raw, offset), raw)
    : splitSpansAt(field, raw, offset);
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

// ---------------------------------------------------------------------------------------
// Alignment: which characters of a field's corrected text were read from which raw
// characters of its spans. Derived on demand from (text, spans, raw), never stored, so it
// survives every cleanup transform and hand edit that keeps characters recognisable:
// whitespace on either side is not aligned (joins and breaks come and go), the forms the
// transforms produce are folded back to what OCR printed, and the rest is a character diff
// (diff-match-patch over the non-whitespace characters). A first pass aligns in raw order;
// later passes align what is left over, in blocks of two or more characters, so text
// gathered out of raw order (a title assigned second part first, merged fields) still
// finds its raw characters; the last passes align single characters still left over, so
// a character read from the raw text is not left unaligned while its raw character is
// spare. Typed characters and raw characters the archivist deleted stay unaligned.

/** Characters read from raw, per text position and per raw position. */
export interface FieldAlignment {
  /** For each UTF-16 unit of the text: the raw offset it was read from, or -1 (typed, or whitespace). */
  toRaw: Int32Array;
  /** The non-whitespace raw offsets the spans cover, in raw order. */
  ink: number[];
  /** For each of `ink`: the text position that reads it, or -1 (deleted by the archivist). */
  toText: Int32Array;
}

/** Spans sorted and merged (a field's spans already are; this guards against damaged ones). */
function sortedSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((x) => x.end > x.start).sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && x.start <= last.end) last.end = Math.max(last.end, x.end);
    else out.push({ start: x.start, end: x.end });
  }
  return out;
}

/** A character code folded to the form OCR printed: what alignment compares. */
export function foldCode(c: number): number {
  return fold(c);
}

/** A character folded to the form OCR printed (see fold), as a one-unit string. */
function folded(c: number): string {
  return String.fromCharCode(fold(c));
}

/** Passes after the first that align only blocks of two or more characters. */
const BLOCK_PASSES = 3;
/** All passes: the last ones align single characters left over, until none is found. */
const PASSES = BLOCK_PASSES + 6;

/** Aligns a field's text with the raw characters of its spans (see the section comment). */
export function alignField(field: TextField, raw: string): FieldAlignment {
  const text = field.text;
  const ink: number[] = [];
  for (const s of sortedSpans(field.spans)) {
    const end = Math.min(s.end, raw.length);
    for (let p = Math.max(0, s.start); p < end; p++) {
      if (!isBlankCode(raw.charCodeAt(p))) ink.push(p);
    }
  }
  const toRaw = new Int32Array(text.length).fill(-1);
  const toText = new Int32Array(ink.length).fill(-1);
  const letters: number[] = [];
  for (let i = 0; i < text.length; i++) if (!isBlankCode(text.charCodeAt(i))) letters.push(i);
  if (ink.length === 0 || letters.length === 0) return { toRaw, ink, toText };

  // Indices (into `ink` and `letters`) still unaligned; each pass diffs what is left.
  let rawLeft = ink.map((_, k) => k);
  let textLeft = letters.map((_, k) => k);
  for (let pass = 0; pass < PASSES && rawLeft.length > 0 && textLeft.length > 0; pass++) {
    const a = rawLeft.map((k) => folded(raw.charCodeAt(ink[k]))).join('');
    const b = textLeft.map((k) => folded(text.charCodeAt(letters[k]))).join('');
    const minBlock = pass === 0 || pass > BLOCK_PASSES ? 1 : 2;
    let i = 0;
    let j = 0;
    let found = false;
    for (const [op, chunk] of diffTexts(a, b, 0)) {
      if (op === 0) {
        if (chunk.length >= minBlock) {
          for (let n = 0; n < chunk.length; n++) {
            const r = rawLeft[i + n];
            const t = letters[textLeft[j + n]];
            toText[r] = t;
            toRaw[t] = ink[r];
          }
          found = true;
        }
        i += chunk.length;
        j += chunk.length;
      } else if (op === -1) i += chunk.length;
      else j += chunk.length;
    }
    if (!found) {
      // Nothing in common at all, or no single characters left: done. No more blocks: singles.
      if (pass === 0 || pass > BLOCK_PASSES) break;
      pass = BLOCK_PASSES;
      continue;
    }
    rawLeft = rawLeft.filter((k) => toText[k] === -1);
    textLeft = textLeft.filter((k) => toRaw[letters[k]] === -1);
  }
  return { toRaw, ink, toText };
}

/** Whether the text's non-whitespace characters are exactly those of its spans (folded), in order: nothing corrected. */
function readsExactly(field: TextField, raw: string): boolean {
  // The usual case, without a diff: the folded characters are those of the spans one for one
  // (then the alignment is that identity too, as the diff of equal strings is one equality).
  if (readsOneForOne(field, raw)) return true;
  const al = alignField(field, raw);
  // Every raw character read, in raw order (text gathered out of order is cut by alignment).
  if (al.toText.some((t, k) => t === -1 || (k > 0 && t < al.toText[k - 1]))) return false;
  for (let i = 0; i < field.text.length; i++) {
    if (al.toRaw[i] === -1 && !isBlankCode(field.text.charCodeAt(i))) return false;
  }
  return true;
}

/** Whether the text's non-whitespace characters, folded, are those of its spans in order. */
function readsOneForOne(field: TextField, raw: string): boolean {
  const text = field.text;
  let i = 0;
  for (const s of sortedSpans(field.spans)) {
    const end = Math.min(s.end, raw.length);
    for (let p = Math.max(0, s.start); p < end; p++) {
      const r = raw.charCodeAt(p);
      if (isBlankCode(r)) continue;
      while (i < text.length && isBlankCode(text.charCodeAt(i))) i++;
      if (i >= text.length || fold(text.charCodeAt(i)) !== fold(r)) return false;
      i++;
    }
  }
  while (i < text.length && isBlankCode(text.charCodeAt(i))) i++;
  return i === text.length;
}

/**
 * The spans of a field cut where its text is cut at `offset`: each raw character goes with
 * the half whose text reads it; raw characters the archivist deleted go with their
 * neighbours (to the second half where the neighbours disagree); a text read from no raw
 * character at all keeps every span with the first half.
 */
export function splitSpansAt(field: TextField, raw: string, offset: number): [Span[], Span[]] {
  const al = alignField(field, raw);
  const half = new Int8Array(al.ink.length).fill(-1);
  for (let k = 0; k < al.ink.length; k++) if (al.toText[k] !== -1) half[k] = al.toText[k] < offset ? 0 : 1;
  // Deleted raw characters: the half of the nearest aligned neighbour after them, else before.
  let next = -1;
  for (let k = al.ink.length - 1; k >= 0; k--) {
    if (half[k] !== -1) next = half[k];
    else if (next !== -1) half[k] = next;
  }
  let prev = 0;
  for (let k = 0; k < al.ink.length; k++) {
    if (half[k] !== -1) prev = half[k];
    else half[k] = prev;
  }
  return spansByClass(al.ink, half, sortedSpans(field.spans), 2) as [Span[], Span[]];
}

/**
 * Groups the ink of `spans` by class into spans: consecutive ink of one class inside one
 * original span becomes one span (whitespace between them included, none at its edges).
 */
export function spansByClass(
  ink: readonly number[],
  classOf: ArrayLike<number>,
  spans: readonly Span[],
  classes: number,
): Span[][] {
  const out: Span[][] = Array.from({ length: classes }, () => []);
  let k = 0;
  for (const s of spans) {
    let run: { cls: number; start: number; end: number } | null = null;
    for (; k < ink.length && ink[k] < s.end; k++) {
      if (ink[k] < s.start) continue;
      const cls = classOf[k];
      if (run && run.cls === cls) run.end = ink[k] + 1;
      else {
        if (run) out[run.cls].push({ start: run.start, end: run.end });
        run = { cls, start: ink[k], end: ink[k] + 1 };
      }
    }
    if (run) out[run.cls].push({ start: run.start, end: run.end });
  }
  return out;
}
