// One reading of a page's structure, shared by cleanup (`join-lines`) and segmentation, so
// that both join and separate the same lines. A page is read line by line: each line gets a
// cue from evidence that does not depend on one paper's layout (a `#` mark, the vocabulary
// of datelines, bylines, captions and credits, a list marker after a finished clause, a
// continuation mark closing it, the furniture of a banner or an editor line). Lines are
// grouped into units: the lines of a blank-line block, cut wherever a new part starts inside
// one. A unit is then joined across a blank line only when it is prose that leaves its
// sentence unfinished and the next unit is prose too: a headline, a byline, a caption, a list
// item or a unit closed by a continuation mark is never appended to the paragraph before it.

import { breaksWord as breaks, continuesAcross as continues, joinPair as pair } from './columnJump';
import { joinTrimmedLines as joinTrimmed } from './joinLines';
import * as patterns from './patterns';
import { isPersonNameLine } from './personName';
import { codeTable, isBlankCode as isTrimmed, isHan, isWide as wide } from './script';
import { LEADING_MARK, TRAILING_MARKS } from './transforms/continuationMarks';

// Local bindings: module re-exports can cost a getter call on every use.
const isWide = wide;
const isHanCode = isHan;
const breaksWord = breaks;
const continuesAcross = continues;
const joinPair = pair;
const joinTrimmedLines = joinTrimmed;
const {
  BRACKETED_PHOTO_CREDIT,
  BYLINE_BLOCK,
  CAPTION,
  CREDIT,
  DATELINE,
  DEPARTMENT,
  FURNITURE,
  FURNITURE_WORD,
  HEADING,
  ISSUER,
  LIST_ITEM,
  MASTHEAD,
  ROLE_START,
} = patterns;
// Every masthead or contact line holds one of these: other lines need not try MASTHEAD.
const MASTHEAD_WORD = /主办|主管|出版|期|版|热线|社址|邮编/u;

export interface Line {
  /** Raw offsets of the line without its leading and trailing whitespace. */
  start: number;
  end: number;
  text: string;
  /** Printed with an indent (a full-width space, a tab or two spaces): a paragraph's first line. */
  indented?: boolean;
  /** Whitespace followed the text before the line break (`增长 ` / `7.1%`). */
  spaceAtEnd?: boolean;
}

/** Whether the whitespace before a line's text is a paragraph indent (`\u3000\u3000重阳节前夕，…`). */
function isIndent(raw: string, from: number, to: number): boolean {
  if (to - from >= 2) return true;
  const c = raw.charCodeAt(from);
  return c === 0x3000 || c === 0x09;
}

/** Lines printed together (no blank line between), in raw order. */
export type Block = Line[];

export type UnitKind =
  | 'heading'
  | 'headline'
  | 'dateline'
  | 'byline'
  | 'caption'
  | 'credit'
  | 'list'
  | 'furniture'
  | 'text'
  /** A line of a poem: a paragraph of one line, never joined to another. */
  | 'verse';

export interface Unit {
  kind: UnitKind;
  /** Markdown heading level (1–6), 0 when the OCR engine marked none. */
  level: number;
  /** Lines joined (headline halves on separate lines by a space), heading marks removed. */
  text: string;
  /** The same with the heading marks kept: what cleanup writes for the unit. */
  source: string;
  /** Raw spans of the text, in raw order. */
  spans: { start: number; end: number }[];
  /** The lines of the last block it was gathered from (for the column-foot test). */
  lastBlock: Block;
  /** Ends with a continuation mark (`①5`): the text goes on elsewhere, never in the next unit. */
  marked: boolean;
}

/** A `（上接第1版）` alone on its line: it opens the text continued under it, never ends a headline. */
function isLeadingMarkLine(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c !== 0x28 && c !== 0xff08) return false;
  return LEADING_MARK.exec(text)?.[0].length === text.length;
}

/** Whether a line ends with a continuation mark; most end in other characters and skip the regex. */
function endsWithMark(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  const markEnd = (c >= 0x30 && c <= 0x39) || c === 0x7248 || c === 0x29 || c === 0xff09;
  return markEnd && TRAILING_MARKS.test(text);
}

/** The non-blank lines of a raw page grouped into blocks at blank lines. */
export function readBlocks(raw: string): Block[] {
  // Lines found with indexOf and trimmed by code unit: no regex match and no copy per line.
  const blocks: Block[] = [];
  let current: Block = [];
  for (let lineStart = 0; lineStart <= raw.length;) {
    let lineEnd = raw.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = raw.length;
    let a = lineStart;
    let b = lineEnd;
    while (a < b && isTrimmed(raw.charCodeAt(a))) a++;
    while (b > a && isTrimmed(raw.charCodeAt(b - 1))) b--;
    if (a === b) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else
      // Every line gets both flags, so that all lines share one object shape.
      current.push({
        start: a,
        end: b,
        text: raw.slice(a, b),
        indented: a > lineStart && isIndent(raw, lineStart, a),
        spaceAtEnd: b < lineEnd && raw.charCodeAt(b) === 0x20,
      });
    lineStart = lineEnd + 1;
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

// The width of each code unit (isWide as a table): widths are read for every line of a block.
const WIDTH = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) WIDTH[c] = isWide(c) ? 2 : 1;

/** Display width of a line: CJK characters count two, others one. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += WIDTH[text.charCodeAt(i)];
  return w;
}

/**
 * True when a block of several lines ends with a full line: the column ran out in the
 * middle of a paragraph rather than the paragraph ending (its last line would be short).
 */
export function endsAtColumnFoot(block: Block): boolean {
  if (block.length < 2) return false;
  let widest = 0;
  for (const line of block) widest = Math.max(widest, displayWidth(line.text));
  return displayWidth(block[block.length - 1].text) >= widest * 0.85;
}

// Headlines have no sentence punctuation and are short; they may have a comma (intertitles do).
const OPEN_END = codeTable('，,、：:“‘（(《');

/** Length of the heading marks `#{1,6}[ \t]+` opening a text, 0 when there are none. */
function headingMarks(text: string): number {
  let i = 0;
  while (i < 6 && text.charCodeAt(i) === 0x23) i++;
  // Seven or more `#` is no heading: `#{1,6}` must be followed by a space or tab.
  if (i === 0) return 0;
  let j = i;
  while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++;
  return j > i ? j : 0;
}

/** Strips the markdown heading marks, returning the level (1–6) or 0 for plain text. */
export function headingLevel(text: string): number {
  if (text.charCodeAt(0) !== 0x23) return 0;
  let i = 0;
  while (i < 6 && text.charCodeAt(i) === 0x23) i++;
  const c = text.charCodeAt(i);
  return c === 0x20 || c === 0x09 ? i : 0;
}

// A headline (`^[^。！？!?；;]{2,40}$`, u flag) by code unit: no sentence mark, and its length in code points (2 to 40) for a text of at
// most 40 code units: only a lone surrogate pair is one code point over two code units.
const SENTENCE_MARK = codeTable('。！？!?；;');
// What cjk-punctuation reads before a `.` it widens to `。`, and after it.
const STOP_CLOSER = codeTable('”）"\')');
const isStopSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;
/** A Han character, or a closing quote or bracket also past spaces (cjk-spaces takes those: `”\u3000.`). */
function closesBeforeStop(c: number, text: string, at: number): boolean {
  if (isHanCode(c) || STOP_CLOSER.has(c)) return true;
  if (!isStopSpace(c)) return false;
  let j = at - 1;
  while (j > 0 && isStopSpace(text.charCodeAt(j))) j--;
  return STOP_CLOSER.has(text.charCodeAt(j));
}
const STOP_FOLLOWER = codeTable(' \t\u3000“');
function headlineShaped(text: string): boolean {
  const n = text.length;
  if (n < 2 || n > 40) return false;
  if (n === 2) {
    const h = text.charCodeAt(0);
    const l = text.charCodeAt(1);
    if (h >= 0xd800 && h <= 0xdbff && l >= 0xdc00 && l <= 0xdfff) return false;
  }
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (SENTENCE_MARK.has(c)) return false;
    if (c === 0x2e && widenedStopAt(text, i)) return false;
  }
  return true;
}

/**
 * Whether the `.` at `i` is the full stop cjk-punctuation writes as `。`: after a Han
 * character or a closing quote or bracket (a straight `"` or `)` may be widened first),
 * before a space, Chinese or the end. Judged alike before and after cleanup, so cleaning
 * twice joins what cleaning once did.
 */
function widenedStopAt(text: string, i: number): boolean {
  if (i === 0 || !closesBeforeStop(text.charCodeAt(i - 1), text, i)) return false;
  const after = text.charCodeAt(i + 1);
  return i === text.length - 1 || STOP_FOLLOWER.has(after) || isHanCode(after);
}

/** Whether a text has a stop of prose in it, `.` read as the `。` cleanup makes it. */
function hasProseStop(text: string): boolean {
  if (PROSE_STOP.test(text)) return true;
  for (let i = text.indexOf('.'); i !== -1; i = text.indexOf('.', i + 1))
    if (widenedStopAt(text, i)) return true;
  return false;
}

/** Whether a (line-joined) unit reads as a headline: short, no sentence punctuation, not open-ended. */
export function isHeadlineLike(text: string): boolean {
  return (
    headlineShaped(text) &&
    !OPEN_END.has(text.charCodeAt(text.length - 1)) &&
    !(LIST_START.has(text.charCodeAt(0)) && LIST_ITEM.test(text))
  );
}

const spaced = (text: string) => text.replace(/\s+/g, ' ');

// Each part pattern is anchored at the start: a line whose first code unit cannot open the
// part needs no try of its regex (most lines are prose and try none).
const HEADING_START = codeTable('#');
const DATELINE_START = codeTable('本新');
const DATED_START = codeTable('本新据');
/** A line opening with a dateline (its column line may stop at no mark: `本报讯（通讯员 郝青青）进入 10`). */
const opensDateline = (text: string) => DATELINE_START.has(text.charCodeAt(0)) && DATELINE.test(text);
/** A line opening with a dateline of any form, dated or a wire's too (`本报7月18日讯`, `据新华社北京7月15日电`). */
const opensAnyDateline = (text: string) => opensDateline(text) || patterns.DATED_DATELINE.test(text);
const ROLE_FIRST = codeTable('本特见实摄首融全记通评读');
const CAPTION_START = codeTable('(（图上下左右');
const NOT_FURNITURE_END = codeTable('。！？!?，,');
// A page number printed between dashes (`- 3 -`, `—3—`, `－ A3 －`) is a folio wherever it stands.
const DASHED_FOLIO = /^[-—–－‐][ \u3000]*[A-D]?\d{1,3}[ \u3000]*[-—–－‐]$/u;
const DASH_FIRST = codeTable('-—–－‐');
const LIST_START = codeTable('0123456789一二三四五六七八九十(（①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳');

