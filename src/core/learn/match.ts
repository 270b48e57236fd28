// Where a learned correction recurs in raw text. `from` must occur exactly, and the word
// the changed characters stand in must lie inside it: `末来` (未来 misread) is not
// proposed in `周末来了`, where ICU reads `周末` as one word and the `末` is right. A line
// break between two Han characters is no break (fold.ts): `末\n来` is a hit too.

import { BREAK_SOURCE, foldBreaks, foldedOffset, isHan } from './fold';
import type { Correction } from './types';
import { isWordChar, segmentsOf } from './words';

/** Characters of (folded) text on each side of a hit that the word check segments. */
const WINDOW = 4;
/** Raw characters read on each side of a hit to fold the window from (room for a break's blanks). */
const SLACK = 32;

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

const patterns = new Map<string, RegExp>();

/** `from` as a pattern that also matches it with a folded break between two of its Han characters. */
function patternOf(from: string): RegExp {
  let re = patterns.get(from);
  if (re) return re;
  const chars = [...from];
  let source = '';
  chars.forEach((ch, k) => {
    if (k > 0 && isHan(chars[k - 1] ?? '') && isHan(ch)) source += BREAK_SOURCE;
    source += ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
  });
  if (patterns.size > 500) patterns.clear();
  patterns.set(from, (re = new RegExp(source, 'g')));
  return re;
}

/** The raw hits [start, end) of `c.from` that read as the same words, a folded break inside or not. */
export function hitsIn(raw: string, c: Correction, memo: WordMemo = new Map()): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = patternOf(c.from);
  re.lastIndex = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index;
    const end = start + m[0].length;
    if (fitsWords(raw, start, end, c, memo)) out.push([start, end]);
    re.lastIndex = start + 1;
  }
  return out;
}

/** Raw offsets where `c.from` starts and reads as the same words. */
export function occurrencesIn(raw: string, c: Correction, memo: WordMemo = new Map()): number[] {
  return hitsIn(raw, c, memo).map(([start]) => start);
}

/** Where the raw hit of `c` starting at `start` ends (after a folded break inside it too). */
export function hitEnd(raw: string, start: number, c: Correction): number {
  const re = patternOf(c.from);
  re.lastIndex = start;
  const m = re.exec(raw);
  return m && m.index === start ? start + m[0].length : start + c.from.length;
}
