// Where a learned correction recurs in raw text. `from` must occur exactly, and the word
// the changed characters stand in must lie inside it: `末来` (未来 misread) is not
// proposed in `周末来了`, where ICU reads `周末` as one word and the `末` is right.

import type { Correction } from './types';
import { isWordChar, segmentsOf } from './words';

/** Characters of raw text on each side of a hit that the word check segments. */
const WINDOW = 4;

/**
 * Answers of the word check by the text around a hit: a newspaper repeats its phrases
 * (`相关入员`, `工作入员`), so one lookup asks ICU about each phrase once.
 */
export type WordMemo = Map<string, boolean>;

/** Whether the changed characters of `c`, at a hit starting at `start`, are words of their own. */
export function fitsWords(raw: string, start: number, c: Correction, memo?: WordMemo): boolean {
  const end = start + c.from.length;
  // With no letter on either side, no word can reach out of the hit: ICU need not be asked.
  if (!isWordChar(raw[start - 1] ?? '') && !isWordChar(raw[end] ?? '')) return true;
  const w0 = Math.max(0, start - WINDOW);
  const window = raw.slice(w0, Math.min(raw.length, end + WINDOW));
  const key = `${start - w0}\u0000${window}`;
  const known = memo?.get(key);
  if (known !== undefined) return known;
  const fits = checkWords(window, w0, start, end, c);
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

/** Raw offsets where `c.from` starts and reads as the same words. */
export function occurrencesIn(raw: string, c: Correction, memo: WordMemo = new Map()): number[] {
  const out: number[] = [];
  for (let p = raw.indexOf(c.from); p >= 0; p = raw.indexOf(c.from, p + 1)) {
    if (fitsWords(raw, p, c, memo)) out.push(p);
  }
  return out;
}