const BRACKETED_CREDIT = /^[(（][^()（）]+[)）]$/u;
const PROSE_STOP = /[。；;]|[！？!?](?!$)/u;
const AUTHOR_CREDIT =
  /^(?:文|作者)[/／:：][ \u3000]*[\p{Script=Han}·]{2,4}(?:[ \u3000、]+[\p{Script=Han}·]{2,4})?(?:[ \u3000]+(?:图|摄影)[/／:：][ \u3000]*[\p{Script=Han}·]{2,4})?$/u;
// The credit for text and photos, printed before the roles and names it applies to (`文/图 记者 …`),
// or a part before its role (`文/记者 … 图/通讯员 …`).
const TEXT_PHOTO_FIRST = /^[文图][/／](?:[图文][ \u3000]|\p{Script=Han})/u;
// A box drawn before a byline (`■ 记者 陈十`, `◎通讯员 王五`).
const BOXED = codeTable('□■◇◆●○◎');

/** A line without the box printed before it (`■链接` → `链接`). */
export const withoutBox = (text: string): string =>
  BOXED.has(text.charCodeAt(0)) ? text.slice(1).trimStart() : text;

/** The part a line or unit opens by its words, or undefined for prose and headlines. */
function partOf(text: string): Exclude<Cue, 'plain'> | undefined {
  const first = text.charCodeAt(0);
  if (HEADING_START.has(first) && HEADING.test(text)) {
    // A heading mark on prose or on a part with words of its own (`# 本报讯 …`, `# 记者 周八`)
    // is OCR markup on every line: the line is what its words say.
    const words = unmarked(text);
    if (words.length < 2) return 'heading';
    const part = partOf(words);
    if (part !== undefined) return part;
    // A headline may run long, or ask (`…怎么办？`); prose has a full stop inside.
    return hasProseStop(words) ? undefined : 'heading';
  }
  // A dated dateline opens its text as `本报讯` does, also where its column line stops at no mark
  // (`本报1月8日讯（记者 温可欣）记` / `者从…`): not a headline line.
  if (opensDateline(text) || (DATED_START.has(first) && patterns.DATED_DATELINE.test(text)))
    return 'dateline';
  if ((ROLE_FIRST.has(first) && ROLE_START.test(text)) || patterns.OUTLET_ROLE_START.test(text)) {
    // A byline may close a story that goes on elsewhere (`记者 王芳③2`): judged without the mark.
    const names = spaced(endsWithMark(text) ? text.slice(0, TRAILING_MARKS.exec(text)?.index) : text);
    if (CREDIT.test(names)) return 'credit';
    if (BYLINE_BLOCK.test(names)) return 'byline';
  }
  // An outlet and its writers with no role word (`青河区融媒体中心 宋佳`), or a source's credit
  // on its own line (`区委宣传部 供稿`).
  const outletNames = patterns.OUTLET_NAMES.exec(text);
  if (
    outletNames &&
    outletNames[1]
      .trim()
      .split(/[ \u3000]+/u)
      .every(isPersonNameLine)
  )
    return 'byline';
  if (text.endsWith('供稿') && patterns.SOURCE_CREDIT.test(text)) return 'byline';
  if (CAPTION_START.has(first) && CAPTION.test(text)) return 'caption';
  if (BOXED.has(first) && BYLINE_BLOCK.test(spaced(text.slice(1)).trim())) return 'byline';
  // A photographer named with no role (`王力 摄`).
  if (text.charCodeAt(text.length - 1) === 0x6444 && isPersonNameLine(text.slice(0, -1).trimEnd()))
    return 'credit';
  // A writer credited by `文/` or `作者：` (`文/宋小禾`).
  if ((first === 0x6587 || first === 0x4f5c) && AUTHOR_CREDIT.test(text)) return 'byline';
  // Writers credited for text and photos ahead of their roles (`文/图 记者 常宁`).
  if (
    (first === 0x6587 || first === 0x56fe) &&
    TEXT_PHOTO_FIRST.test(text) &&
    BYLINE_BLOCK.test(spaced(text))
  )
    return 'byline';
  // A credit in brackets on a line of its own (`(记者 蒋帆)`, closing the text above it).
  if ((first === 0x28 || first === 0xff08) && BRACKETED_CREDIT.test(text)) {
    const inside = spaced(text.slice(1, -1)).trim();
    if (CREDIT.test(inside)) return 'credit';
    if (BYLINE_BLOCK.test(inside)) return 'byline';
  }
  // Furniture holds a weekday or an editor's title: other lines need not try the pattern.
  // It never ends in sentence punctuation: most paragraphs are refused by their last code unit.
  if (!NOT_FURNITURE_END.has(text.charCodeAt(text.length - 1))) {
    if (DASH_FIRST.has(first) && DASHED_FOLIO.test(text)) return 'furniture';
    if (FURNITURE_WORD.test(text) && FURNITURE.test(text)) return 'furniture';
    if (MASTHEAD_WORD.test(text) && MASTHEAD.test(text)) return 'furniture';
  }
  if (LIST_START.has(first) && LIST_ITEM.test(text)) return 'list';
  return undefined;
}

/** What a unit of joined text is, judged by its words. */
export function kindOf(text: string): UnitKind {
  const part = partOf(text);
  if (part !== undefined) return part;
  // Text a continuation mark closes is judged without it (`…要抓紧落实，（下转第2版）` is prose,
  // `（温可欣）(转 3 版)` a note in brackets): as a second clean, the mark taken, reads it.
  let judged = text;
  if (endsWithMark(text)) {
    const before = text.slice(0, TRAILING_MARKS.exec(text)?.index).trimEnd();
    if (before !== '') judged = before;
  }
  // A date alone (`2024年6月11日`, under a notice's issuer) says when, never what happened.
  return isHeadlineLike(judged) &&
    !isDateLine(judged) &&
    !BRACKETED_LINE.test(judged) &&
    !ADDRESS.test(judged) &&
    !CONTACT_LINE.test(judged)
    ? 'headline'
    : 'text';
}

// An e-mail or web address is given in text (`投稿邮箱：…@…`), never in a headline.
const ADDRESS = /@[\w-]+\.|:\/\/|www\./u;
// A line wholly in brackets is a note (`（作者系区文化馆退休干部）`), never a headline.
const BRACKETED_LINE = /^[(（][^()（）]+[)）]$/u;

/** A date alone on its line (`2024年6月11日`). */
export const isDateLine = (text: string): boolean => DATE_ONLY.test(text);

const DATE_ONLY = /^\d{4}[ \u3000]*年[ \u3000]*\d{1,2}[ \u3000]*月(?:[ \u3000]*\d{1,2}[ \u3000]*日)?$/u;

/** The cue of one raw line: what it starts, if it starts a part of its own. */
type Cue =
  'heading' | 'dateline' | 'byline' | 'credit' | 'caption' | 'furniture' | 'list' | 'verse' | 'plain';

const cueOf = (text: string): Cue => partOf(text) ?? 'plain';

/** Section labels over a cluster of articles (`新闻连连看`, `城区时讯`, `城区要闻`, `简讯`). */
export const SECTION =
  /^[\p{Script=Han}]{0,6}(?:连连看|时讯|要闻|快讯|简讯|动态|速递|视点|聚焦|一线|专栏|传真|纵横|广角|之窗|时评|观察|新闻|资讯|直通车|风采)$/u;

// Names after a byline line (`记者 王赛华` / `经开时报 李洪永`): short words and spaces only.
const NAME_LINE = /^[\p{Script=Han}·]{2,6}(?:[ \u3000]+(?:[\p{Script=Han}·]{2,6}|[文图][/／][图文]|摄))*$/u;
// A line of one word: under a byline it is more of the names only when shaped as a name.
const ONE_WORD = /^[\p{Script=Han}·]+$/u;
// The shortest half of a headline set on two lines; shorter lines are one phrase broken.
const MIN_HALF = 4;
// A clause mark inside: what a headline set on several lines does not have.
const CLAUSE_MARK = /[，,、；;：:]/u;
/**
 * Whether a line has a clause mark: a comma grouping thousands (`4,200`) or a point between
 * digits (`2.5`) is a number's; a comma before digits that group none parts two clauses, as
 * cjk-punctuation widens it (`12345,24小时`).
 */
const hasClause = (text: string) =>
  CLAUSE_MARK.test(text) && CLAUSE_MARK.test(text.replace(/(?<=\d)(?:,(?=\d{3}(?!\d))|[.:：](?=\d))/gu, ''));
// A line that finishes a clause: a list item may start after it.
const CLAUSE_END = /[。！？!?；;：:…”’）)]$/u;
// Words that cannot open a headline: a line opening with one continues the heading above it
// (`# 全区校园消防安全综合演练` / `在青河中学举行`).
const CONTINUES_HEADING = /^[在于和与及并暨为向对从的了将把被让给以由至等中后时]/u;
// A line ending in a word no half ends with was cut in a phrase (`社区食堂开到` / `老人家门口`).
const endsOpen = patterns.endsOpen;

// A headline opened by `关于` is one phrase to its end (`关于开展秋季` / `爱国卫生运动的通知`).
const OPENS_PHRASE = /^关于/u;

// The shortest subtitle: a shorter line under a heading is the end of a title the column cut
// (`# 我区召开社区网格化治理` / `工作推进会`).
const MIN_SUBTITLE = 7;

// A label line: a few Han characters, no mark of any kind.
// A short Han label (`教育`, `社会民生`), or two words parted by a middle dot (`镇街·动态`, `科技·产业`).
export const LABEL_LINE = /^(?:\p{Script=Han}{2,6}|\p{Script=Han}{2,4}[·・]\p{Script=Han}{2,4})$/u;

/**
 * Whether `line` is a label printed over the headline `next` (never a title cut in a phrase):
 * the headline stands alone, `after` (the line below it) opens a part of its own or there is none.
 */
function labelOver(boxed: string, next: string, after: string | undefined): boolean {
  // A box's label (`■链接`, `■相关新闻`) is a label over the box's title.
  const line = withoutBox(boxed);
  if (
    !LABEL_LINE.test(line) ||
    OPENS_PHRASE.test(line) ||
    endsOpen(line) ||
    // A label names a kind of news; a line ending in a verb awaits its object on the next line
    // (`区人社局举办` / `2025年春季高校毕业生` / `专场招聘会`).
    awaitsObject(line) ||
    !isHeadlineLike(next) ||
    CONTINUES_HEADING.test(next)
  )
    return false;
  // An office kicker stands over its own title, never under the first half of one.
  if (DEPARTMENT.test(next) && !DEPARTMENT.test(line)) return true;
  // Over a headline that stands alone, or over two headline lines (a kicker and its title).
  return (
    next.length >= line.length + 3 && (after === undefined || cueOf(after) !== 'plain' || headlineLine(after))
  );
}

/**
 * A series tag closing a headline line (`“文明青河”系列报道④`, `…系列报道之三`): the line names
 * the series the story is one of, a kicker of its own over the story's title. A circled number
 * with no page after it numbers the story; a continuation mark always names its page (`①3`).
 */
