// Learning from one hand edit: the field's text before and after it, aligned with the
// field's raw characters, gives each minimal correction with its raw context.
//
// The context is the word (or words) of the corrected text the change touches, or one
// neighbour on each side when the changed characters are a word of their own, cut at
// punctuation and whitespace. What the raw text read there must be exactly the field's
// text before the edit, a line break between two Han characters folded away (fold.ts):
// otherwise (an earlier correction, a line break after a digit) the context would never
// be found again in raw text, and nothing is learned from it.

import { alignField, foldCode } from '../clean/align';
import { charDiff } from '../diff/charDiff';
import type { TextField } from '../model';
import { foldBreaks, folded, rawOffset } from './fold';
import type { LearnedEdit } from './types';
import { allWordChars, isWordChar, wordBounds } from './words';

interface Region {
  b0: number;
  b1: number;
  a0: number;
  a1: number;
}

/** The changed stretches: [b0, b1) of `before` became [a0, a1) of `after`. */
function regionsOf(before: string, after: string): Region[] {
  const out: Region[] = [];
  let b = 0;
  let a = 0;
  let cur: Region | null = null;
  for (const c of charDiff(before, after, { semantic: false })) {
    const n = c.text.length;
    if (c.op === 'equal') {
      if (cur) out.push(cur);
      cur = null;
      b += n;
      a += n;
      continue;
    }
    cur ??= { b0: b, b1: b, a0: a, a1: a };
    if (c.op === 'delete') cur.b1 = b += n;
    else cur.a1 = a += n;
  }
  if (cur) out.push(cur);
  return out;
}

/** Text as alignment reads it (no whitespace, cleanup's forms folded back), and where each unit came from. */
function inked(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || c === 0x0a || c === 0x09) continue;
    out += String.fromCharCode(foldCode(c));
    at.push(i);
  }
  return { text: out, at };
}

/** A position of folded text back in the text it was folded from. */
function unfold(at: readonly number[], p: number, length: number): number {
  if (p < at.length) return at[p] ?? length;
  return at.length === 0 ? length : (at[at.length - 1] ?? 0) + 1;
}

/**
 * The changed stretches, found on folded text so that whitespace and the cleanup's
 * forms (joins, full-width punctuation) never count as a change or widen one.
 */
function changesOf(before: string, after: string): Region[] {
  const b = inked(before);
  const a = inked(after);
  return regionsOf(b.text, a.text).map((r) => ({
    b0:
      r.b0 === r.b1 && r.b0 > 0
        ? unfold(b.at, r.b0 - 1, before.length) + 1
        : unfold(b.at, r.b0, before.length),
    b1:
      r.b1 > r.b0
        ? unfold(b.at, r.b1 - 1, before.length) + 1
        : r.b0 > 0
          ? unfold(b.at, r.b0 - 1, before.length) + 1
          : 0,
    a0:
      r.a0 === r.a1 && r.a0 > 0 ? unfold(a.at, r.a0 - 1, after.length) + 1 : unfold(a.at, r.a0, after.length),
    a1:
      r.a1 > r.a0
        ? unfold(a.at, r.a1 - 1, after.length) + 1
        : r.a0 > 0
          ? unfold(a.at, r.a0 - 1, after.length) + 1
          : 0,
  }));
}

/**
 * An inserted or deleted run moved as far left as it can go (`明` deleted from `李明明`
 * is the first `明`), so the same doubling is learned with the same context wherever the
 * character diff happened to put it.
 */
function shiftLeft(r: Region, before: string, after: string): Region {
  const pure = r.b0 === r.b1 || r.a0 === r.a1;
  if (!pure) return r;
  const run = r.b0 === r.b1 ? after : before;
  const [s, e] = r.b0 === r.b1 ? [r.a0, r.a1] : [r.b0, r.b1];
  let k = 0;
  while (
    s - k - 1 >= 0 &&
    r.b0 - k - 1 >= 0 &&
    r.a0 - k - 1 >= 0 &&
    run[s - k - 1] === run[e - k - 1] &&
    before[r.b0 - k - 1] === after[r.a0 - k - 1]
  ) {
    k++;
  }
  return { b0: r.b0 - k, b1: r.b1 - k, a0: r.a0 - k, a1: r.a1 - k };
}

/** The context [c0, c1) in `after` around the change [a0, a1): its word(s), cut at punctuation. */
function contextOf(after: string, words: Array<[number, number]>, a0: number, a1: number): [number, number] {
  const wordAt = (p: number): [number, number] => words.find(([s, e]) => s <= p && p < e) ?? [p, p + 1];
  let c0: number;
  let c1: number;
  if (a1 > a0) {
    c0 = wordAt(a0)[0];
    c1 = wordAt(a1 - 1)[1];
  } else {
    c0 = a0 > 0 ? wordAt(a0 - 1)[0] : a0;
    c1 = a0 < after.length ? wordAt(a0)[1] : a0;
  }
  if (c0 === a0 && c1 === a1) {
    c0 = Math.max(0, a0 - 1);
    c1 = Math.min(after.length, a1 + 1);
  }
  for (let p = a0 - 1; p >= c0; p--) {
    if (!isWordChar(after[p] ?? '')) {
      c0 = p + 1;
      break;
    }
  }
  for (let p = a1; p < c1; p++) {
    if (!isWordChar(after[p] ?? '')) {
      c1 = p;
      break;
    }
  }
  return [c0, c1];
}

/**
 * The corrections one hand edit of a field makes: `before` is the field (text and raw
 * spans) before the edit, `after` its text after it. Changes of whitespace and of the
 * forms cleanup writes (full-width punctuation, quotes) are not corrections.
 */
export function extractCorrections(raw: string, before: TextField, after: string): LearnedEdit[] {
  if (before.text === after) return [];
  // Read with line breaks between Han characters folded, as matching reads raw text.
  const unbroken = foldBreaks(before.text);
  const text = unbroken.text;
  const fixed = folded(after);
  const regions = changesOf(text, fixed).filter(
    (r) => allWordChars(text.slice(r.b0, r.b1)) && allWordChars(fixed.slice(r.a0, r.a1)),
  );
  if (regions.length === 0) return [];
  const toRaw = alignField(before, raw).toRaw;
  const words = wordBounds(fixed);
  const out: LearnedEdit[] = [];
  for (const found of regions) {
    const r = shiftLeft(found, text, fixed);
    const [c0, c1] = contextOf(fixed, words, r.a0, r.a1);
    const left = r.a0 - c0;
    const right = c1 - r.a1;
    const f0 = r.b0 - left;
    const f1 = r.b1 + right;
    if (f0 < 0 || f1 > text.length) continue;
    if (text.slice(f0, r.b0) !== fixed.slice(c0, r.a0)) continue;
    if (text.slice(r.b1, f1) !== fixed.slice(r.a1, c1)) continue;
    const from = text.slice(f0, f1);
    const to = fixed.slice(c0, c1);
    if (from.length < 2 || from === to) continue;
    const rawStart = toRaw[rawOffset(unbroken, f0)] ?? -1;
    const rawLast = toRaw[rawOffset(unbroken, f1 - 1)] ?? -1;
    if (rawStart < 0 || rawLast < rawStart || folded(raw.slice(rawStart, rawLast + 1)) !== from) continue;
    out.push({ from, to, at: left, len: r.b1 - r.b0, rawStart });
  }
  return out;
}
