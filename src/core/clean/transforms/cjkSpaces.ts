// Spaces OCR left between CJK characters (DOMAIN.md damage class 4): `带来巨大 挑战`,
// `意见建议 673 条`. Spaces that carry meaning survive: between Latin words, between
// names in a byline, after `本报讯`, inside a short quoted slogan (`“美好教育 学在二七”`),
// and in headline-like lines whose halves are separated by a space.

import { breaksWord } from '../columnJump';
import * as patterns from '../patterns';
import { codeTable, isHan as han, isWide as wide } from '../script';
import type { Transform } from '../types';

// Local bindings: module re-exports can cost a getter call on every use.
const isHan = han;
const isWide = wide;
const { BYLINE_BLOCK, BYLINE_RUN_SOURCE, DATELINE, HEADING, TRAILING_BYLINE } = patterns;

// Protected constructs are matched (and returned unchanged) before a bare space run can be.
const SPACES = new RegExp(
  `本报讯(?:[ \\u3000]*[(（][^()（）\\n]{0,40}[)）])?[ \\u3000]*|${BYLINE_RUN_SOURCE}|“[^”\\n]{1,20}”|[ \\u3000]+`,
  'gu',
);
// A line with no sentence punctuation at all and of headline length is a headline or a
// label: a space in it may separate the halves of a title. Spaces do not count towards the
// length: this transform drops some, and a second clean must read the line as the first did.
// (`^[^。！？!?；;，,]{1,48}$` with the u flag, read by code unit: a surrogate pair is one character.)
const HEADLINE_MARK = codeTable('。！？!?；;，,');
const HEADLINE_MAX_CHARS = 48;

function isHeadlineLike(line: string): boolean {
  const n = line.length;
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    // A comma between digits groups a number (`3,600个岗位`): it parts no clause.
    if (
      HEADLINE_MARK.has(c) &&
      !(c === 0x2c && isDigit(line.charCodeAt(i - 1)) && isDigit(line.charCodeAt(i + 1)))
    )
      return false;
    if (isSpace(c)) continue;
    if (++chars > HEADLINE_MAX_CHARS) return false;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return chars > 0;
}

const isSpace = (c: number) => c === 0x20 || c === 0x3000;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
// Every byline (ROLE in patterns.ts) holds one of these.
const ROLE_WORD = /记者|通讯员|实习生/;

/**
 * Whether a space between these two characters is one OCR left in Chinese text. Spaces beside
 * Latin words and numbers follow their own rule (spaceLatinRuns).
 */
const stray = (before: number, after: number) => isWide(before) && isWide(after);

/**
 * Drops the stray space runs of a line, keeping those inside the constructs SPACES
 * protects. An exec loop that copies only where a run is dropped: String.prototype.replace
 * with a callback costs nearly twice as much on a long paragraph.
 */
function dropStraySpaces(line: string): string {
  let out = '';
  let copied = 0;
  // `图为培训现场。 通讯员 刘俊凯 摄`: the space before a closing credit or byline separates it.
  // Every byline holds a role word: a line without one needs no try of the pattern.
  const credit = ROLE_WORD.test(line) ? TRAILING_BYLINE.exec(line) : null;
  const kept = credit ? credit.index : -1;
  SPACES.lastIndex = 0;
  for (let m = SPACES.exec(line); m !== null; m = SPACES.exec(line)) {
    const at = m.index;
    const after = at + m[0].length;
    if (at === 0 || after === line.length || at === kept || !isSpace(line.charCodeAt(at))) continue;
    if (stray(line.charCodeAt(at - 1), line.charCodeAt(after))) {
      out += line.slice(copied, at);
      copied = after;
    }
  }
  return copied === 0 ? line : out + line.slice(copied);
}

// Halves of a headline are phrases of four characters or more; a shorter piece beside a
// space is a word the OCR cut in two (`带来巨大 挑战`).
const MIN_HALF = 4;