export const SERIES_TAG = /(?:[\u2460-\u2473]|系列(?:报道|评论|访谈)(?:之[一二三四五六七八九十]+)?)$/u;

/** A dateline and nothing after it on its line (`本报讯`, `本报10月22日讯`): no brackets, no text. */
const bareDateline = (text: string) =>
  [patterns.DATELINE, patterns.DATED_DATELINE].some((re) => re.exec(text)?.[0] === text) &&
  !text.endsWith(')') &&
  !text.endsWith('）');

/** The text of a heading line without its marks. */
const unmarked = (line: string) => line.slice(headingMarks(line)).trim();

// Tests run on most lines of a page, so a character that must be there is looked for first.
/** A date alone on its line (`2024年10月9日`): it opens with a digit. */
const dateAlone = (text: string) => {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && isDateLine(text);
};
// The last character of an office's name (ISSUER's office words), brackets for `（审计局）`.
const OFFICE_END = codeTable('局委办部心协院处所室站队厅署联会社道区镇乡村府团司校学园馆行）)');
/** An issuer's name alone on its line: it ends in an office word. */
const issuerLine = (text: string) => OFFICE_END.has(text.charCodeAt(text.length - 1)) && ISSUER.test(text);
/** A notice's `label：value` line: a colon within its first few characters. */
const labelled = (text: string) => {
  const colon = text.search(/[：:]/u);
  return colon > 0 && colon <= 8 && CONTACT_LINE.test(text);
};

/** Whether the block is the two lines of one headline, `at` its second (no kicker over a title and a deck). */
const twoLineHeadline = (block: Block, at: number) =>
  block.length === 2 &&
  at === 1 &&
  isHeadlineLike(block[0].text) &&
  isHeadlineLike(block[1].text) &&
  // An office over its date signs a notice (`县人民政府征兵办公室` / `2025年2月20日`).
  !isDateLine(block[1].text);

/**
 * Whether a heading line right under another of the same level is the second line of one
 * headline (`## 我区召开2024年度安全生产` / `## 暨消防工作会议`) rather than a kicker over a
 * title or a label over its first item (an office, a place or a short label comes first).
 */
function secondHeadingLine(first: string, line: string, underKicker: boolean): boolean {
  if (headingLevel(first) !== headingLevel(line)) return false;
  const a = unmarked(first);
  const b = unmarked(line);
  return (
    // A short first line may be a label over its first item (`## 教育` / `## 区教育局`); one
    // with more than Han characters in it (`# 地铁1号线` / `# 二期开通试运营`) is no label,
    // nor is one as long as the line under it (`# 东湖社区食堂` / `# 开进老人家门口`): a label
    // is set over a longer title.
    // Under a kicker line of its own it is no label either (`### 区第一中学` / `# 新校区投用` /
    // `# 3,000 名学生…`). Nor is one ending in a verb that awaits its object (`## 区文旅局发布` /
    // `## 十条秋季精品旅游线路`): a label names a kind of news.
    (a.length >= MIN_SUBTITLE ||
      (a.length >= MIN_HALF &&
        (underKicker || awaitsObject(a) || !LABEL_LINE.test(a) || wordLength(b) < wordLength(a) + 3))) &&
    isHeadlineLike(a) &&
    isHeadlineLike(b) &&
    !DEPARTMENT.test(a) &&
    !DEPARTMENT.test(b) &&
    !partsApart(a, b)
  );
}

// A title line long enough to stand alone over its subtitle (`新校区投用` is a first half).
const MIN_TITLE = 8;

/**
 * Whether two heading lines marked alike are two parts of a headline (kicker and title, title
 * and subtitle), not one headline's two lines: a line opened by a dash is a subtitle, a line
 * printed as two halves is whole (`石桥镇“村BA”总决赛` / `上河村队加时险胜 成功卫冕`), and a
 * line giving a figure the line above has not is its subtitle when that line can stand alone
 * (`家庭医生签约服务扩面提质` / `全区重点人群签约率达 81.6%`), unless the break cuts a phrase
 * (`…在全国` / `游泳锦标赛上摘银`).
 */
function partsApart(a: string, b: string): boolean {
  if (DASH_START.test(b)) return true;
  const apart =
    twoHalves(a) || twoHalves(b) || (wordLength(a) >= MIN_TITLE && QUANTITY.test(b) && !QUANTITY.test(a));
  // The word segmenter last: one call costs more than the rest.
  return apart && !endsOpen(a) && !CONTINUES_HEADING.test(b) && !breaksWord(a, b);
}

/**
 * Whether headline line `a` is a kicker over the title line `b`, not the title's first line:
 * `b` is printed as two halves and `a` is not (`石桥镇“村BA”总决赛` / `上河村队加时险胜 成功卫冕`),
 * as a line of two halves over another is whole; not where the break cuts a phrase.
 */
function kickerOver(a: string, b: string): boolean {
  if (!headlineLine(a) || !twoHalves(b) || twoHalves(a)) return false;
  return !endsOpen(a) && !CONTINUES_HEADING.test(b) && !breaksWord(a, b);
}

// Verbs that take their object after them, or an office and its bare verb: a headline line
// ending in one is cut before the object, never a half (`杏园街道举办` / `冬季消防安全培训`,
// `区医保局开通` / `“医保码”床旁结算`).
const awaitsObject = patterns.awaitsObject;

// The same verbs with what follows them to the line's end.
const VERB_THEN_REST = /(?:举办|召开|开展|推出|组织|推行|开设|建立|启动)(\S{1,6})$/u;
// The longest start of an object the column may leave after its verb: a whole object is longer.
const OBJECT_START = 3;

/**
 * Whether a headline line ends a few letters after a verb that takes an object
 * (`区图书馆推出老年` / `读者数字阅读课`, `全区启动老年人` / `免费健康体检`): the column cut the
 * object, which a half would hold whole.
 */
function objectBegun(a: string): boolean {
  const rest = VERB_THEN_REST.exec(a)?.[1];
  return rest !== undefined && wordLength(rest) <= OBJECT_START;
}

// The shortest second half, as a share of the first.
const UNBALANCED = 0.6;

// A causative or purpose clause (`让老人乐享晚年`, `为高龄独居老人建立关爱档案`) can stand as a
// headline's half of its own.
const CAUSATIVE = /^[让为]/u;

/**
 * Whether headline line `b`, opened by `让` or `为`, is a half of its own under `a`
 * (`“家门口”养老驿站` / `让老人乐享晚年`, `柳岸街道开展“敲门行动”` / `为高龄独居老人建立关爱档案`)
 * rather than the rest of `a`'s sentence (`南湖社区“绿色账户”` / `让垃圾变积分`): halves are set
 * to balance, so the clause is at least as long as the line over it.
 */
const causativeHalf = (a: string, b: string) => CAUSATIVE.test(b) && wordLength(b) >= wordLength(a);

// A kicker that tells the news is set much longer than each half of the title under it.
const KICKER_OVER_HALVES = 1.5;

/**
 * Whether headline line `a` is a kicker over a title set as two halves on the lines `b` and
 * `c` (`区委召开全面深化改革委员会会议` / `坚持改革创新` / `激发发展活力`): the halves balance,
 * and the line over them is much longer than either, which a title the column cut never is
 * (its first line is as long as any). Not where `a` leaves its phrase open.
 */
function kickerOverHalves(a: string, b: string, c: string | undefined): boolean {
  if (c === undefined || !headlineLine(a) || !headlineLine(b) || !headlineLine(c) || isLeadingMarkLine(c))
    return false;
  const [la, lb, lc] = [wordLength(a), wordLength(b), wordLength(c)];
  if (la < Math.max(lb, lc) * KICKER_OVER_HALVES) return false;
  if (joinHeadlineLines(b, c) !== `${b} ${c}`) return false;
  return (
    !endsOpen(a) && !awaitsObject(a) && !objectBegun(a) && !CONTINUES_HEADING.test(b) && !breaksWord(a, b)
  );
}

/**
 * Whether headline line `a` is a kicker over a title the column cut over the lines `b` and `c`
 * (`深化“放管服”改革` / `区政务服务中心推出` / `“周末不打烊”服务`): `b` leaves its phrase open, so
 * `b` and `c` are one phrase, and a title set in halves gives each half a line of its own, never
 * one half a line and the other two. `a` closes its phrase and reads as a half beside `b`.
 */
function kickerOverCut(a: string, b: string, c: string | undefined): boolean {
  if (c === undefined || !headlineLine(a) || !headlineLine(b) || !headlineLine(c) || isLeadingMarkLine(c))
    return false;
  if (DASH_START.test(c) || DEPARTMENT.test(a) || twoHalves(a) || twoHalves(b) || twoHalves(c)) return false;
  const bOpen = endsOpen(b) || awaitsObject(b) || objectBegun(b);
  return bOpen && joinHeadlineLines(a, b) === `${a} ${b}` && !CONTINUES_HEADING.test(c);
}

/**
 * A line ending in a quoted figure right after a numeral and its measure word (`全区首家“15 分钟”`,
 * `首批“1+N”`): the measure word counts a noun, and a figure is no noun it counts (`一张“服务单”`
 * is one), so the quoted figure qualifies a noun the line has not reached (`便民生活圈…`). The
 * column cut that phrase; a half ends on its noun.
 */
const QUALIFIER_END =
  /(?:首|第?[一二三四五六七八九十两百千万\d]+|多|每|各)(?:家|个|项|批|座|条|所|支|位|名|场|届|种|类|处|套|间|张|台|辆|本|只|块|片|轮|期)[“"][^“”"]{0,8}\d[^“”"]{0,8}[”"]$/u;

/** A headline's two lines as one: halves keep a space between them, a phrase the line cut does not. */
function joinHeadlineLines(a: string, b: string): string {
  // The word segmenter last: one call costs more than reading the rest of the page.
  const cut =
    wordLength(b) < MIN_HALF ||
    wordLength(a) < MIN_HALF ||
    // Halves are set to balance; a line much shorter than the one above is the rest of a
    // headline the width cut (`我区召开社区网格化治理` / `工作推进会`).
    b.length < a.length * UNBALANCED ||
    endsOpen(a) ||
    awaitsObject(a) ||
    objectBegun(a) ||
    QUALIFIER_END.test(a) ||
    (CONTINUES_HEADING.test(b) && !causativeHalf(a, b)) ||
    OPENS_PHRASE.test(a) ||
    breaksWord(a, b);
  return cut ? joinPair(a, b) : `${a} ${b}`;
}

/** Whether an unmarked line under a heading line is the rest of that heading rather than a subtitle. */
function wrapsHeading(heading: string, line: string): boolean {
  return (
    isHeadlineLike(line) &&
    !DASH_START.test(line) &&
    (CONTINUES_HEADING.test(line) || line.length < MIN_SUBTITLE || breaksWord(heading, line))
  );
}

