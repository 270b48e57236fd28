// From raw selections to tidy field text. Assigned text arrives with column-width line
// breaks joined (core/clean/joinLines); each paragraph keeps the raw span it came from.

import { joinLines } from '../clean/joinLines';
import { isWide } from '../clean/script';
import type { Span } from '../model';
import { normalise, trimSpan } from './spans';

/** One paragraph of a raw selection: its tidy text and the raw span it came from. */
export interface Piece {
  text: string;
  span: Span;
}

// A blank line (whitespace-only lines count), as joinLines treats it: a paragraph break.
const BLANK_LINE = /\n[ \t\r\u3000]*\n/g;

/** Splits each range at blank lines into paragraphs; whitespace at their edges is not owned. */
export function piecesOf(raw: string, ranges: readonly Span[]): Piece[] {
  const pieces: Piece[] = [];
  for (const range of normalise(ranges)) {
    const slice = raw.slice(range.start, range.end);
    let from = 0;
    const cuts: Span[] = [];
    for (const m of slice.matchAll(BLANK_LINE)) {
      cuts.push({ start: range.start + from, end: range.start + m.index });
      from = m.index + m[0].length;
    }
    cuts.push({ start: range.start + from, end: range.end });
    for (const cut of cuts) {
      const span = trimSpan(raw, cut);
      if (span) pieces.push({ text: joinLines(raw.slice(span.start, span.end)), span });
    }
  }
  return pieces;
}

/** What goes between two texts joined into one field: nothing beside CJK, one space between Latin words. */
export function joiner(before: string, after: string): string {
  if (before === '' || after === '') return '';
  return isWide(before.charCodeAt(before.length - 1)) || isWide(after.charCodeAt(0)) ? '' : ' ';
}

/** Joins texts into one field's text (see joiner), skipping empty ones. */
export function joinTexts(texts: readonly string[]): string {
  return texts.reduce((acc, t) => acc + joiner(acc, t) + t, '');
}

/** The tidy text a field would have if it were made from these spans alone. */
export function tidyText(raw: string, spans: readonly Span[]): string {
  return joinTexts(piecesOf(raw, spans).map((p) => p.text));
}

const INK = /\S/u;

function stripSpace(s: string): string {
  let out = '';
  for (const ch of s) if (INK.test(ch)) out += ch;
  return out;
}

/**
 * True when a field's text is exactly what its raw spans say, up to whitespace: the
 * archivist has not corrected it, so its text may be recomputed from its spans, and a
 * text offset can be mapped back to a raw offset.
 */
export function mapsExactly(raw: string, text: string, spans: readonly Span[]): boolean {
  if (spans.length === 0) return false;
  const ink = normalise(spans)
    .map((s) => stripSpace(raw.slice(s.start, s.end)))
    .join('');
  return ink === stripSpace(text);
}

/**
 * The raw offset that corresponds to `offset` in a text that maps exactly onto `spans`
 * (see mapsExactly): the position just after the same number of non-whitespace characters.
 */
export function rawOffsetOf(raw: string, text: string, spans: readonly Span[], offset: number): number {
  let ink = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (INK.test(text[i])) ink++;
  const sorted = normalise(spans);
  if (ink === 0) return sorted[0].start;
  for (const s of sorted) {
    for (let p = s.start; p < s.end; p++) {
      if (INK.test(raw[p]) && --ink === 0) return p + 1;
    }
  }
  return sorted[sorted.length - 1].end;
}