// A headline's first half may be a word of three characters (`小积分 兑出文明新风尚`) over a
// longer second half; a line's stray space cuts a word nearer its end or between short pieces.
const SHORT_HALF = 3;
const LONG_AFTER_SHORT = 5;
const THREE_HAN = /^\p{Script=Han}{3}$/u;

/** Whether the piece before the first space run (ending at `at`) is a three-letter first half. */
const shortFirstHalf = (line: string, run: number, at: number, right: number) =>
  run === 0 && at === SHORT_HALF && right >= LONG_AFTER_SHORT && THREE_HAN.test(line.slice(0, at));

/**
 * Whether a line is two three-letter halves set in parallel (`小网格 大服务`, `新学期 新气象`):
 * two Han words of three letters and one space between, which cuts no word. A stray space in a
 * six-letter line falls inside a word (`社区食 堂开业`), which the word segmenter finds.
 */
const parallelShortHalves = (line: string, runs: number, at: number, after: number) =>
  runs === 1 &&
  at === SHORT_HALF &&
  line.length - after === SHORT_HALF &&
  THREE_HAN.test(line.slice(0, at)) &&
  THREE_HAN.test(line.slice(after)) &&
  !breaksWord(line.slice(0, at), line.slice(after));

/**
 * Whether a headline's piece before a space leaves its phrase open, so the space parts no halves
 * (a line once ended there): it ends in a verb awaiting its object (`区政府召开 安全生产专项整治
 * 推进会`) or in a word no half ends with (`…联合调解室在 柳塘街道成立`).
 */
const cutAfter = (piece: string) => patterns.endsOpen(piece) || patterns.AWAITS_OBJECT.test(piece);

/**
 * A headline line's spaces as cleanup keeps them: a space between two CJK characters parts two
 * halves when each is a phrase of four characters or more, else the OCR cut a word and it goes.
 * A half runs from one such space to the next: the spaces beside a number or a Latin word inside
 * it part no halves (`产量 2,996 亿斤 比上年增长 2.5%` is two halves, not four pieces).
 * Suggested titles, kickers and subtitles are spaced by this too, so they read as `clean` prints them.
 */
export function spaceHeadline(line: string): string {
  // A headline is short: one walk over it finds the space runs and the halves between.
  const runs: { at: number; after: number }[] = [];
  for (let at = 0; at < line.length; at++) {
    if (!isSpace(line.charCodeAt(at))) continue;
    let after = at + 1;
    while (after < line.length && isSpace(line.charCodeAt(after))) after++;
    if (at > 0 && after < line.length && isWide(line.charCodeAt(at - 1)) && isWide(line.charCodeAt(after)))
      runs.push({ at, after });
    at = after - 1;
  }
  if (runs.length === 0) return line;
  let out = '';
  let copied = 0;
  for (const [i, { at, after }] of runs.entries()) {
    const left = at - (i === 0 ? 0 : runs[i - 1].after);
    const right = (i + 1 < runs.length ? runs[i + 1].at : line.length) - after;
    if (parallelShortHalves(line, runs.length, at, after)) continue;
    if (
      (left < MIN_HALF && !shortFirstHalf(line, i, at, right)) ||
      right < MIN_HALF ||
      cutAfter(line.slice(at - left, at))
    ) {
      out += line.slice(copied, at);
      copied = after;
    }
  }
  return copied === 0 ? line : out + line.slice(copied);
}

/** Cleans a line known to hold a space between CJK characters (see removeCjkSpaces). */
function cleanLine(line: string): string {
  // A `#` line is read without its marks: a headline's as any headline, prose's as prose.
  const marks = HEADING.exec(line);
  if (marks) return marks[0] + cleanLine(line.slice(marks[0].length));
  if (BYLINE_BLOCK.test(line)) return line;
  if (isHeadlineLike(line) && !DATELINE.test(line)) return spaceHeadline(line);
  return dropStraySpaces(line);
}