// A line stopping with one of these may end its paragraph.
const PARAGRAPH_END = codeTable('。！？!?…；;”’」』');
// Column lines are narrower (DOMAIN: 13–20 characters, a wide deck some 26): a longer line is
// a paragraph printed on one line, and where it stops with a closing mark its paragraph ends.
const MAX_COLUMN = 60;
// A line no wider than this share of its block's widest is set apart from the column (a heading).
const SHORT_LINE = 0.5;
// A line narrower than this share of its block's widest stopped before the column's edge.
const FULL_LINE = 0.85;
// A photo credit closing a caption line (`图为…。 记者 刘一鸣 摄`): the caption ends there.
const CREDIT_END = new RegExp(`${patterns.BYLINE_RUN_SOURCE}$`, 'u');

/** How a block's lines are set: the widest line, and whether its lines are paragraphs of one line each. */
interface Shape {
  block: Block;
  /** The widest line's display width, -1 until asked for (most blocks never need it). */
  width: number;
  /** The column's display width, -1 until asked for. */
  column: number;
  linePerParagraph: boolean;
  /** Paragraphs open with an indent: an indented line starts one, a line without goes on with it. */
  indents: boolean;
}

/** Whether indents tell a block's paragraphs apart: two lines or more have one (a lone
 * indented line may be a stray space the OCR left). */
function indentsParagraphs(block: Block): boolean {
  let indented = 0;
  for (const line of block) if (line.indented && ++indented === 2) return true;
  return false;
}

/** Whether a line stops as a paragraph printed on one line does: at a sentence's end, not a headline's quoted name. */
const stopsParagraph = (text: string) =>
  closesSentence(text) && !(closesQuotedName(text) && headlineLine(text));

function shapeOf(block: Block): Shape {
  let closing = 0;
  for (let i = 0; i < block.length - 1; i++) if (stopsParagraph(block[i].text)) closing++;
  // Column lines seldom stop at a sentence's end; a page printed one paragraph a line
  // without blank lines stops nearly every line there. A headline line closing a quoted name
  // (`稻田变“花田”` / `乡村添“颜值”`) stops no sentence: it tells nothing of how the text is set.
  const inner = block.length - 1;
  return {
    block,
    width: -1,
    column: -1,
    linePerParagraph: inner >= 2 && closing * 2 > inner,
    indents: indentsParagraphs(block),
  };
}

/** The display width of the widest line of a shape's block. */
function widthOf(shape: Shape): number {
  if (shape.width < 0) {
    let width = 0;
    for (const line of shape.block) width = Math.max(width, displayWidth(line.text));
    shape.width = width;
  }
  return shape.width;
}

// A block of this many lines or more is a column run: most of its lines reach the column's edge.
const COLUMN_RUN = 8;

/**
 * The display width of a shape's column: in a long block, the width a quarter of its lines
 * reach, so that a banner, a headline or a URL line printed wider in the same block (a page
 * with no blank lines) does not make every column line look as if it stopped short.
 */
function columnOf(shape: Shape): number {
  if (shape.column < 0) {
    const { block } = shape;
    if (block.length < COLUMN_RUN) shape.column = widthOf(shape);
    else {
      const widths = block.map((l) => displayWidth(l.text)).sort((a, b) => b - a);
      shape.column = widths[Math.floor(widths.length / 4)];
    }
  }
  return shape.column;
}

// A bracket closing after a sentence's end: a credit printed last (`…建成。(记者 方晴)`).
const CLOSING_BRACKETS = /[。！？!?…”’][ \u3000]*[(（][^()（）]*[)）]$/u;

/** Whether a line stops where a sentence (or a credit in brackets after it) ends. */
function closesSentence(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (PARAGRAPH_END.has(c)) return true;
  if (c === 0x29 || c === 0xff09) return CLOSING_BRACKETS.test(text);
  // A quotation signed by its speaker (`“……。”——市民蓝天`): the speaker closes it.
  return text.lastIndexOf('——') >= text.length - SIGNED_QUOTE_NAME - 2 && SIGNED_QUOTE.test(text);
}

/**
 * Whether a group's text ends a sentence at its last line: that line closes it, or closes the
 * brackets a sentence's credit opened on the line above (`…采摘期。（记者 韦晓岚 通讯` / `员 唐嘉）`).
 */
function closesGroup(group: Group): boolean {
  const { lines } = group;
  const last = lines[lines.length - 1].text;
  if (closesSentence(last)) return true;
  const c = last.charCodeAt(last.length - 1);
  return (
    (c === 0x29 || c === 0xff09) && lines.length > 1 && closesSentence(lines[lines.length - 2].text + last)
  );
}

/** Whether a line is a quotation its speaker signs (`“……。”——市民蓝天`), as a quotes box prints them. */
export const isSignedQuote = (text: string): boolean => SIGNED_QUOTE.test(text);

// The speaker after a quotation's dash: a role and a name, no mark.
const SIGNED_QUOTE_NAME = 24;
const SIGNED_QUOTE = new RegExp(`[。！？!?…”’]——[^，。；：,;:！？!?“”（）()]{1,${SIGNED_QUOTE_NAME}}$`, 'u');

/**
 * Whether `prev` ends its paragraph although more lines follow in its block: it stops with a
 * closing mark and is no column line run to the edge (it stopped short, or is wider than a
 * column, or the block's lines are one paragraph each). A block's first line that stopped
 * short may be a lead set in larger type (`做好民主生活会征求意见。` / `制订…`): it stays.
 */
function endsParagraph(prev: string, shape: Shape, first: boolean, startsGroup: boolean): boolean {
  // A notice's contact line (`联系电话：0371-…`) ends where its value does.
  if (CONTACT_LINE.test(prev)) return true;
  // A column line that stops at a quote closing a name, not a sentence (`…开设“午间不打烊”` /
  // `窗口，…`), goes on: a quoted sentence closes its mark inside (`…扛下来。”`).
  if (!shape.linePerParagraph && closesQuotedName(prev)) return false;
  const w = displayWidth(prev);
  // A line that stopped short after a colon (`各有关单位：`) or a list item's heading with no
  // mark (`一、征集对象`) ends its paragraph; a heading's marker joined to the line above
  // (`中` / `一、`) heads nothing once joined.
  if (!closesSentence(prev))
    return (
      (COLON_END.has(prev.charCodeAt(prev.length - 1)) || (startsGroup && listHeading(prev))) &&
      w < columnOf(shape) * FULL_LINE
    );
  return shape.linePerParagraph || w > MAX_COLUMN || (!first && w < columnOf(shape) * FULL_LINE);
}

const COLON_END = codeTable('：:');
const ITEM_END = codeTable('；;');

/** Whether a list item's last line closes the list: a full stop after items closed by `；`. */
function closesList(text: string, groups: readonly Group[]): boolean {
  if (text.charCodeAt(text.length - 1) !== 0x3002) return false;
  // The group under way is the last one: the item before it is the one ahead.
  const before = groups[groups.length - 2];
  if (before?.cue !== 'list') return false;
  const last = before.lines[before.lines.length - 1].text;
  return ITEM_END.has(last.charCodeAt(last.length - 1));
}

// A closing quote after one of these closes a quoted sentence.
const QUOTED_SENTENCE_END = codeTable('。！？!?…');
const CLOSING_QUOTE = codeTable('”’」』');

/** Whether a line ends with a quote that closes a name or a term (`“青河健康”`), not a sentence. */
function closesQuotedName(text: string): boolean {
  const n = text.length;
  return (
    n >= 2 && CLOSING_QUOTE.has(text.charCodeAt(n - 1)) && !QUOTED_SENTENCE_END.has(text.charCodeAt(n - 2))
  );
}

/** A list item's heading: its marker and a few words with no mark (`一、征集对象`). */
function listHeading(text: string): boolean {
  const m = LIST_ITEM.exec(text);
  return m !== null && headlineShaped(text) && !CLAUSE_MARK.test(text.slice(m[0].length));
}
// `联系人：王先生`, `联系电话：0371-6612345`, `地址：…`, `报名时间：10月14日至18日`: a label
// of a notice and its value.
// A number's label (`电话`, `热线`, `传真`, `邮编`) has digits after it: a line whose label ends
// so but whose value has none is a headline (`区长热线：让群众诉求“件件有回音”`).
const CONTACT_LINE =
  /^(?:联系人|\p{Script=Han}{0,4}(?:方式|地址|邮箱|网址|时间|地点|日期|对象|条件|名额|费用)|(?:手机|传真|邮编|\p{Script=Han}{0,4}(?:电话|热线))(?=[：:][^，,。；;：:]*\d))[：:][^，,。；;：:]{1,40}$/u;

/** A headline line: short, no sentence or clause mark. */
const headlineLine = (text: string) => isHeadlineLike(text) && !hasClause(text);

// A subtitle's dash (`——石桥镇特色林果产业发展纪实`).
const DASH_START = /^[—―－-]{1,2}/u;

/** Letters and digits in a headline line: its length without quotes, marks and spaces. */
function wordLength(text: string): number {
  let n = 0;
  for (const c of text) if (/[\p{L}\p{N}]/u.test(c)) n++;
  return n;
}

const QUANTITY =
  /\d(?:[\d,.]*\d)?[ \u3000]*(?:%|％|‰|亿|万|千|百|元|个|名|家|人|项|户|吨|公里|千米|米|亩|台|辆|件|倍|座|所|条|场|套|批)/u;

/**
 * Whether headline line `line` is a subtitle under the title line `title` (not its second
 * half): opened by a dash, or giving the figure the title line has not.
 */
function subtitleUnder(title: string, line: string, block: Block, at: number): boolean {
  if (!headlineLine(title) || !isHeadlineLike(line)) return false;
  if (DASH_START.test(line)) return true;
  // A figure tells a subtitle only in a block of headline lines (a column line has figures
  // too); a dateline may open the text under them in the same block, or right under the
  // line in a page printed with no blank lines (`全国夏粮再获丰收` / `产量 … 增长 2.5%` / `新华社…电`).
  const text = block.findIndex((l) => cueOf(l.text) === 'dateline');
  const overDateline = at + 1 < block.length && opensAnyDateline(block[at + 1].text);
  if (!overDateline && !(text === -1 ? block : block.slice(0, text)).every((l) => isHeadlineLike(l.text)))
    return false;
  // A comma or point between digits is a number's (`2,996`), no clause mark.
  const clauses = hasClause(line);
  // A deck: a line of clauses under the title, where the break cuts no word or phrase
  // (`全区 42 个重点项目集中开工` / `总投资 186.5 亿元，涵盖…等领域`).
  if (clauses) return !endsOpen(title) && !CONTINUES_HEADING.test(line) && !breaksWord(title, line);
  // A figure the title line has not: a quantity (`增长 5.6%`, `3,000 名`), not a year or an ordinal;
  // not where the title line leaves its phrase open (`老旧小区改造让` / `3,200 户居民受益`), nor a
  // line too short for a subtitle (`今年新增城镇就业` / `1.2 万人`): those are the title's rest.
  return (
    QUANTITY.test(line) &&
    !QUANTITY.test(title) &&
    wordLength(line) >= MIN_SUBTITLE &&
    !endsOpen(title) &&
    !awaitsObject(title) &&
    !CONTINUES_HEADING.test(line)
  );
}

