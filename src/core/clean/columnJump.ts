// Breaks in mid-sentence left by a column or page jump (DOMAIN.md damage class 2): a
// blank line inside a sentence, e.g. `维护社会和谐稳定的` / `枢纽通道`. Deciding needs the
// words on both sides, so this looks at the end of one paragraph and the start of the next.

import * as patterns from './patterns';
import { codeTable, isHan as han, isWide as wide } from './script';
import { fixCjkPunctuation } from './transforms/cjkPunctuation';

// Local bindings: module re-exports can cost a getter call on every use.
const isHan = han;
const isWide = wide;
const { BYLINE_BLOCK, CAPTION, DATELINE, HEADING, TRAILING_BYLINE } = patterns;

// A paragraph ending in one of these ends a sentence (or a quotation, a bracket).
const CLOSED_END = codeTable('。！？!?…；;”’」』）)》.');
// A paragraph ending in one of these stops in mid-clause.
const OPEN_END = codeTable('，,、；;：:“‘（(《—');
// Every byline has one of these: without one, the byline regex need not run.
const ROLE_WORD = /记者|通讯员|实习生/;
// Both widths of each mark, so widening punctuation later never changes a decision. A
// half-width mark followed by a letter or digit is inside a number or an address (`1,234`,
// `x.cn/a`), not between clauses: a paragraph ending in a web address is no unfinished prose.
const CLAUSE = /[，、；。]|[,;.](?![A-Za-z0-9])/u;
const WIDE_CLAUSE = /[，、；。]/u;
// A web or e-mail address printed last: papers set no full stop after one (`详情请登录
// https://x.cn/a`), so the paragraph ends there rather than breaking off mid-sentence.
const ENDS_IN_ADDRESS = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[\x21-\x7e]*$|[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i;

/**
 * Whether prose has a clause mark, read as the punctuation cleanup will leave it: a `,` after
 * Chinese text is that text's `，` even when an address follows (`中,https://…`), and a clean
 * run twice must decide as the first run did.
 */
function hasClause(text: string): boolean {
  if (CLAUSE.test(text)) return true;
  return (text.includes(',') || text.includes(';')) && WIDE_CLAUSE.test(fixCjkPunctuation(text).text);
}
// Short prose can end on a word boundary at a jump (`…推动招投标专项整治` / `走深走实`);
// an intertitle of the same length cannot be told apart, so short ones need a broken word.
const MIN_PROSE = 20;

// Every character that can open a heading, a dateline, a caption or a byline (HEADING,
// DATELINE, CAPTION, BYLINE_BLOCK are anchored at the start): a paragraph opening with any
// other character needs none of those regexes.
const PART_STARTS = codeTable('#本新(（图上下左右特见实摄记通');

let segmenter: Intl.Segmenter | undefined;

/** True when the break between `a` and `b` falls inside a Chinese word (`高度重` / `视`). */
export function breaksWord(a: string, b: string): boolean {
  if (!isHan(a.charCodeAt(a.length - 1)) || !isHan(b.charCodeAt(0))) return false;
  const tail = a.slice(-6);
  const head = b.slice(0, 6);
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const word = segmenter.segment(tail + head).containing(tail.length - 1);
  return word !== undefined && word.index + word.segment.length > tail.length;
}

/** Whether a paragraph that looks like this can be the start of a continuation. */
function canContinue(next: string): boolean {
  if (next === '') return false;
  // The patterns are anchored at the start: most paragraphs start with none of their first characters.
  const first = next.charCodeAt(0);
  if (!PART_STARTS.has(first)) return true;
  if (HEADING.test(next) || DATELINE.test(next) || CAPTION.test(next)) return false;
  return !BYLINE_BLOCK.test(next);
}

/**
 * True when paragraph `next` continues the sentence `prev` leaves unfinished, i.e. the
 * blank line between them is a column or page jump rather than a paragraph break.
 * `atColumnFoot`: the caller saw in the raw layout that `prev` ran to the foot of its
 * column (its last line is full), so only the words need to allow the join.
 */
export function continuesAcross(prev: string, next: string, atColumnFoot = false): boolean {
  // Cheap tests first (most paragraphs end a sentence, most headlines have no clause mark);
  // the regexes and the word segmenter run only for the few breaks still in doubt.
  if (prev === '' || next === '') return false;
  // A bracket or mark alone (what is left of `(①5` once the mark is out) is no sentence.
  if (prev.length <= 2 && !/[\p{L}\p{N}]/u.test(prev)) return false;
  const last = prev.charCodeAt(prev.length - 1);
  if (CLOSED_END.has(last)) return false;
  const open = OPEN_END.has(last);
  if (!open && !atColumnFoot) {
    // Ends on a word character: unfinished if it is prose (a headline has no clause marks)
    // long enough, or shorter prose whose last word the break cuts in two.
    const wordEnd = isHan(last) || (last >= 0x30 && last <= 0x39) || (!isWide(last) && /\w$/.test(prev));
    if (!wordEnd || !hasClause(prev) || ENDS_IN_ADDRESS.test(prev.slice(-200))) return false;
  }
  // A byline is a few dozen characters: only the paragraph's tail can hold one.
  if (PART_STARTS.has(prev.charCodeAt(0)) && (HEADING.test(prev) || BYLINE_BLOCK.test(prev))) return false;
  const tail = prev.slice(-60);
  if (ROLE_WORD.test(tail) && TRAILING_BYLINE.test(tail)) return false;
  if (!canContinue(next)) return false;
  if (open || atColumnFoot) return true;
  // Spaces do not count: the spaces cleanup puts around Latin text must not change the decision.
  const long = prev.length >= MIN_PROSE && prev.replace(/\s/g, '').length >= MIN_PROSE;
  return long || breaksWord(prev, next);
}

/** The two halves of a sentence joined as a line break would be (see joinLines). */
export function joinPair(a: string, b: string): string {
  const before = a.charCodeAt(a.length - 1);
  const after = b.charCodeAt(0);
  return isWide(before) || isWide(after) ? a + b : `${a} ${b}`;
}
