// Raw OCR lines are broken at column width, so a word often straddles a line break
// (`…未\n来…`). Learning, matching and the bigram index read raw text with such breaks
// folded away: a line break between two Han characters, with the spaces OCR leaves
// around it where a line once ended, is no break. Punctuation and every other
// whitespace still bound a context.

/** One line break between two Han characters, with the blanks beside it (the Han character before it kept). */
const BREAK = /(\p{Script=Han})[ \t\r\u3000]*\n[ \t\r\u3000]*(?=\p{Script=Han})/gu;

const HAN = /^\p{Script=Han}$/u;

/** Whether `ch` is a Han character (〇 included), the only kind a folded break joins. */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/**
 * Text with its breaks folded, and the way back to raw offsets: after the k-th folded
 * break the next character stands at `rawAt[k]` in raw and `foldAt[k]` in folded text,
 * and `gone[k]` raw units have been folded away up to there.
 */
export interface Folded {
  text: string;
  foldAt: number[];
  rawAt: number[];
  gone: number[];
}

export function foldBreaks(raw: string): Folded {
  const foldAt: number[] = [];
  const rawAt: number[] = [];
  const gone: number[] = [];
  let removed = 0;
  const text = raw.replace(BREAK, (m: string, han: string, offset: number) => {
    removed += m.length - han.length;
    // The next character is at raw offset + m.length, folded offset + han.length - removed.
    rawAt.push(offset + m.length);
    foldAt.push(offset + m.length - removed);
    gone.push(removed);
    return han;
  });
  return { text, foldAt, rawAt, gone };
}

/** The last k with list[k] <= x, or -1. */
function lastAtOrBefore(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The raw offset of folded offset `p`. */
export function rawOffset(f: Folded, p: number): number {
  const k = lastAtOrBefore(f.foldAt, p);
  return p + (k < 0 ? 0 : (f.gone[k] ?? 0));
}

/** The folded offset of raw offset `r` (a folded-away blank reads as the character after it). */
export function foldedOffset(f: Folded, r: number): number {
  const k = lastAtOrBefore(f.rawAt, r);
  const before = k < 0 ? 0 : (f.gone[k] ?? 0);
  const next = f.rawAt[k + 1];
  const nextGone = f.gone[k + 1];
  // Inside the blanks folded away before the next character.
  if (next !== undefined && nextGone !== undefined && r >= next - (nextGone - before)) {
    return f.foldAt[k + 1] ?? 0;
  }
  return r - before;
}

/** `text` with its breaks folded. */
export function folded(text: string): string {
  return text.includes('\n') ? text.replace(BREAK, '$1') : text;
}