/**
 * Whether headline lines `lines` are a title's two halves, one a line, with no figure in them,
 * over the line `line` that gives one (`稻香飘万家` / `丰收笑开颜` / `全镇 3.2 万亩水稻亩产 620 公斤`):
 * the figure line is a subtitle under the halves, as under a title on one line.
 */
function halvesOverFigure(lines: readonly Line[], line: string): boolean {
  if (lines.length !== 2) return false;
  const [a, b] = [lines[0].text, lines[1].text];
  return (
    headlineLine(a) &&
    headlineLine(b) &&
    QUANTITY.test(line) &&
    !QUANTITY.test(a) &&
    !QUANTITY.test(b) &&
    joinHeadlineLines(a, b) === `${a} ${b}`
  );
}

// The most lines a title is set on.
const MAX_TITLE_LINES = 3;

/** Whether a group is an office kicker on a line of its own (`区应急管理局`). */
const kickerGroup = (g: Group | undefined) =>
  g !== undefined &&
  g.cue === 'plain' &&
  g.lines.length === 1 &&
  headlineLine(g.lines[0].text) &&
  DEPARTMENT.test(g.lines[0].text);

/**
 * Whether the headline lines gathered so far stand over the text starting at `line` in the
 * same block (no blank line between headline and body): the line is prose, in a block set one
 * paragraph a line (a short line in a column may be prose cut at an odd place).
 */
function headlineOverText(lines: readonly Line[], line: string, shape: Shape): boolean {
  if (!shape.linePerParagraph && widthOf(shape) <= MAX_COLUMN) return false;
  return !headlineLine(line) && lines.every((l) => headlineLine(l.text));
}

// The most headline lines over a dateline: a section label, a kicker, a title set on two lines
// and a subtitle (`乡镇视窗` / `柳塘街道` / `“暖心驿站”开到` / `户外劳动者身边`, `…` / `——…`).
const MAX_HEADLINE_LINES = 5;

/**
 * Whether line `at` opens the headline over a dateline in its block: it and the lines after it
 * up to the dateline (or up to the reporters' byline over the text) are headline lines (a
 * section label, a kicker, the title, a subtitle), after text that left
 * no clause open; over two lines or more, only after a finished sentence or a credit (a column
 * line may stop at no mark, seldom two in a row right over a dateline).
 */
function headlineOverDateline(block: Block, at: number, prev: string): boolean {
  let next = at;
  while (
    next < block.length &&
    next - at < MAX_HEADLINE_LINES &&
    headlineLine(block[next].text) &&
    !opensAnyDateline(block[next].text) &&
    cueOf(block[next].text) !== 'byline' &&
    // The end of a bracket opened above (`…。(记者 蒋帆` / `通讯员 闵慧)`) heads nothing.
    !closesUnopened(block[next].text)
  )
    next++;
  if (next === at || next === block.length) return false;
  // The reporters printed under the headline, over the text (`记者 … 青河时报 …` / `\u3000\u3000入冬…`),
  // stand where a dateline would: under two headline lines or more, after a finished sentence.
  const overByline =
    next - at >= 2 &&
    cueOf(block[next].text) === 'byline' &&
    next + 1 < block.length &&
    !headlineLine(block[next + 1].text) &&
    closesSentence(prev);
  if (!overByline && !opensAnyDateline(block[next].text)) return false;
  const line = block[at].text;
  if (
    OPEN_END.has(prev.charCodeAt(prev.length - 1)) ||
    CONTINUES_HEADING.test(line) ||
    breaksWord(prev, line)
  )
    return false;
  return (
    next - at === 1 || closesSentence(prev) || CREDIT_END.test(prev) || closesBracketedCredit(block, at - 1)
  );
}

/** Whether a line closes a bracket it did not open: it ends what a line above began. */
function closesUnopened(text: string): boolean {
  const close = text.search(/[)）]/u);
  return close !== -1 && !/[(（]/u.test(text.slice(0, close));
}

/**
 * Whether line `at` closes a credit in brackets opened on the line above, after a finished
 * sentence (`…曹先生说。(记` / `者 蒋帆 通讯员 吕晨)`): the story ended there.
 */
function closesBracketedCredit(block: Block, at: number): boolean {
  const line = block[at]?.text;
  const above = block[at - 1]?.text;
  if (line === undefined || above === undefined || !/[)）]$/u.test(line) || /[(（]/u.test(line)) return false;
  return CLOSING_BRACKETS.test(joinPair(above, line));
}

// A line opening a story's lede at its first character: when (`3月11日，…`, `即日起，…`) or
// where the news came from (`记者从…`). Inside a paragraph a column line seldom starts so.
const LEDE_LINE = /^(?:\d{1,2} ?月 ?\d{1,2} ?日|近日|日前|近期|即日起|连日来|入[春夏秋冬]以来|截至|记者从)/u;

/**
 * Whether line `at` is the headline of a brief printed with no blank line around it: a
 * headline line after a finished sentence, over a line opening a lede (`…无需预约。` /
 * `南湖社区开设“四点半课堂”` / `3月11日，…`). A column line that starts a sentence runs
 * seldom a whole line with no clause mark, and the next line seldom opens with a date.
 */
function headlineOverLede(block: Block, at: number): boolean {
  const prev = block[at - 1]?.text;
  const next = block[at + 1]?.text;
  return (
    prev !== undefined &&
    next !== undefined &&
    LEDE_LINE.test(next) &&
    closesSentence(prev) &&
    !closesQuotedName(prev) &&
    headlineLine(block[at].text)
  );
}

const PAGE_NUMBER = /^(?:第[ \u3000]*)?\d{1,3}(?:[ \u3000]*版)?$/u;

// A paper's name: a few Han characters ending as papers' names do (`青河区新闻`, `青河时报`).
const PAPER_NAME = /^\p{Script=Han}{2,8}(?:报|新闻|周刊)$/u;

/**
 * The paper's name opening the page in a block of its own, over its date line after a blank
 * line (`# 青河区新闻` / `` / `2025年3月14日 星期五 第2版`): the banner's first line, not a story.
 */
function paperNameOver(block: Block, next: Block | undefined): boolean {
  if (next === undefined || block.length > 2) return false;
  if (!block.every((l) => PAPER_NAME.test(l.text.slice(headingMarks(l.text)).trim()))) return false;
  const below = next[0].text.slice(headingMarks(next[0].text)).trim();
  return cueOf(below) === 'furniture';
}

/** A page number alone on its line (`3`, `第3版`, `A3`). */
function bareFolio(text: string): boolean {
  const t = text.slice(headingMarks(text)).trim();
  return PAGE_NUMBER.test(t) || /^[A-D]\d{1,2}$/u.test(t);
}

/** Whether a line of a block is next to a furniture line. */
function besideFurniture(block: Block, at: number): boolean {
  return [block[at - 1], block[at + 1]].some(
    (l) => l !== undefined && cueOf(unmarked(l.text)) === 'furniture',
  );
}

/**
 * A page's folio: a page number between dashes, or a bare one (`3`, `第3版`, `A3`) alone between
 * blank lines, where no text stops at a number.
 */
function isFolio(block: Block): boolean {
  if (block.length !== 1) return false;
  const text = block[0].text.slice(headingMarks(block[0].text)).trim();
  return DASHED_FOLIO.test(text) || bareFolio(text);
}

// A line of verse: a few Han characters (quotes allowed), no punctuation, no space.
const VERSE_LINE = /^[\p{Script=Han}“”‘’]{2,16}$/u;
// The fewest lines of a stanza: a headline is set on three lines at most.
const MIN_STANZA = 4;

/**
 * A stanza (`风从南山坡上吹来` / `一垄一垄的麦子` / `就低下头` / …): four short lines or more
 * with no punctuation and no space, of uneven length, none an office; each line stays a line.
 */
function isVerse(block: Block): boolean {
  if (block.length < MIN_STANZA) return false;
  let uneven = false;
  for (const l of block) {
    if (!VERSE_LINE.test(l.text) || DEPARTMENT.test(l.text)) return false;
    if (l.text.length !== block[0].text.length) uneven = true;
  }
  return uneven;
}

// The head of a page's table of contents (`导  读`, `本期导读`, `今日要目`): its block lists other pages.
const CONTENTS = /^(?:本期|今日|本版)?[ \u3000]*(?:导[ \u3000]*读|要[ \u3000]*目)$/u;

/**
 * A banner set on several lines (`青河区新闻` / `2024年7月19日 星期五 第1版`): a short block
 * of a furniture line and short lines with no mark at all; or a table of contents box.
 */
function isBanner(block: Block): boolean {
  // OCR sets a banner's big type as `#` headings as readily as a headline's: the marks say
  // nothing about what the lines are.
  const unmarked = (l: Line) => l.text.slice(headingMarks(l.text));
  if (CONTENTS.test(unmarked(block[0]))) return true;
  if (block.length < 2 || block.length > 4) return false;
  let furniture = 0;
  for (const l of block) {
    const text = unmarked(l);
    if (cueOf(text) === 'furniture') furniture++;
    // The paper's name over its date line (a few Han characters), or the page's number.
    else if (!LABEL_LINE.test(text) && !PAGE_NUMBER.test(text)) return false;
  }
  return furniture > 0;
}

/**
 * Whether `line` is the author's name printed alone under a headline line (`# 标题` / `郑言`),
 * not the end of a headline the column cut: a name's shape (personName.ts), and no headline
 * line under it.
 */
function authorUnder(current: Group, line: string, after: string | undefined): boolean {
  if (current.lines.length !== 1 || (after !== undefined && headlineLine(after))) return false;
  const head = current.lines[0].text;
  if (current.cue !== 'heading' && !(current.cue === 'plain' && headlineLine(head))) return false;
  return isPersonNameLine(line) && !DEPARTMENT.test(line);
}

/** A headline line printed as two halves parted by a space, each a phrase of four letters or more. */
export function twoHalves(text: string): boolean {
  if (!headlineLine(text)) return false;
  const parts = text.split(/[ \u3000]+/u);
  return parts.length === 2 && parts.every((p) => wordLength(p) >= MIN_HALF && isHanCode(p.charCodeAt(0)));
}

// A title that asks or exclaims: short, closed by its mark, no full stop inside.
const ASKED = /^[^。；;！？!?]{4,30}[？?！!]$/u;

/** Whether `line` is a headline that asks, set under the headline line `above` in its block. */
function askedUnder(above: string, line: string): boolean {
  return headlineLine(above) && ASKED.test(line);
}

interface Group {
  cue: Cue;
  lines: Line[];
  /** The unmarked lines after a heading line that wrap it. */
  wrapped: boolean;
  /** A dash-opened subtitle the column broke over lines (`dashSubtitleEnd`): a headline part. */
  subtitle?: boolean;
}

// The most lines a subtitle is broken over, and the most letters it has.
const MAX_SUBTITLE_LINES = 3;
const MAX_SUBTITLE_LETTERS = 40;

