// Where a learned correction recurs in raw text. `from` must occur exactly, and the word
// the changed characters stand in must lie inside it: `末来` (未来 misread) is not
// proposed in `周末来了`, where ICU reads `周末` as one word and the `末` is right. A line
// break between two Han characters is no break (fold.ts): `末\n来` is a hit too.

import { foldBreaks, foldedOffset, isHan } from './fold';
import type { Correction } from './types';
import { isWordChar, segmentsOf } from './words';

/** Characters of (folded) text on each side of a hit that the word check segments. */
const WINDOW = 4;
/** Raw characters read on each side of a hit to fold the window from (room for a break's blanks). */
const SLACK = 16;

/**
 * Answers of the word check by the text around a hit: a newspaper repeats its phrases
 * (`相关入员`, `工作入员`), so one lookup asks ICU about each phrase once.
 */
export type WordMemo = Map<string, boolean>;

/**
 * Whether the changed characters of `c`, at the raw hit [start, end), are words of their
 * own, read with the line breaks around it folded (`周\n末来了` is `周末来了`).
 */
function fitsWords(raw: string, start: number, end: number, c: Correction, memo?: WordMemo): boolean {
  let text = raw;
  let fs = start;
  let fe = end;
  // Most hits have no break near them: their window reads the same folded or not.
  const near = raw.slice(Math.max(0, start - WINDOW - 1), end + WINDOW + 1);
  if (near.includes('\n')) {
    const s0 = Math.max(0, start - SLACK);
    const f = foldBreaks(raw.slice(s0, Math.min(raw.length, end + SLACK)));
    fs = foldedOffset(f, start - s0);
    fe = foldedOffset(f, end - s0);
    text = f.text;
  }
  // With no letter on either side, no word can reach out of the hit: ICU need not be asked.
  if (!isWordChar(text[fs - 1] ?? '') && !isWordChar(text[fe] ?? '')) return true;
  const w0 = Math.max(0, fs - WINDOW);
  const window = text.slice(w0, Math.min(text.length, fe + WINDOW));
  const key = `${fs - w0}\u0000${window}`;
  const known = memo?.get(key);
  if (known !== undefined) return known;
  const fits = checkWords(window, w0, fs, fe, c);
  memo?.set(key, fits);
  return fits;
}

function checkWords(window: string, w0: number, start: number, end: number, c: Correction): boolean {
  const words = segmentsOf(window);
  const inside = (p: number): boolean => {
    const w = words.containing(p - w0);
    return !w || (w0 + w.index >= start && w0 + w.index + w.segment.length <= end);
  };
  // The hit's edges are word edges, and the changed characters' words lie within it.
  if (!inside(start) || !inside(end - 1)) return false;
  const ch0 = start + c.at;
  for (let p = ch0; p < ch0 + c.len; p++) if (!inside(p)) return false;
  return c.len > 0 || inside(ch0);
}

/** Blanks OCR leaves beside a line break (the break itself not included). */
function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x3000;
}

/** The places in `from` (UTF-16) between two Han characters, where a folded break may stand. */
function splitsOf(from: string): number[] {
  const out: number[] = [];
  for (let k = 1; k < from.length; k++) {
    if (isHan(from[k - 1] ?? '') && isHan(from[k] ?? '')) out.push(k);
  }
  return out;
}

/** Where a folded break standing right before `b` begins (its first blank), or -1. */
function breakBefore(raw: string, b: number): number {
  let a = b;
  while (a > 0 && isBlank(raw.charCodeAt(a - 1))) a--;
  if (a === 0 || raw.charCodeAt(a - 1) !== 0x0a) return -1;
  a--;
  while (a > 0 && isBlank(raw.charCodeAt(a - 1))) a--;
  return a;
}

/** Where a folded break starting at `a` ends (the character after its blanks), or -1. */
function breakAfter(raw: string, a: number): number {
  let b = a;
  while (b < raw.length && isBlank(raw.charCodeAt(b))) b++;
  if (raw.charCodeAt(b) !== 0x0a) return -1;
  b++;
  while (b < raw.length && isBlank(raw.charCodeAt(b))) b++;
  return b;
}

/**
 * The raw spans [start, end) reading `from`: as it stands, and split by one line break
 * (blanks beside it) between two of its Han characters. Each split is found through the
 * longer of its two parts with indexOf, far cheaper than a pattern or every line break.
 */
function spansOf(raw: string, from: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let p = raw.indexOf(from); p >= 0; p = raw.indexOf(from, p + 1)) out.push([p, p + from.length]);
  const direct = out.length;
  for (const k of splitsOf(from)) {
    const head = from.slice(0, k);
    const tail = from.slice(k);
    if (head.length >= tail.length) {
      for (let p = raw.indexOf(head); p >= 0; p = raw.indexOf(head, p + 1)) {
        const b = breakAfter(raw, p + k);
        if (b >= 0 && raw.startsWith(tail, b)) out.push([p, b + tail.length]);
      }
    } else {
      for (let q = raw.indexOf(tail); q >= 0; q = raw.indexOf(tail, q + 1)) {
        const a = breakBefore(raw, q);
        if (a >= k && raw.startsWith(head, a - k)) out.push([a - k, q + tail.length]);
      }
    }
  }
  return out.length > direct ? out.sort((x, y) => x[0] - y[0]) : out;
}

/** The raw hits [start, end) of `c.from` that read as the same words, a folded break inside or not. */
export function hitsIn(raw: string, c: Correction, memo: WordMemo = new Map()): Array<[number, number]> {
  return spansOf(raw, c.from).filter(([start, end]) => fitsWords(raw, start, end, c, memo));
}

/** Raw offsets where `c.from` starts and reads as the same words. */
export function occurrencesIn(raw: string, c: Correction, memo: WordMemo = new Map()): number[] {
  return hitsIn(raw, c, memo).map(([start]) => start);
}

/** Where the raw hit of `c` starting at `start` ends (after a folded break inside it too). */
export function hitEnd(raw: string, start: number, c: Correction): number {
  const from = c.from;
  let p = start;
  for (let k = 0; k < from.length; k++, p++) {
    if (raw.charCodeAt(p) === from.charCodeAt(k)) continue;
    // A folded break: blanks, one line break, blanks, then the rest of `from`.
    let q = p;
    while (isBlank(raw.charCodeAt(q))) q++;
    if (raw.charCodeAt(q) !== 0x0a) return start + from.length;
    q++;
    while (isBlank(raw.charCodeAt(q))) q++;
    if (raw.charCodeAt(q) !== from.charCodeAt(k)) return start + from.length;
    p = q;
  }
  return p;
}