/** True when the space run at `at` is `本报讯 `: that space is kept, so no reason to look closer. */
const afterDateline = (text: string, at: number) =>
  at >= 3 && (at === 3 || text.charCodeAt(at - 4) === 0x0a) && text.startsWith('本报讯', at - 3);

/**
 * Cleans the lines that have a space between CJK characters; the others are copied
 * untouched. One scan of the whole text (indexOf, no per-character loop) finds the space
 * runs and looks at their neighbours: only a line with a stray one is cut out and cleaned.
 */
export function removeCjkSpaces(text: string): string {
  const out: string[] = [];
  let copied = 0;
  let ascii = text.indexOf(' ');
  let ideographic = text.indexOf('\u3000');
  while (ascii !== -1 || ideographic !== -1) {
    const at = ascii === -1 ? ideographic : ideographic === -1 ? ascii : Math.min(ascii, ideographic);
    let after = at + 1;
    while (after < text.length && isSpace(text.charCodeAt(after))) after++;
    let from = after;
    // A run at the start or end of a line has the line break (or nothing) beside it.
    if (
      at > 0 &&
      after < text.length &&
      stray(text.charCodeAt(at - 1), text.charCodeAt(after)) &&
      !afterDateline(text, at)
    ) {
      const start = text.lastIndexOf('\n', at) + 1;
      let end = text.indexOf('\n', after);
      if (end === -1) end = text.length;
      const line = text.slice(start, end);
      const cleaned = cleanLine(line);
      if (cleaned !== line) {
        out.push(text.slice(copied, start), cleaned);
        copied = end;
      }
      from = end;
    }
    if (ascii !== -1 && ascii < from) ascii = text.indexOf(' ', from);
    if (ideographic !== -1 && ideographic < from) ideographic = text.indexOf('\u3000', from);
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}

// A run of Latin text inside Chinese: words, numbers, times, versions, URLs and addresses,
// with the single spaces between them (`Office 2019`, `APP 2.0`, `https://x.cn/a`).
const LATIN_RUN = /[!-~\u00c0-\u024f]+(?:[ \u3000]+[!-~\u00c0-\u024f]+)*/gu;
const HAS_WORD = /[A-Za-z0-9\u00c0-\u024f]/u;
const LINK = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|@[A-Za-z0-9-]+\./i;
// The space after `本报讯` (and its brackets) belongs to the dateline, not to the number after it.
const AFTER_DATELINE = /本报讯(?:[(（][^()（）]*[)）])?[ \u3000]*$/u;

/** What a side of a Latin run touches: a Han character, punctuation (wide), or anything else. */
function side(code: number): 'han' | 'punct' | 'other' {
  if (Number.isNaN(code)) return 'other';
  if (isHan(code)) return 'han';
  if (isWide(code) && !isHan(code) && code !== 0x2103 && !(code >= 0x2460 && code <= 0x24ff)) return 'punct';
  return 'other';
}

/**
 * Spaces around Latin words and numbers in Chinese text, one rule: where the raw had a space on
 * at least one side of the run, each side that touches a Han character gets exactly one
 * half-width space; where it had none, none is added. A URL or an e-mail address always keeps
 * one space before the Chinese that follows it. There is never a space next to punctuation.
 */
export function spaceLatinRuns(line: string): string {
  // A headline-like line keeps the spaces it was printed with (its halves are cjk-spaces' concern).
  if (isHeadlineLike(line) && !DATELINE.test(line)) return line;
  // AFTER_DATELINE can only match after a `本报讯`.
  const dateline = line.indexOf('本报讯');
  let out = '';
  // Output is copied only where a run's spaces change; `scanned` is where the text before
  // the next run starts.
  let copied = 0;
  let scanned = 0;
  LATIN_RUN.lastIndex = 0;
  for (let m = LATIN_RUN.exec(line); m !== null; m = LATIN_RUN.exec(line)) {
    const run = m[0];
    if (!HAS_WORD.test(run)) continue;
    let leftStart = m.index;
    while (leftStart > scanned && isSpace(line.charCodeAt(leftStart - 1))) leftStart--;
    const leftSpaces = line.slice(leftStart, m.index);
    const at = m.index + run.length;
    let rightEnd = at;
    while (rightEnd < line.length && isSpace(line.charCodeAt(rightEnd))) rightEnd++;
    const rightSpaces = line.slice(at, rightEnd);
    const leftCode = line.charCodeAt(leftStart - 1);
    const rightCode = line.charCodeAt(rightEnd);
    const dated =
      leftSpaces !== '' &&
      dateline !== -1 &&
      dateline < m.index &&
      AFTER_DATELINE.test(line.slice(0, m.index));
    const link = LINK.test(run);
    // After a link the space is always there: it tells nothing of what the raw had.
    const spaced = (leftSpaces !== '' && !dated) || (rightSpaces !== '' && !link);
    const left = dated ? leftSpaces : sideSpace(side(leftCode), leftSpaces, spaced);
    const right = sideSpace(side(rightCode), rightSpaces, spaced || link);
    if (left !== leftSpaces || right !== rightSpaces) {
      out += line.slice(copied, leftStart) + left + run + right;
      copied = rightEnd;
    }
    scanned = rightEnd;
    LATIN_RUN.lastIndex = rightEnd;
  }
  return copied === 0 ? line : out + line.slice(copied);
}

function sideSpace(touches: 'han' | 'punct' | 'other', spaces: string, spaced: boolean): string {
  if (touches === 'punct') return '';
  if (touches === 'han') return spaced ? ' ' : '';
  return spaces;
}

const isLatinCode = (c: number) => (c >= 0x21 && c <= 0x7e) || (c >= 0xc0 && c <= 0x24f);
const isW = (c: number) => c === 0x77 || c === 0x57;

/**
 * The first position from `from` where spaceLatinRuns may change its line, or -1. It only
 * settles spaces beside a Latin run (a run with no space on either side keeps none), and adds
 * one only after a link (`@`, `://`, `www.`): a space with no Latin character beside it, the
 * most common kind, changes nothing.
 */
function nextRespace(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x3000) {
      if (isLatinCode(text.charCodeAt(i - 1)) || isLatinCode(text.charCodeAt(i + 1))) return i;
    } else if (c === 0x40) return i;
    else if (c === 0x3a) {
      if (text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f) return i;
    } else if (c === 0x2e) {
      if (isW(text.charCodeAt(i - 1)) && isW(text.charCodeAt(i - 2)) && isW(text.charCodeAt(i - 3))) return i;
    }
  }
  return -1;
}

/** spaceLatinRuns over each line of a text that has Latin text or digits in it. */
export function spaceLatinText(text: string): string {
  if (!HAS_WORD.test(text)) return text;
  // Lines walked by position; only those that can change are looked at and copied.
  let out = '';
  let copied = 0;
  // The next place a line may change (see nextRespace), found once for the whole text:
  // the lines before it are skipped without a copy.
  let next = nextRespace(text, 0);
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (next !== -1 && next < end) {
      const line = text.slice(start, end);
      const spaced = spaceLatinRuns(line);
      if (spaced !== line) {
        out += text.slice(copied, start) + spaced;
        copied = end;
      }
      next = nextRespace(text, end);
    } else if (next === -1) break;
    start = end + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export const cjkSpaces: Transform = {
  id: 'cjk-spaces',
  name: 'clean.transform.cjkSpaces',
  defaultOn: true,
  fields: ['paragraph', 'caption'],
  // Latin runs spaced first: a space put after a link lengthens a quoted slogan past the
  // length whose spaces are kept, and the stray spaces must be judged on the text as it stays.
  apply: (text) => ({ text: removeCjkSpaces(spaceLatinText(text)) }),
};