/**
 * Where a dash-opened subtitle that the column broke over lines ends (`——今年…已达 126 种，` /
 * `其中国家重点保护鸟类 18 种`), or -1: from line `at`, which stops at an open mark, unindented
 * lines to the first that stops at none, right over an indented line, a dateline or the block's
 * end (the text under the headline).
 */
function dashSubtitleEnd(block: Block, at: number): number {
  const first = block[at].text;
  if (!DASH_START.test(first) || block[at].indented || !OPEN_END.has(first.charCodeAt(first.length - 1)))
    return -1;
  let letters = 0;
  for (let end = at; end < block.length && end - at < MAX_SUBTITLE_LINES; end++) {
    const line = block[end];
    if (line.indented || cueOf(line.text) !== 'plain' || PROSE_STOP.test(line.text)) return -1;
    letters += wordLength(line.text);
    if (letters > MAX_SUBTITLE_LETTERS) return -1;
    if (OPEN_END.has(line.text.charCodeAt(line.text.length - 1))) continue;
    if (end === at) return -1;
    const next = block[end + 1];
    return next === undefined || next.indented || cueOf(next.text) === 'dateline' ? end : -1;
  }
  return -1;
}

/**
 * Whether line `at` and the unindented headline lines under it (a few at most) stand right
 * over an indented line.
 */
function headlineOverIndent(block: Block, at: number): boolean {
  let next = at + 1;
  while (
    next < block.length &&
    next - at < MAX_HEADLINE_LINES &&
    !block[next].indented &&
    headlineLine(block[next].text)
  )
    next++;
  return block[next]?.indented === true;
}

/**
 * Cuts a block into groups, one for each part that starts inside it. `tailAbove`: the block
 * before it stopped in mid-sentence, so its first line is the end of that sentence (a column
 * jump), not a lead of its own.
 */
function groupsOf(block: Block, bannerAbove = false, tailAbove = false, proseAbove = false): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  const shape = shapeOf(block);
  const banner = bannerAbove || isBanner(block) || isFolio(block);
  const verse = !banner && isVerse(block);
  // The last line of a dash-opened subtitle broken over lines, once one is found.
  let subtitleUntil = -1;
  for (let at = 0; at < block.length; at++) {
    const line = block[at];
    let cue: Cue = banner ? 'furniture' : verse ? 'verse' : cueOf(line.text);
    // A page number beside the banner's date line, with no blank line between (`2024年6月12日
    // 星期三` / `3`), is the banner's too.
    if (cue === 'plain' && bareFolio(line.text) && besideFurniture(block, at)) cue = 'furniture';
    const prev = current?.lines[current.lines.length - 1];
    let joins = false;
    if (current && prev && cue === 'plain' && authorUnder(current, line.text, block[at + 1]?.text))
      cue = 'byline';
    else if (current && prev) {
      const marked = endsWithMark(prev.text);
      switch (current.cue) {
        case 'heading':
          joins =
            current.lines.length === 1 &&
            ((cue === 'plain' && wrapsHeading(prev.text, line.text)) ||
              (cue === 'heading' &&
                secondHeadingLine(prev.text, line.text, at >= 2 && headingLevel(block[at - 2].text) > 0)));
          break;
        case 'byline':
          // Names go on under a byline; an office does not (a cluster's next kicker), nor does
          // one word that is no name (`科普进校园`: the next story's kicker, no blank line).
          joins =
            cue === 'byline' ||
            (cue === 'plain' &&
              NAME_LINE.test(line.text) &&
              (!ONE_WORD.test(line.text) || isPersonNameLine(line.text)) &&
              !DEPARTMENT.test(line.text) &&
              !SECTION.test(line.text));
          break;
        case 'credit':
        case 'furniture':
        case 'verse':
          joins = false;
          break;
        case 'caption':
          joins =
            (cue === 'credit' && !CREDIT_END.test(prev.text)) ||
            (cue === 'plain' &&
              !CLAUSE_END.test(prev.text) &&
              !CREDIT_END.test(prev.text) &&
              current.lines.every((l) => !CREDIT.test(spaced(l.text))));
          break;
        case 'dateline':
        case 'list':
        case 'plain':
          joins = cue === 'plain' || (cue === 'list' && !CLAUSE_END.test(prev.text));
          // Lines set one paragraph each, or a short line closing its paragraph, in a block
          // with no blank line before the next paragraph.
          if (
            joins &&
            cue === 'plain' &&
            endsParagraph(prev.text, shape, at === 1 && !tailAbove, current.lines.length === 1)
          )
            joins = false;
          // A notice's `label：value` line after a finished sentence is a line of its own.
          if (joins && closesSentence(prev.text) && labelled(line.text)) joins = false;
          // A list whose items close with `；` closes with a full stop: text after the item that
          // stops there is a paragraph of its own (`（3）…贴近农村生活。` / `报名表可…`).
          if (joins && cue === 'plain' && current.cue === 'list' && closesList(prev.text, groups))
            joins = false;
          // A headline line right over a dateline heads the story the dateline opens
          // (`老旧小区加装电梯“加速跑”` / `本报讯 10月23日，…`), never the end of the text above
          // (over headline lines it is their second line: `警惕“高息理财”` / `守好养老“钱袋子”`).
          if (
            joins &&
            headlineOverDateline(block, at, prev.text) &&
            !current.lines.every((l) => headlineLine(l.text))
          )
            joins = false;
          // A brief's headline between the text before it and its lede, no blank line around it.
          if (
            joins &&
            (headlineOverLede(block, at) || (current.lines.length === 1 && headlineOverLede(block, at - 1)))
          )
            joins = false;
          // A dated or wire dateline under headline lines opens the text (`暑期谨防“招生诈骗”` /
          // `据新华社北京7月15日电 …`), as `本报讯` does; after a finished sentence it opens the
          // next brief (`…观看。` / `本报12月3日讯 …`).
          if (
            joins &&
            (current.lines.every((l) => headlineLine(l.text)) || closesSentence(prev.text)) &&
            patterns.DATED_DATELINE.test(line.text)
          )
            joins = false;
          // A headline printed right over its text, with no blank line between.
          if (joins && current.cue === 'plain' && headlineOverText(current.lines, line.text, shape))
            joins = false;
          // Under an office kicker on a line of its own, headline lines are its title, never the
          // start of the text under them (`区应急管理局` / `织密防汛安全网` / `守护群众平安度汛` /
          // `入汛以来，…`): a kicker stands over a title.
          if (
            joins &&
            current.cue === 'plain' &&
            current.lines.length <= MAX_TITLE_LINES &&
            !headlineLine(line.text) &&
            current.lines.every((l) => headlineLine(l.text) && !DEPARTMENT.test(l.text)) &&
            kickerGroup(groups[groups.length - 2])
          )
            joins = false;
          // Headline lines are set without the paragraph indent: an indented line under them
          // opens the text, even when the column stopped its first line at no mark
          // (`让孩子放学有去处` / `\u3000\u3000柳岸街道在辖区 6 个社区开设`).
          if (
            joins &&
            line.indented &&
            current.cue === 'plain' &&
            current.lines.length <= MAX_TITLE_LINES &&
            current.lines.every((l) => !l.indented && headlineLine(l.text))
          )
            joins = false;
          // A subtitle under its title line (not the title's second half).
          if (
            joins &&
            current.cue === 'plain' &&
            (current.lines.length === 1 || halvesOverFigure(current.lines, line.text)) &&
            subtitleUnder(prev.text, line.text, block, at)
          )
            joins = false;
          // A line opened by a dash under a headline set on several lines is its subtitle
          // (`小小“积分卡”` / `激活乡村治理“一池春水”` / `——…积分管理`), as under one line.
          if (
            joins &&
            current.cue === 'plain' &&
            current.lines.length > 1 &&
            DASH_START.test(line.text) &&
            isHeadlineLike(line.text) &&
            current.lines.every((l) => headlineLine(l.text))
          )
            joins = false;
          // An office or place over a headline line is its kicker (`区住建局` / `青河大道…通车`),
          // set shorter than its title: a line as long as the one under it that ends in a place
          // word is a headline's first half (`医保服务站开进社区` / `群众家门口办业务`).
          if (
            joins &&
            current.lines.length === 1 &&
            DEPARTMENT.test(prev.text) &&
            (prev.text.length < line.text.length || !twoLineHeadline(block, at)) &&
            isHeadlineLike(line.text) &&
            !DEPARTMENT.test(line.text)
          )
            joins = false;
          // A headline line of two halves is whole (`稳字当头 进中求好`): the line under it is
          // another part of the headline (its title), not more of it.
          if (
            joins &&
            current.cue === 'plain' &&
            current.lines.length === 1 &&
            twoHalves(prev.text) &&
            isHeadlineLike(line.text)
          )
            joins = false;
          if (
            joins &&
            current.cue === 'plain' &&
            current.lines.length === 1 &&
            kickerOver(prev.text, line.text)
          )
            joins = false;
          // A short headline line opening a block of prose is an intertitle over its text
          // (`种好茶` / `全镇茶园面积达到两万亩，…`): a paragraph's first line runs the column's width.
          if (
            joins &&
            at === 1 &&
            current.cue === 'plain' &&
            headlineLine(prev.text) &&
            !headlineLine(line.text) &&
            displayWidth(prev.text) <= widthOf(shape) * SHORT_LINE &&
            // A few letters closed by a question or exclamation are the rest of the headline
            // (`老旧小区加装电梯` / `难在哪？`), not a line of prose.
            wordLength(line.text) >= MIN_HALF &&
            !CONTINUES_HEADING.test(line.text) &&
            !breaksWord(prev.text, line.text)
          )
            joins = false;
          // In a column run, prose runs to the column's edge until its paragraph ends at a
          // closing mark: a line with no mark that stops short, opening a paragraph over prose,
          // is an intertitle (`…半天办结。` / `“帮代办”让企业省心` / `为让企业少跑腿，…`).
          if (
            joins &&
            current.cue === 'plain' &&
            current.lines.length === 1 &&
            block.length >= COLUMN_RUN &&
            (at === 1 || closesSentence(block[at - 2].text)) &&
            headlineLine(prev.text) &&
            !headlineLine(line.text) &&
            displayWidth(prev.text) < columnOf(shape) * FULL_LINE &&
            !breaksWord(prev.text, line.text)
          )
            joins = false;
          // A question set as a title under its kicker, closing the block (`普法问答` / `…怎么办？`).
          if (
            joins &&
            current.lines.length === 1 &&
            at === block.length - 1 &&
            askedUnder(prev.text, line.text)
          )
            joins = false;
          // A series tag is a kicker of its own (`“文明青河”系列报道④` / `老旧小区“微更新”`).
          if (
            joins &&
            current.lines.length === 1 &&
            SERIES_TAG.test(prev.text) &&
            headlineLine(prev.text) &&
            isHeadlineLike(line.text)
          )
            joins = false;
          // A short label over a longer headline line is a section label or kicker over its
          // title (`社会民生` / `石桥镇为…修缮住房`), not the first half of that title.
          if (joins && current.lines.length === 1 && labelOver(prev.text, line.text, block[at + 1]?.text))
            joins = false;
          if (
            joins &&
            current.cue === 'plain' &&
            current.lines.length === 1 &&
            (kickerOverHalves(prev.text, line.text, block[at + 1]?.text) ||
              kickerOverCut(prev.text, line.text, block[at + 1]?.text))
          )
            joins = false;
          // Paragraphs opened by an indent (`\u3000\u3000重阳节前夕，…`): an indented line opens one, and a
          // line without goes on with the paragraph an indented line opened, wherever the one
          // above stopped, unless a sentence ended there and a headline line follows.
          if (shape.indents) {
            if (line.indented) joins = false;
            else if (cue === 'plain' && current.lines[0].indented) {
              if (!(closesGroup(current) && headlineLine(line.text))) joins = true;
              // Between prose and an indented line, it and the headline lines under it are an
              // intertitle or a headline set without the indent (`…再来接。` / `课程贴近需求` /
              // `\u3000\u3000除了…`), never the start of a paragraph.
              else if (!headlineLine(prev.text) && headlineOverIndent(block, at)) joins = false;
            }
          }
      }
      // A dateline alone on its line (`本报讯`, `本报10月22日讯`) with the writers' brackets on the
      // next (`（通讯员 郝思远 记者 韦晓岚）`): the brackets are the dateline's, as on one line.
      if (
        !joins &&
        current.cue === 'dateline' &&
        current.lines.length === 1 &&
        bareDateline(prev.text) &&
        BRACKETED_CREDIT.test(line.text)
      )
        joins = true;
      // A subtitle opened by a dash under headline lines set without the indent, broken over
      // lines (`青河湖湿地迎来越冬候鸟` / `——今年…126 种，` / `其中…18 种` / indented text): a
      // part of its own, all its lines, never the start of the text under it.
      if (current.subtitle) joins = at <= subtitleUntil;
      else if (
        current.cue === 'plain' &&
        current.lines.length <= MAX_TITLE_LINES &&
        current.lines.every((l) => !l.indented && headlineLine(l.text)) &&
        DASH_START.test(line.text)
      ) {
        const end = dashSubtitleEnd(block, at);
        if (end > at) {
          joins = false;
          subtitleUntil = end;
        }
      }
      if (marked || isLeadingMarkLine(line.text)) joins = false;
      // An issuer over its date signs a notice: the name and the date are lines of their own,
      // never the end of the text above nor the start of the next notice's title.
      if (
        joins &&
        (dateAlone(prev.text) ||
          (dateAlone(line.text) && issuerLine(prev.text)) ||
          (issuerLine(line.text) && dateAlone(block[at + 1]?.text ?? '')))
      )
        joins = false;
    }
    // A short question opening its block over one headline line and the dateline
    // (`高温天气如何防中暑?` / `专家给出这些建议` / `本报讯 …`) is a title asked and answered:
    // one headline, though a line closed by a question mark may end a paragraph.
    if (
      !joins &&
      current?.cue === 'plain' &&
      current.lines.length === 1 &&
      at === 1 &&
      cue === 'plain' &&
      ASKED.test(block[0].text) &&
      headlineLine(line.text) &&
      at + 1 < block.length &&
      opensAnyDateline(block[at + 1].text)
    )
      joins = true;
    if (joins && current) {
      current.lines.push(line);
      if (current.cue === 'heading') current.wrapped = true;
    } else {
      current = { cue, lines: [line], wrapped: false, subtitle: at <= subtitleUntil };
      groups.push(current);
    }
  }
  // Text over a photo credit in brackets is the photo's caption (`…订单。` / `（记者 罗文 摄）`), as
  // is a sentence printed between paragraphs right over its credit (`村民在田间收割水稻。` /
  // `记者 韦晓岚 摄` / `活动持续三天，…`): only a photo is signed 摄.
  for (let g = 1; g < groups.length; g++)
    if (
      groups[g - 1].cue === 'plain' &&
      groups[g].cue === 'credit' &&
      (isPhotoCreditLine(groups[g].lines[0].text) || (proseAbove && soleSentenceOverCredit(groups, g)))
    )
      groups[g - 1].cue = 'caption';
  return groups;
}

