// Breaks in mid-sentence left by a column or page jump (DOMAIN.md damage class 2): a
// blank line inside a sentence, e.g. `维护社会和谐稳定的` / `枢纽通道`. Deciding needs the
// words on both sides, so this looks at the end of one paragraph and the start of the next.

import { BYLINE_BLOCK, CAPTION, DATELINE, HEADING, TRAILING_BYLINE } from './patterns';
import { isHan, isWide } from './script';

// A paragraph ending in one of these ends a sentence (or a quotation, a bracket).
const CLOSED_END = new Set([...'。！？!?…；;”’」』）)》.'].map((c) => c.charCodeAt(0)));
// A paragraph ending in one of these stops in mid-clause.
const OPEN_END = /[，,、；;：:“‘（(《—]$/u;
const CLAUSE = /[，,、；;。]/u;
// Short prose can end on a word boundary at a jump (`…推动招投标专项整治` / `走深走实`);
// an intertitle of the same length cannot be told apart, so short ones need a broken word.
const MIN_PROSE = 20;

let segmenter: Intl.Segmenter | undefined;

/** True when the break between `a` and `b` falls inside a Chinese word (`高度重` / `视`). */
function breaksWord(a: string, b: string): boolean {
  const tail = a.slice(-6);
  const head = b.slice(0, 6);
  if (!isHan(tail.charCodeAt(tail.length - 1)) || !isHan(head.charCodeAt(0))) return false;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const { index, segment } of segmenter.segment(tail + head)) {
    if (index < tail.length && index + segment.length > tail.length) return true;
  }
  return false;
}

/** Whether a paragraph that looks like this can be the start of a continuation. */
function canContinue(next: string): boolean {
  if (next === '' || HEADING.test(next) || DATELINE.test(next) || CAPTION.test(next)) return false;
  return !BYLINE_BLOCK.test(next);
}

/**
 * True when paragraph `next` continues the sentence `prev` leaves unfinished, i.e. the
 * blank line between them is a column or page jump rather than a paragraph break.
 * `atColumnFoot`: the caller saw in the raw layout that `prev` ran to the foot of its
 * column (its last line is full), so only the words need to allow the join.
 */
export function continuesAcross(prev: string, next: string, atColumnFoot = false): boolean {
  // Most paragraphs end a sentence: decide those on their last character, before any regex.
  if (prev === '' || next === '' || CLOSED_END.has(prev.charCodeAt(prev.length - 1))) return false;
  // A byline is a few dozen characters: only the paragraph's tail can hold one.
  if (HEADING.test(prev) || BYLINE_BLOCK.test(prev) || TRAILING_BYLINE.test(prev.slice(-60))) return false;
  if (!canContinue(next)) return false;
  if (OPEN_END.test(prev) || atColumnFoot) return true;
  const last = prev.charCodeAt(prev.length - 1);
  // Ends on a word character: unfinished if it is prose (a headline has no clause marks)
  // long enough, or shorter prose whose last word the break cuts in two.
  const wordEnd = isHan(last) || (last >= 0x30 && last <= 0x39) || (!isWide(last) && /\w$/.test(prev));
  if (!wordEnd || !CLAUSE.test(prev)) return false;
  return prev.length >= MIN_PROSE || breaksWord(prev, next);
}

/**
 * Joins paragraphs (separated by `\n\n`) that a column or page jump split in mid-sentence.
 * Idempotent: each decision looks at the already-joined paragraph before it.
 */
export function joinColumnJumps(text: string): string {
  if (text.indexOf('\n\n') === -1) return text;
  const paragraphs = text.split('\n\n');
  const out: string[] = [paragraphs[0]];
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const prev = out[out.length - 1];
    if (continuesAcross(prev, p)) out[out.length - 1] = joinPair(prev, p);
    else out.push(p);
  }
  return out.join('\n\n');
}

/** The two halves of a sentence joined as a line break would be (see joinLines). */
export function joinPair(a: string, b: string): string {
  const before = a.charCodeAt(a.length - 1);
  const after = b.charCodeAt(0);
  return isWide(before) || isWide(after) ? a + b : `${a} ${b}`;
}