// A label set with a space after each character (`经 济 观 察`): a banner's letter spacing.
const SPACED_LETTERS = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){1,7}$/u;

/** Whether a unit was printed letter-spaced (`# 体 育`): a banner's design, never a title's. */
export function isLetterSpaced(u: Unit): boolean {
  return SPACED_LETTERS.test(u.source.slice(headingMarks(u.source)).trim());
}

/** A banner's letters without the spaces they were set apart with (`经 济 观 察` → `经济观察`). */
function closeSpacedLetters(text: string): string {
  return SPACED_LETTERS.test(text) ? text.replace(/[ \u3000]+/gu, '') : text;
}

function unitOf(group: Group, block: Block): Unit {
  const rejoined = markedByJoin(group);
  if (rejoined) return rejoined(block);
  // Heading marks on prose (a page marked `#` on every line) are markup the OCR added: the
  // lines are read, and owned, without them.
  if (group.cue !== 'heading' && group.lines.some((l) => headingMarks(l.text) > 0)) {
    const lines = group.lines.map((l) => {
      const marks = headingMarks(l.text);
      return { start: l.start + marks, end: l.end, text: l.text.slice(marks).trimStart() };
    });
    const unit = unitOf({ ...group, lines }, block);
    // Cleanup writes the marks as they were: it removes nothing but whitespace.
    const source =
      group.lines.length === 1 ? group.lines[0].text : joinTrimmedLines(group.lines.map((l) => l.text));
    return {
      ...unit,
      source,
      spans: lines.length > 1 ? lines.map((l) => ({ start: l.start, end: l.end })) : unit.spans,
    };
  }
  const { lines } = group;
  const first = lines[0];
  const last = lines[lines.length - 1];
  const spans = [{ start: first.start, end: last.end }];
  const marked = endsWithMark(last.text);
  const level = headingLevel(first.text);
  if (level > 0) {
    const marks = headingMarks(first.text);
    const head = first.text.slice(marks).trim();
    if (lines.length === 2 && headingLevel(last.text) === level) {
      // Two heading lines of one headline: each line's marks stay out of the text and spans.
      const text = joinHeadlineLines(head, unmarked(last.text));
      return {
        kind: 'heading',
        level,
        text,
        source: first.text.slice(0, marks) + text,
        spans: [
          { start: first.start + marks, end: first.end },
          { start: last.start + headingMarks(last.text), end: last.end },
        ],
        lastBlock: block,
        marked,
      };
    }
    const text = lines.slice(1).reduce((acc, l) => joinPair(acc, l.text), closeSpacedLetters(head));
    const source = lines.slice(1).reduce((acc, l) => joinPair(acc, l.text), first.text);
    return {
      kind: 'heading',
      level,
      text,
      source,
      spans: [{ start: first.start + marks, end: last.end }],
      lastBlock: block,
      marked,
    };
  }
  let text: string;
  let kind: UnitKind;
  if (lines.length === 1 && group.cue !== 'byline' && group.cue !== 'credit') {
    // One line (most units): read trimmed, it is already joined.
    text = first.text;
    kind = group.cue === 'plain' ? kindOf(text) : group.cue;
    if (kind === 'text' && closesWithPhotoCredit(text)) kind = 'caption';
    if (kind === 'headline') text = closeSpacedLetters(text);
    return { kind, level: 0, text, source: first.text, spans, lastBlock: block, marked };
  }
  const texts = lines.map((l) => l.text);
  if (group.cue === 'byline' || group.cue === 'credit') {
    text = spaced(texts.join(' '));
    kind = group.cue;
  } else if (group.cue === 'caption' && lines.length > 1 && cueOf(texts[texts.length - 1]) === 'credit') {
    text = `${joinTrimmedLines(texts.slice(0, -1))} ${spaced(texts[texts.length - 1])}`;
    kind = 'caption';
  } else {
    // A line is read trimmed: alone, it is already joined.
    text =
      texts.length === 1
        ? texts[0]
        : joinTrimmedLines(
            texts,
            lines.some((l) => l.spaceAtEnd) ? lines.map((l) => l.spaceAtEnd === true) : undefined,
          );
    kind = group.cue === 'plain' ? kindOf(text) : group.cue;
    // A byline's spaces are read as one, as they are on a byline's own line (`记者 鲁慧\u3000中`).
    if (kind === 'byline' || kind === 'credit') text = spaced(text);
    // A dash-opened subtitle broken over lines is a headline part, clause marks and all.
    if (group.subtitle) kind = 'headline';
    // Lines with clause marks are prose a column broke (`这些口袋公园见缝插绿，因地制` / `宜设置了…`).
    else if (lines.length > 1 && kind === 'headline' && hasClause(text)) kind = 'text';
    else if (lines.length > 1 && kind === 'headline') {
      // A headline set on two lines is two halves: keep a space between them, unless the
      // break cuts a word in two (`关于开好特大暴雨灾` / `害追责问责案件`).
      // Halves are phrases of four characters or more (as cjk-spaces reads a headline).
      text = texts.reduce(joinHeadlineLines);
      kind = kindOf(text);
    }
  }
  // Text closed by a photo credit in brackets is a caption (`…整装待发。（记者 于小溪 摄）`).
  if (kind === 'text' && closesWithPhotoCredit(text)) kind = 'caption';
  return { kind, level: 0, text, source: text, spans, lastBlock: block, marked };
}

/**
 * Whether the group over credit group `g` is one sentence opening its block over the credit,
 * the block ending there or text going on under it: with prose in the block above (the caller
 * knows), a caption set between paragraphs. A photo item's text under its headline is its text,
 * and the credit its byline.
 */
function soleSentenceOverCredit(groups: readonly Group[], g: number): boolean {
  const text = groups[g - 1].lines.map((l) => l.text).join('');
  return (
    g === 1 &&
    (groups.length === 2 || groups[g + 1].cue === 'plain') &&
    closesSentence(text) &&
    !PROSE_STOP.test(text.slice(0, -1))
  );
}

/** A photo credit in brackets alone on its line. */
function isPhotoCreditLine(text: string): boolean {
  return BRACKETED_PHOTO_CREDIT.exec(text)?.index === 0;
}

/**
 * Whether text (not the credit alone) ends with a photo credit: in brackets, or closing its
 * sentence on the same line (`…检查供热管道。 记者 温可欣 摄`): only a photo's text is signed `摄`.
 */
function closesWithPhotoCredit(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (c === 0x6444) return (patterns.CLOSING_PHOTO_CREDIT.exec(text)?.index ?? 0) > 0;
  if (c !== 0x29 && c !== 0xff09) return false;
  const m = BRACKETED_PHOTO_CREDIT.exec(text);
  return m !== null && m.index > 0;
}

// What continuesAcross reads as a closed sentence (its CLOSED_END).
const SENTENCE_END = codeTable('。！？!?…；;”’」』）)》.');

const JOINS_FORWARD: ReadonlySet<UnitKind> = new Set(['text', 'dateline', 'list', 'headline']);

/**
 * Whether `next` continues the sentence `prev` leaves open across a blank line: prose that
 * does not end its sentence (a block of several lines may also run to its column's foot; a
 * line without sentence punctuation needs a clause mark in it, see continuesAcross),
 * followed by prose. Nothing is appended to a unit a continuation mark closed.
 */
function jumpsTo(prev: Unit, next: Unit, indentOpened = false): boolean {
  // Units of one block were parted by its layout (a short line, a label, a mark): a jump is a
  // blank line. An indent parts paragraphs as a blank line does, and cleanup writes one in its
  // place: it must be read as one here too, or a second clean joins what the first left apart.
  const sameBlock = prev.lastBlock === next.lastBlock;
  if (prev.marked || !JOINS_FORWARD.has(prev.kind) || next.kind !== 'text' || (sameBlock && !indentOpened))
    return false;
  // A paragraph the OCR marked as a heading (`## …`, even prose read as text with stray marks)
  // opens a part of its own after a blank line: joined, its marks would stand in mid-sentence.
  // In one block it is read with the lines round it, unless a continuation mark ending it
  // parts it from them; cleanup writes a blank line there, so a second clean must not join it.
  if (!sameBlock && headingMarks(next.source) > 0) return false;
  // Most units end their sentence: continuesAcross refuses those before it looks at the layout.
  // A colon introduces what follows in a paragraph of its own (as inside a block).
  const end = prev.text.charCodeAt(prev.text.length - 1);
  if (prev.text === '' || SENTENCE_END.has(end) || COLON_END.has(end)) return false;
  // A quotation its speaker signs is closed too (`…。”——市民蓝天`).
  if (closesSentence(prev.text)) return false;
  // A list item's heading (`一、征集对象`, `1.中`) ends its paragraph, as it does inside a block.
  if (prev.kind === 'list' && listHeading(prev.text)) return false;
  // A headline was read so for having no clause mark: a stop inside it (`.中`) does not make
  // it prose across a blank line when the same lines in one block would be parted.
  if (prev.kind === 'headline' && !hasClause(prev.text)) return false;
  // A dash-opened subtitle (`——今年…126 种，其中…18 种`) is a headline part, never the start of text.
  if (prev.kind === 'headline' && DASH_START.test(prev.text)) return false;
  // Full lines are a column only for prose: a headline set on two equal lines is not one.
  // (Cleaned, a paragraph is one line: a foot is read only where blocks part.)
  const foot =
    !sameBlock && prev.kind !== 'headline' && prev.lastBlock.length > 1 && endsAtColumnFoot(prev.lastBlock);
  return continuesAcross(prev.text, next.text, foot);
}

/** Whether a line is prose that stops in mid-sentence (`…今年以来，已为 58`): its text goes on past a blank line. */
const stopsMidSentence = (text: string) =>
  cueOf(text) === 'plain' && !headlineLine(text) && !closesSentence(text) && !endsWithMark(text);

/** The units of a raw page (LF line ends), in raw order, with paragraphs split by column jumps joined. */
export function readUnits(raw: string): Unit[] {
  const units: Unit[] = [];
  const blocks = readBlocks(raw);
  for (const [b, block] of blocks.entries()) {
    const above = blocks[b - 1]?.[blocks[b - 1].length - 1]?.text;
    const tailAbove = above !== undefined && stopsMidSentence(above);
    const cueAbove = above === undefined ? undefined : cueOf(above);
    const proseAbove =
      cueAbove === 'dateline' || (cueAbove === 'plain' && above !== undefined && !headlineLine(above));
    for (const group of groupsOf(block, b === 0 && paperNameOver(block, blocks[1]), tailAbove, proseAbove)) {
      const unit = unitOf(group, block);
      const prev = units[units.length - 1];
      if (prev && jumpsTo(prev, unit, group.lines[0].indented === true && indentsParagraphs(block))) {
        const text = joinPair(prev.text, unit.text);
        units[units.length - 1] = {
          // Joined text is prose (a line that looked like a headline went on in the next block).
          kind: prev.kind === 'headline' ? 'text' : prev.kind,
          level: 0,
          text,
          source: joinPair(prev.source, unit.source),
          spans: [...prev.spans, ...unit.spans],
          lastBlock: unit.lastBlock,
          marked: unit.marked,
        };
      } else units.push(unit);
    }
  }
  return cutHeadlinesRejoined(units);
}

const HEADLINE_KINDS: ReadonlySet<UnitKind> = new Set(['heading', 'headline']);
// Characters on each side of a cut looked for together in the text under the headline.
const CUT_SIDE = 2;
// Units under a headline read for its lede (a byline or photo may stand between).
const LEDE_UNITS = 3;

/** Without whitespace, what a lede's words are compared on. */
const inked = (text: string) => text.replace(/[\s\u3000]+/gu, '');

/**
 * Whether headline units `a` and `b`, printed together, are one headline the column cut: the
 * text under them repeats the words on each side of the cut as one phrase (`# 全区秋冬季森林防火
 * 工作` / `部署会议在区行政中心召开`, lede `…防火工作部署会议…`). A subtitle, a label or a kicker
 * never runs on into its title in the text (none of the train pages' 16 subtitles or 46
 * non-office kickers does), but an office does (`区文旅局` / `推出…`, `区文旅局推出…`): an
 * office, a dash, halves or a mark, or levels that differ, keep the lines apart.
 */
function cutHeadline(a: Unit, b: Unit, below: readonly Unit[]): boolean {
  if (
    !HEADLINE_KINDS.has(a.kind) ||
    !HEADLINE_KINDS.has(b.kind) ||
    a.lastBlock !== b.lastBlock ||
    a.marked ||
    (b.level !== 0 && b.level !== a.level) ||
    DEPARTMENT.test(a.text) ||
    DASH_START.test(b.text) ||
    twoHalves(a.text) ||
    twoHalves(b.text)
  )
    return false;
  const end = inked(a.text);
  const start = inked(b.text);
  if (end.length < CUT_SIDE || start.length < CUT_SIDE) return false;
  const junction = end.slice(-CUT_SIDE) + start.slice(0, CUT_SIDE);
  let read = 0;
  for (const u of below) {
    if (HEADLINE_KINDS.has(u.kind) || read === LEDE_UNITS) break;
    read++;
    if ((u.kind === 'text' || u.kind === 'dateline') && inked(u.text).includes(junction)) return true;
  }
  return false;
}

/**
 * A lone `#` over a line: joined, they write a heading mark (`#` / `https://…` is cleaned
 * to `# https://…`), so the group is read as that one line is, or a second clean would read
 * it otherwise. Its spans are the lines under the `#`, as a marked line's leave its marks out.
 */
function markedByJoin(group: Group): ((block: Block) => Unit) | undefined {
  const { lines } = group;
  if (group.cue !== 'plain' || lines.length < 2 || !LONE_MARKS.test(lines[0].text)) return undefined;
  const text = joinTrimmedLines(
    lines.map((l) => l.text),
    lines.some((l) => l.spaceAtEnd) ? lines.map((l) => l.spaceAtEnd === true) : undefined,
  );
  if (headingMarks(text) === 0) return undefined;
  const line: Line = { start: lines[0].start, end: lines[lines.length - 1].end, text };
  return (block) => ({
    ...unitOf({ cue: cueOf(text), lines: [line], wrapped: false }, block),
    spans: lines.slice(1).map((l) => ({ start: l.start, end: l.end })),
  });
}
const LONE_MARKS = /^#{1,6}$/;

// Words that open no headline nor any part of one: a heading line opening with one is the rest
// of the heading line over it (`在`, `于`, `和`…; not `为` or `让`, which open a half or a subtitle).
const OPENS_NO_PART = /^[在于和与及并暨的了至]/u;

/**
 * Whether heading `b`, marked at another level than heading `a` right over it, is the rest of
 * `a`'s title, which the OCR read in another type (`# 全区首个…综合体` / `## 在柳塘街道投用`): it
 * opens with a word no headline part opens with, under a line long enough to be a title's first
 * (no office, label or halves; those stand over parts of their own).
 */
function restAtAnotherLevel(a: Unit, b: Unit): boolean {
  return (
    a.kind === 'heading' &&
    b.kind === 'heading' &&
    a.level > 0 &&
    b.level > 0 &&
    a.level !== b.level &&
    !a.marked &&
    OPENS_NO_PART.test(b.text) &&
    wordLength(a.text) >= MIN_SUBTITLE &&
    !DEPARTMENT.test(a.text) &&
    !SECTION.test(a.text) &&
    !twoHalves(a.text) &&
    isHeadlineLike(b.text)
  );
}

/**
 * Whether heading `a`, a short question (`# 高温天气如何防中暑?`), and heading `b` under it, at
 * any level (or an unmarked headline line under it in its block), right over the dateline `next` (`# 专家给出这些建议` / `本报讯 …`) are one title
 * asked and answered, as the unmarked lines are in one block (groupsOf): a subtitle under a
 * question is opened by a dash, and a kicker does not ask. Neither line holds a clause mark,
 * an office's name or a section label.
 */
function answeredQuestion(a: Unit, b: Unit, next: Unit | undefined): boolean {
  return (
    a.kind === 'heading' &&
    a.level > 0 &&
    ((b.kind === 'heading' && b.level > 0) || (b.kind === 'headline' && b.lastBlock === a.lastBlock)) &&
    !a.marked &&
    next?.kind === 'dateline' &&
    ASKED.test(a.text) &&
    !hasClause(a.text) &&
    headlineLine(b.text) &&
    !DASH_START.test(b.text) &&
    !DEPARTMENT.test(b.text) &&
    !SECTION.test(b.text)
  );
}

/** Headline units a column cut, read back as one (`cutHeadline`, `restAtAnotherLevel`). */
function cutHeadlinesRejoined(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const a = out[out.length - 1];
    const b = units[i];
    if (
      a &&
      (restAtAnotherLevel(a, b) ||
        answeredQuestion(a, b, units[i + 1]) ||
        cutHeadline(a, b, units.slice(i + 1, i + 1 + LEDE_UNITS)))
    ) {
      out[out.length - 1] = {
        ...a,
        text: joinPair(a.text, b.text),
        source: joinPair(a.source, b.text),
        spans: [...a.spans, ...b.spans],
        lastBlock: b.lastBlock,
        marked: b.marked,
      };
    } else out.push(b);
  }
  return out;
}

/**
 * A text with its lines joined as the page's structure reads them: each unit (a paragraph, a
 * headline, a byline, a caption with its credit, a list item) one line, units separated by a
 * blank line. What the `join-lines` transform does; segmentation reads the same units.
 */
export function joinStructure(text: string): string {
  const raw = text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
  let out = '';
  for (const u of readUnits(raw)) out += (out === '' ? '' : '\n\n') + u.source;
  return out;
}
