// Suggested articles: a first proposal of a page's articles, for the archivist to accept,
// adjust or reject. Works from the cues a reader uses (DOMAIN.md): headlines (markdown
// headings, or short lines without sentence punctuation), datelines, bylines, department
// kickers, section labels and captions. Every field carries the raw spans it came from.

import { mergeFields, splitField } from '../clean/align';
import { applyTransforms } from '../clean/content';
import { extractByline, extractDateline, moveContinuationMarks } from '../clean/extract';
import {
  BRACKETED_PHOTO_CREDIT,
  ISSUER,
  ROLE_START,
  RUN_IN_PHOTO_CREDIT,
  CLOSING_PHOTO_CREDIT,
  TRAILING_BYLINE,
} from '../clean/patterns';
import { pipeline, type CleanOptions } from '../clean/pipeline';
import type { ArticleContent, Span, TextField } from '../model';
import { emptyContent, emptyField } from '../model';
import { isPersonNameLine } from '../clean/personName';
import { spaceHeadline } from '../clean/transforms/cjkSpaces';
import {
  isDateLine,
  isLetterSpaced,
  twoHalves,
  isSignedQuote,
  readUnits,
  SERIES_TAG,
  withoutBox,
  type Unit,
} from '../clean/structure';
import { DEPARTMENT, LABEL, LEDE_OPENING, SECTION, departmentCores } from './cues';
import { withAskedHeadlines } from './asked';
import { BRACKETED_BYLINE, closingByline } from './bylines';
import { splitDatelineByline } from './datelineByline';
import { asIntertitle, isIntertitle, regroupInterleaved, splitHeadlinesAfterBodies } from './interleave';
import { extractDatedDateline, isInlineTitle, isLeadingMark, isLoneMark, withLooseParts } from './looseParts';

export interface SuggestedArticle extends ArticleContent {
  /** Reading order on the page, 0-based (the order found in the raw text). */
  order: number;
  status: 'draft';
}

/** An article being gathered while reading the page. */
interface Draft {
  section?: Unit;
  headline: Unit[];
  body: Unit[];
  bylines: Unit[];
  captions: Unit[];
  /** The story has ended: a continuation mark or a closing byline; what follows is another article. */
  closed: boolean;
  /** How many body units stood before the story's first byline (undefined: none yet). */
  bylineAt?: number;
}

const isHeadline = (u: Unit) => u.kind === 'heading' || u.kind === 'headline';

/**
 * Whether an unmarked headline unit is one phrase the column width broke onto two lines or more
 * (`区人大常委会开展食品安全` / `法执法检查`): no space joins them, as between two halves (or two
 * intertitles printed together: `“虚心”引能力提升` / `“总结”获成果转换`).
 */
function setOnLines(u: Unit): boolean {
  if (u.level > 0 || u.kind !== 'headline' || /\s/u.test(u.text)) return false;
  const from = u.spans[0].start;
  const to = u.spans[u.spans.length - 1].end;
  let lines = 0;
  for (const l of u.lastBlock) if (l.start >= from && l.end <= to) lines++;
  return lines >= 2;
}
const isDepartment = (u: Unit) => DEPARTMENT.test(u.text);
const isSection = (u: Unit) => SECTION.test(u.text);

// A district, county or city named alone (`青河区`, `东岭县`): a place's kicker over its title,
// never a section, which names a kind of news.
const PLACE = /^\p{Script=Han}{1,4}[区县市]$/u;

/** Where a section label stops applying: at the next label, or a headline in larger type than its articles' titles. */
interface SectionScope {
  unit: Unit;
  /** The fewest `#` of the titles under the label so far (Infinity: none marked). */
  titleLevel: number;
}

/**
 * The story has ended: a byline closing its last paragraph (`…。记者 鲁慧`, `…。(记者 鲁慧)`), a
 * mark, or a byline after its body.
 */
function closed(d: Draft): boolean {
  const last = d.body[d.body.length - 1];
  if (d.closed || last === undefined) return d.closed;
  const tail = last.text.slice(-60);
  return TRAILING_BYLINE.test(tail) || BRACKETED_BYLINE.test(tail);
}

/** The markdown level of the story's largest headline, or Infinity when none was marked. */
function titleLevel(d: Draft): number {
  const levels = d.headline.filter((u) => u.level > 0).map((u) => u.level);
  return levels.length > 0 ? Math.min(...levels) : Infinity;
}

/** The markdown level of the story's largest intertitle, or Infinity when none was marked. */
function intertitleLevel(d: Draft): number {
  const levels = d.body.filter((u) => u.level > 0 && isIntertitle(u)).map((u) => u.level);
  return levels.length > 0 ? Math.min(...levels) : Infinity;
}

/** Whether a heading of `level` is set larger than the story's intertitles (when it marked any). */
function markedAboveIntertitles(d: Draft, level: number): boolean {
  const intertitles = intertitleLevel(d);
  return Number.isFinite(intertitles) && level < intertitles;
}

function hasContent(d: Draft): boolean {
  return d.headline.length > 0 || d.body.length > 0 || d.captions.length > 0;
}

/** Body paragraphs that are prose (not the dateline). */
const proseCount = (d: Draft) => d.body.filter((u) => u.kind !== 'dateline').length;

// A sentence's end: a dateline unit holding one holds the lede printed on after it.
const SENTENCE_STOP = /[。！？!?]/u;

/** Whether the story has text: prose, or a lede run on after its dateline (`本报讯 即日起，…。`). */
const hasText = (d: Draft) =>
  proseCount(d) > 0 || d.body.some((u) => u.kind === 'dateline' && SENTENCE_STOP.test(u.text));

// An intertitle is set much shorter than its story's title (`一巷一景` under `背街小巷变身“口袋花园”`).
const INTERTITLE_SHARE = 0.6;

const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;

/**
 * Whether the story so far is its lede and the byline after it, and the headline run after
 * the byline is an intertitle of the same story, not the next story's title: the text after
 * the run is more of it (not another story's dateline), and the lede is a deck (no dateline),
 * or the run is one headline line, unmarked or marked smaller than the title, much shorter
 * than the story's title.
 */
function afterDeck(d: Draft | undefined, run: readonly Unit[], next: Unit | undefined): boolean {
  if (d === undefined || d.headline.length === 0 || next?.kind !== 'text') return false;
  if (d.body.length === 1 && d.body[0].kind !== 'dateline') return true;
  if (proseCount(d) > 1 || d.body.length > 2) return false;
  return shortIntertitle(d, run);
}

/** Whether the run is one headline line, unmarked or marked smaller than the title, much shorter than it. */
function shortIntertitle(d: Draft, run: readonly Unit[]): boolean {
  if (run.length !== 1) return false;
  const [line] = run;
  const title = d.headline.reduce((longest, u) => Math.max(longest, letters(u.text)), 0);
  return (line.level === 0 || line.level > titleLevel(d)) && letters(line.text) <= title * INTERTITLE_SHARE;
}

/**
 * Whether the run, right after the byline printed under a deck (one paragraph, no dateline),
 * is an intertitle of that story: one line much shorter than the story's title.
 */
function deckThenIntertitle(d: Draft | undefined, run: readonly Unit[], next: Unit | undefined): boolean {
  if (d === undefined || d.headline.length === 0 || next?.kind !== 'text') return false;
  return d.body.length === 1 && d.body[0].kind !== 'dateline' && shortIntertitle(d, run);
}

/**
 * The section label that heads a run of headlines, if any: a label of the section vocabulary
 * (`新闻连连看`, `城区要闻`), or a short label of Han characters (`教育`, `社会民生`) standing
 * first, over a kicker or title, that names no office or place and is not the title itself.
 */
function sectionLabel(
  run: readonly Unit[],
  photoThenHeadline: boolean,
  scope: SectionScope | undefined,
  overDateline = false,
): Unit | undefined {
  const over = scope?.unit;
  // A photo may stand between a label and the headline it heads.
  const heads = run.length > 1 || photoThenHeadline;
  const named = run.find(isSection);
  // Alone over a dateline, a label of the vocabulary heads briefs printed without titles
  // (`简讯` / `本报讯 …`): a title says what happened, a label names a kind of news.
  if (named && (heads || overDateline)) return named;
  const first = run[0];
  if (!heads || !LABEL.test(first.text) || isDepartment(first) || PLACE.test(first.text)) return undefined;
  // A line opened by a dash under it is its subtitle: the line is a title (`守护一河清水` / `——…综述`).
  if (run[1] !== undefined && DASH.test(run[1].text)) return undefined;
  // Letter-spaced (`# 体 育`, `## 全 民 健 身`), it is a banner whatever its marks or block.
  if (isLetterSpaced(first)) return first;
  // Under a marked section label, a column's name set in smaller type in its title's block
  // (`## 数字青河` … `### 对话局长` / `# 标题`) is that article's kicker, not a new section.
  // Not when the run's title is in larger type than the titles under that label so far: the
  // label's cluster ended there (`## 标题` … `## 社会民生` / `# 标题`), and a new label heads it.
  const runTitle = Math.min(...run.slice(1).map((u) => (u.level > 0 ? u.level : Infinity)));
  const clusterEnded =
    scope !== undefined && runTitle < scope.titleLevel && Number.isFinite(scope.titleLevel);
  if (
    over &&
    over.level > 0 &&
    first.level > over.level &&
    run[1]?.lastBlock === first.lastBlock &&
    !clusterEnded
  )
    return undefined;
  // Likewise under a label printed alone in its block: a column's name printed in its title's
  // block (`法治青河` … `以案说法` / `借钱不还…`) is a kicker; the page sets its labels apart.
  // Over an office kicker of its own it is a label again (`城市管理` / `区城管局` / title).
  // Marked or not (`## 记者手记` / `# 标题` under `特别报道` alone), the column is the kicker.
  if (
    over &&
    over.level === 0 &&
    over.lastBlock.length === 1 &&
    first.lastBlock.length > 1 &&
    run[1]?.lastBlock === first.lastBlock &&
    !isDepartment(run[1])
  )
    return undefined;
  // Marked as large as another headline of the run, it may be a title (`## 教育` / `## 区教育局`…);
  // marked alone over unmarked lines, a banner. `#` levels can lie, so the layout decides
  // first: a label printed alone in its block over a headline block, or over an office
  // kicker (which stands above its own title), is a label whatever its marks.
  const kickerAfter = run.slice(1).some(isDepartment);
  // Alone: one line ending its block, a blank line parting it from the headline under it (a
  // page may leave no blank line over a label: `…说。②2` / `## 社会民生`).
  const endsBlock =
    first.spans[first.spans.length - 1].end === first.lastBlock[first.lastBlock.length - 1].end;
  const alone =
    (first.lastBlock.length === 1 || (endsBlock && first.spans.length === 1)) &&
    run.length > 1 &&
    run[1].lastBlock !== first.lastBlock;
  const others = run.filter((u) => u !== first && u.level > 0);
  const asLarge =
    first.level > 0 && others.length > 0 && first.level <= Math.min(...others.map((u) => u.level));
  if (asLarge && !kickerAfter && !alone) return undefined;
  return first;
}

/**
 * Whether headline unit `u`, after unit `before`, is the name of the writer of the text above it:
 * alone at its block's end, or, on a page printed without blank lines, after a finished sentence
 * and over the next story's headline (`…8,600 余户。` / `温可欣` / `家庭医生签约服务扩面`).
 */
function signedBy(u: Unit, before: Unit | undefined, after: Unit | undefined): boolean {
  if (u.level > 0 || before === undefined || !isPersonNameLine(u.text)) return false;
  const last = u.lastBlock[u.lastBlock.length - 1];
  // Last in its block, under text or under a one-paragraph brief's dateline and lede that
  // finished its sentence (`本报讯 …亮灯。` / `温可欣 汤立群` / blank / the next headline).
  if (
    (before.kind === 'text' || (before.kind === 'dateline' && SENTENCE_END.test(before.text))) &&
    u.spans[u.spans.length - 1].end === last.end
  )
    return true;
  // The text above may be a lede that opens with its dateline (a one-paragraph brief).
  return (
    (before.kind === 'text' || before.kind === 'dateline') &&
    after !== undefined &&
    after.lastBlock === u.lastBlock &&
    (after.kind === 'headline' || after.kind === 'heading') &&
    SENTENCE_END.test(before.text) &&
    !DEPARTMENT.test(u.text)
  );
}

// A finished sentence, maybe closed by a quote (`…余户。`, `…说。”`).
const SENTENCE_END = /[。！？!?][”’」』]?$/u;

/** Whether a headline run is an issuer signing the text above: offices only, then a date or nothing. */
function signs(run: readonly Unit[], next: Unit | undefined): boolean {
  if (!run.every((u) => ISSUER.test(u.text)) || run.some((u) => u.level > 0)) return false;
  if (next?.kind === 'text' && isDateLine(next.text)) return true;
  // At the page's end, a long line ending in an office word may be a title (`南湖社区组建志愿服务队`).
  return (next === undefined || next.kind === 'furniture') && run.every((u) => u.text.length < MIN_TITLE);
}

// A notice's text opens by naming whom it addresses (`各有关单位：`, `广大市民朋友们：`).
const ADDRESSEES = /^[^。！？!?]{2,30}[：:]$/u;

/** Whether a story is a notice: titled by its kind (`…的通知`, `倡议书`), or opened by its addressees. */
function isNotice(d: Draft): boolean {
  const first = d.body.find((u) => u.kind === 'text');
  return (
    d.headline.some((u) => NOTICE_TITLE.test(u.text)) || (first !== undefined && ADDRESSEES.test(first.text))
  );
}

/**
 * How many units opening a headline run are offices signing the text above: unmarked issuers
 * in a block of their own, with more of the run in a later block (the next story's headline).
 */
function signersOver(run: readonly Unit[]): number {
  const block = run[0].lastBlock;
  let n = 0;
  // Offices on lines of their own may have been read as one headline's halves (`区城市管理局 区文明办`).
  const offices = (u: Unit) => u.text.split(/[ \u3000]+/u).every((part) => ISSUER.test(part));
  while (n < run.length && run[n].lastBlock === block && run[n].level === 0 && offices(run[n])) n++;
  return n > 0 && n < run.length && run[n].lastBlock !== block ? n : 0;
}

// A notice's title names its kind (`…的通知`, `寻物启事`, `遗失声明`): always a title, never an intertitle.
const NOTICE_TITLE =
  /(?:启事|声明|公告|通告|通知|公示|倡议书?|告知书|须知|讣告|提示|预告|简章|通报|公开信|一封信|征集令|招募令|告\p{Script=Han}{0,6}书)$/u;

/** Whether the last unit of a headline run is the first intertitle of the story it heads. */
function firstIntertitle(run: readonly Unit[], next: Unit | undefined): boolean {
  const last = run[run.length - 1];
  const before = run[run.length - 2];
  if (run.length < 2 || next?.kind !== 'text' || last.level > 0 || last.lastBlock.length !== 1) return false;
  if (before.lastBlock === last.lastBlock || !LABEL.test(last.text) || isDepartment(last)) return false;
  // A title stays in the run: one line at least three letters longer than the label.
  return run.slice(0, -1).some((u) => letters(u.text) >= letters(last.text) + 3);
}

// An intertitle is a clause (`定时定点，分类投放有章法`), a numbered point or a short label.
const INTERTITLE_SHAPE =
  /[，,：:；;]|^(?:[一二三四五六七八九十]+[是、]|第[一二三四五六七八九十]+|\d+[.、．])/u;
const MIN_TITLE_LETTERS = 6;

/**
 * Whether a headline run over text that opens as a lede (`近日，…`, `9月10日，…`,
 * `记者从…获悉`) is the next story's headline rather than an intertitle of the story before:
 * that story has text, and no line of the run has an intertitle's shape.
 */
function overLede(current: Draft | undefined, run: readonly Unit[], next: Unit | undefined): boolean {
  if (current === undefined || !hasText(current) || next?.kind !== 'text') return false;
  if (!LEDE_OPENING.test(next.text)) return false;
  return run.every((u) => letters(u.text) >= MIN_TITLE_LETTERS && !INTERTITLE_SHAPE.test(u.text));
}

// The run of Han characters a lede repeats from its title (`区图书馆延长开放时间` / `区图书馆自本月起延长开放时间…`).
const RESTATED = 5;
// A lede restates its title early; deep in a long sentence the words are the story's own.
const RESTATED_WITHIN = 30;
// Han characters only, every other run one mark: a restated run never spans a comma.
const han = (text: string) => text.replace(/[^\p{Script=Han}]+/gu, '|');

/**
 * Whether the text under a headline run restates it, as a lede restates its title: five Han
 * characters of a run's line in a row in the first sentence's first 30 characters. On the
 * train pages 59 ledes of 145 do, and the paragraph under none of 34 intertitles (with four
 * characters, 109 ledes and 1 intertitle; anywhere in the sentence, also an intertitle of
 * sample page-001, `…以硬作风优化营商环境` over `将落实…，建立优化营商环境问题…`).
 */
function restatedBelow(current: Draft | undefined, run: readonly Unit[], next: Unit | undefined): boolean {
  if (current === undefined || !hasText(current) || next?.kind !== 'text') return false;
  if (run.some((u) => INTERTITLE_SHAPE.test(u.text) || letters(u.text) < MIN_TITLE_LETTERS)) return false;
  const sentence = han(next.text.slice(0, RESTATED_WITHIN).split(SENTENCE_STOP)[0]);
  return run.some((u) => {
    const line = han(u.text);
    for (let i = 0; i + RESTATED <= line.length; i++) {
      const piece = line.slice(i, i + RESTATED);
      if (!piece.includes('|') && sentence.includes(piece)) return true;
    }
    return false;
  });
}

/**
 * Whether a headline run is a title with its kicker or subtitle (two units or more, none with
 * an intertitle's shape, one of them a title's length): an intertitle is one line.
 */
function headlineBlock(run: readonly Unit[]): boolean {
  if (run.length < 2 || run.some((u) => u.level > 0)) return false;
  return (
    run.every((u) => !INTERTITLE_SHAPE.test(u.text) || DASH.test(u.text)) &&
    run.some((u) => letters(u.text) >= MIN_TITLE_LETTERS + 2)
  );
}

/**
 * Whether the headline run is the next story's, its writer printed under it (`非遗工坊里的“新”手艺`
 * / `本报记者 陈静` / text): an intertitle never has a byline of its own under it.
 */
function authorUnder(current: Draft | undefined, next: Unit | undefined, after: Unit | undefined): boolean {
  // A lede run on after its dateline is text too (`本报讯 区图书馆自本月起…。`).
  if (current === undefined || !hasText(current) || next?.kind !== 'byline') return false;
  return after?.kind === 'text' || after?.kind === 'dateline';
}

/** Whether a story already names who wrote it: a byline, or one in its dateline's brackets. */
function credited(d: Draft): boolean {
  if (d.bylines.length > 0) return true;
  const first = d.body[0];
  return first?.kind === 'dateline' && DATELINE_CREDIT.test(first.text.slice(0, 40));
}
const DATELINE_CREDIT = new RegExp(`^[^(（]{0,16}[(（][ \\u3000]*${ROLE_START.source.slice(1)}`, 'u');

/**
 * Whether the text under a headline line, up to the next headline, is signed by a byline of
 * its own while the story before already named its writer: one story has one credit, so the
 * headline opens another (`本报讯（通讯员 林雨）…` / `老旧小区加装电梯提速` / … / `记者 周密`).
 */
function creditedTwice(
  current: Draft | undefined,
  run: readonly Unit[],
  units: readonly Unit[],
  from: number,
): boolean {
  if (current === undefined || proseCount(current) === 0 || !credited(current)) return false;
  if (run.some((u) => INTERTITLE_SHAPE.test(u.text) || letters(u.text) < MIN_TITLE_LETTERS)) return false;
  for (let k = from; k < units.length; k++) {
    const u = units[k];
    if (u.kind === 'byline') return k > from;
    if (u.kind !== 'text' && u.kind !== 'list' && u.kind !== 'caption' && u.kind !== 'credit') return false;
    const tail = u.text.slice(-60);
    if (u.kind === 'text' && (TRAILING_BYLINE.test(tail) || BRACKETED_BYLINE.test(tail))) return true;
  }
  return false;
}

/**
 * Whether a headline line marked as large as its story's title is an intertitle all the same.
 * `#` levels can lie (OCR that marks every headline `#`, or sets the levels upside down), so
 * the layout decides: a report credited before its text (a dateline or a byline under its
 * title) goes on under a single short line when the text under that line is more of the
 * report: no lede opening, no dateline, no quotes box (quotations signed by their speakers),
 * and no credit of its own before the next headline (one story has one credit).
 */
function intertitleDespiteMarks(
  current: Draft | undefined,
  run: readonly Unit[],
  units: readonly Unit[],
  from: number,
): boolean {
  if (current === undefined || current.headline.length === 0 || run.length !== 1) return false;
  const openedCredited = current.body[0]?.kind === 'dateline' || current.bylineAt === 0;
  if (!openedCredited || proseCount(current) === 0) return false;
  const next = units[from];
  if (next?.kind !== 'text' || LEDE_OPENING.test(next.text) || isSignedQuote(next.text)) return false;
  for (let k = from; k < units.length && !isHeadline(units[k]); k++) {
    const u = units[k];
    if (u.kind === 'byline') return false;
    const tail = u.text.slice(-60);
    if (u.kind === 'text' && (TRAILING_BYLINE.test(tail) || BRACKETED_BYLINE.test(tail))) return false;
  }
  return true;
}

/**
 * Whether a photo story's one credit, with no caption of its own (`…击球。` / `通讯员 覃一鸣 摄`),
 * stands right before the headline run: it signs the story as its byline (`contentOf`), so the
 * story has ended as it would under a byline.
 */
function signedByLoneCredit(d: Draft, before: Unit | undefined): boolean {
  return (
    before?.kind === 'credit' && d.body.length > 0 && d.captions.length === 1 && d.captions[0] === before
  );
}

/** Groups the page's units into articles, in raw order. */
function gather(units: readonly Unit[]): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  let section: SectionScope | undefined;
  const start = (headline: Unit[]): Draft => {
    // A byline with no story to own it goes to the story before; opening the page, it closes a
    // story printed elsewhere and is a suggestion of its own (its text is never dropped).
    if (current && (hasContent(current) || (drafts.length === 0 && current.bylines.length > 0)))
      drafts.push(current);
    else if (current) drafts.at(-1)?.bylines.push(...current.bylines);
    current = { headline, body: [], bylines: [], captions: [], closed: false };
    if (section) current.section = section.unit;
    return current;
  };

  for (let i = 0; i < units.length;) {
    const unit = units[i];
    if (isHeadline(unit)) {
      let j = i;
      while (j < units.length && isHeadline(units[j])) j++;
      let run = units.slice(i, j);
      const next = units[j];
      i = j;
      let k = j;
      while (units[k]?.kind === 'caption' || units[k]?.kind === 'credit') k++;
      // A short label alone in its block after the headline block, over text, is the story's
      // first intertitle (`以案说法` / `借钱不还…` / blank / `案情回顾` / text).
      // A writer's name alone closing the text of a story with no byline (`…里子”。` / `王力`) signs it.
      if (
        current &&
        !current.closed &&
        current.bylines.length === 0 &&
        signedBy(run[0], units[i - run.length - 1], run[1])
      ) {
        current.bylines.push({ ...run[0], kind: 'byline' });
        current.bylineAt ??= current.body.length;
        run = run.slice(1);
        if (run.length === 0) continue;
      }
      // An office alone after the text, over its date or the page's end, signs a notice (`青河区司法局` / `2024年6月11日`).
      if (current && current.body.length > 0 && signs(run, next)) {
        current.body.push(...run.map((u) => ({ ...u, kind: 'text' as const })));
        // Signed and dated, the notice has ended.
        if (next?.kind === 'text' && isDateLine(next.text)) {
          current.body.push(next);
          current.closed = true;
          i++;
        }
        continue;
      }
      // Offices alone in their block under a notice's text sign it, with no date under them
      // (`青河区安全生产委员会办公室` / blank / `# 全区启动冬季供暖`): a kicker is printed in its
      // title's block.
      const signers = current && current.body.length > 0 && isNotice(current) ? signersOver(run) : 0;
      if (signers > 0) {
        current!.body.push(...run.slice(0, signers).map((u) => ({ ...u, kind: 'text' as const })));
        current!.closed = true;
        run = run.slice(signers);
      }
      const intertitle = firstIntertitle(run, next) ? run[run.length - 1] : undefined;
      if (intertitle) run = run.slice(0, -1);
      const label = sectionLabel(
        run,
        run.length === 1 && k > j && units[k] !== undefined && isHeadline(units[k]),
        section,
        run.length === 1 && next?.kind === 'dateline',
      );
      const markdown = run.some((u) => u.level > 0);
      const topLevel = Math.min(...run.filter((u) => u.level > 0 && u !== label).map((u) => u.level));
      const opensArticle =
        !current ||
        (current.body.length === 0 && current.bylines.length === 0) ||
        closed(current) ||
        // A headline right after a byline: the byline closed the story, unless it closed a
        // deck (a lede printed without a dateline, page-001's `近期，…` / `记者 …`) and the
        // story goes on under an intertitle.
        (units[i - run.length - 1]?.kind === 'byline' &&
          (current.body.length > 0 || current.captions.length > 0) &&
          !afterDeck(current, run, next)) ||
        signedByLoneCredit(current, units[i - run.length - 1]) ||
        next?.kind === 'dateline' ||
        // A photo printed between a headline and its dateline (`标题` / `图为…` / `本报讯…`).
        (k > j && units[k]?.kind === 'dateline') ||
        label !== undefined ||
        run.some(isDepartment) ||
        // A title printed in brackets at the start of its text opens an item of its own.
        run.some(isInlineTitle) ||
        run.some((u) => NOTICE_TITLE.test(u.text)) ||
        // Marked headings in type as large as the story's own title (an intertitle is set
        // smaller than the headline of its story).
        (markdown && topLevel <= titleLevel(current) && !intertitleDespiteMarks(current, run, units, j)) ||
        // Marked larger than the story's own intertitles (`###` in the text, then `## 他们这样说`):
        // a story sets its intertitles alike, so this is another story's headline.
        (markdown && markedAboveIntertitles(current, topLevel)) ||
        // A headline the column width broke onto two lines is a title: an intertitle is a short line.
        run.some(setOnLines) ||
        // The text's opening is read past a photo printed under the headline. Under a deck and
        // its byline, a line much shorter than the title is an intertitle even where its
        // paragraph opens as a lede or repeats its words (`志愿者轮流值守` / `课堂由…志愿者轮流值守，…`).
        ((overLede(current, run, units[k]) || restatedBelow(current, run, units[k])) &&
          !(units[i - run.length - 1]?.kind === 'byline' && deckThenIntertitle(current, run, next))) ||
        // A story continued from another page goes on under its headline (`标题` / `（上接第1版）`).
        (next !== undefined && isLeadingMark(next)) ||
        headlineBlock(run) ||
        // Over quotations signed by their speakers (`“…。”——市民蓝天`), a quotes box of its own.
        (next?.kind === 'text' && isSignedQuote(next.text)) ||
        authorUnder(current, next, units[j + 1]) ||
        creditedTwice(current, run, units, j);
      if (!opensArticle && current) {
        // Intertitles (小标题): short lines inside one story, with no dateline after them.
        current.body.push(...run.map(asIntertitle));
        if (intertitle) current.body.push(asIntertitle(intertitle));
        continue;
      }
      if (label) {
        section = { unit: label, titleLevel: Infinity };
        run = run.filter((u) => u !== label);
      } else if (
        section &&
        topLevel < section.titleLevel &&
        topLevel < section.unit.level &&
        Number.isFinite(section.titleLevel)
      ) {
        // A headline in larger type than the label and the titles under it: the label's cluster ended.
        section = undefined;
      }
      if (section && Number.isFinite(topLevel)) section.titleLevel = Math.min(section.titleLevel, topLevel);
      // A photo story (a headline over its photo's text and credit, no body) is whole: the next
      // headline is another story's, not more of its headline.
      const photoStoryDone =
        current !== undefined && current.headline.length > 0 && current.captions.length > 0;
      if (
        current &&
        current.body.length === 0 &&
        current.bylines.length === 0 &&
        !label &&
        !current.closed &&
        !photoStoryDone
      ) {
        current.headline.push(...run);
      } else start(run);
      if (intertitle) current?.body.push(asIntertitle(intertitle));
      continue;
    }
    i++;
    switch (unit.kind) {
      case 'furniture':
        break;
      case 'dateline':
        // A byline may be printed under the title, before the dateline (`记者 张晓` / `本报讯…`).
        if (
          current &&
          current.body.length === 0 &&
          (current.bylines.length === 0 || current.headline.length > 0) &&
          !current.closed
        )
          current.body.push(unit);
        else start([]).body.push(unit);
        break;
      case 'byline': {
        const draft = current ?? start([]);
        draft.bylines.push(unit);
        draft.bylineAt ??= draft.body.length;
        // A byline after the lede (one paragraph) leaves the story open; after more, it ends it.
        if (proseCount(draft) >= 2) draft.closed = true;
        break;
      }
      case 'caption':
      case 'credit':
        (current ?? start([])).captions.push(unit);
        break;
      case 'heading':
      case 'headline':
      case 'list':
      case 'verse':
      case 'text': {
        // A mark on a line of its own belongs to the story it closes, even one a byline closed.
        const draft = current && (!current.closed || isLoneMark(unit)) ? current : start([]);
        draft.body.push(unit);
        if (unit.marked && !isLeadingMark(unit)) draft.closed = true;
      }
    }
  }
  // A byline left over goes to the story before it; with none, it is a suggestion of its own.
  if (current && (hasContent(current) || (drafts.length === 0 && current.bylines.length > 0)))
    drafts.push(current);
  else if (current) drafts[drafts.length - 1].bylines.push(...current.bylines);
  return drafts;
}

const firstText = (d: Draft) => d.body[0]?.text ?? '';

/**
 * A kicker printed after its article's body (page-001: the body, then `经开区财政局（审计局）`
 * and the title): when a headline with a department kicker follows an article that has no
 * headline and names that department, while the text after the headline does not, the
 * headline belongs to the article before it.
 */
function reattachTrailingHeadlines(drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const before = drafts[i - 1];
    const after = drafts[i];
    if (before.headline.length > 0 || after.headline.length === 0) continue;
    const kicker = after.headline.find(isDepartment);
    if (!kicker) continue;
    const cores = departmentCores(kicker.text);
    const namedBefore = cores.some((c) => firstText(before).includes(c));
    const namedAfter = cores.some((c) => firstText(after).includes(c));
    if (namedBefore && !namedAfter) {
      before.headline = after.headline;
      after.headline = [];
    }
  }
}

/**
 * Body printed before its article's headline (a scrambled page: an intertitle and its text,
 * then the kicker, title and lede): a story whose only headline is an intertitle (a clause
 * mark in it, or marked smaller than the next title) and that has neither dateline nor byline
 * goes into the next article, after its lede.
 */
function reattachLeadingBodies(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const next = drafts[i + 1];
    // An intertitle has a clause mark (`着眼夯实基础，…`), or is marked in smaller type than
    // the next story's title (`## 群众点单 服务上门` over `# 南岭街道…`).
    // Not one marked larger than the intertitles of the story before it (`###` there, `## 他们这样说`
    // here): a page sets its intertitles alike, so that is a headline of its own.
    const before = drafts[i - 1];
    const intertitleOnly =
      next !== undefined &&
      d.headline.every(
        (u) =>
          /[，,]/u.test(u.text) ||
          (u.level > 0 &&
            u.level > titleLevel(next) &&
            !(before !== undefined && markedAboveIntertitles(before, u.level))),
      );
    // A section label this story alone stands under would be lost with it.
    const ownLabel =
      d.section !== undefined && d.section !== next?.section && out.at(-1)?.section !== d.section;
    if (
      next &&
      intertitleOnly &&
      !ownLabel &&
      d.bylines.length === 0 &&
      // A story its credit closes (`…任务。（记者 方晴）`) is whole.
      !closed(d) &&
      // A photo story signed by its one credit (`…击球。` / `通讯员 覃一鸣 摄`) is whole.
      !(d.captions.length === 1 && d.captions[0].kind === 'credit') &&
      !d.body.some((u) => u.kind === 'dateline') &&
      next.headline.length > 0 &&
      next.body.length > 0
    ) {
      const moved = [...d.headline.map(asIntertitle), ...d.body];
      next.body = [next.body[0], ...moved, ...next.body.slice(1)];
      next.captions = [...d.captions, ...next.captions];
      continue;
    }
    out.push(d);
  }
  return out;
}

const field = (text: string, spans: Span[]): TextField => ({ text, spans });
const fieldOf = (u: Unit): TextField => field(u.text, u.spans);
// Names are parted by one space, whatever the OCR set there (a full-width space, two spaces).
const oneSpaced = (u: Unit): TextField => field(u.text.replace(/[\s\u3000]+/gu, ' '), u.spans);
const joinUnits = (units: readonly Unit[]): TextField =>
  units.reduce<TextField>((acc, u) => mergeFields(acc, oneSpaced(u), ' '), emptyField());
// A headline's halves are parted by one space, and a space that parts no halves (a word the OCR
// cut, `夜市 整治`) goes, as cleanup spaces the headline's line (spaceHeadline).
const headlineOf = (u: Unit): TextField => field(spaceHeadline(oneSpaced(u).text), u.spans);
const joinHeadlines = (units: readonly Unit[]): TextField =>
  units.reduce<TextField>((acc, u) => mergeFields(acc, headlineOf(u), ' '), emptyField());

// `区财政局 召开上半年党风廉政建设工作专题会`: a kicker and a title on one heading line.
const KICKER_THEN_TITLE = /^(\S+)[ \u3000]+(\S.{3,})$/u;

// A number set apart by spaces on both sides (`石湾镇 3 万亩水稻喜获丰收`): the space before it is
// the number's, as Latin words and numbers take in Chinese text, not a kicker's gap.
const SPACED_NUMBER_FIRST = /^\d[\d,.]*[ \u3000]+\p{Script=Han}/u;

// Shorter office lines are kickers (`区税务局`, `青河中学`).
const MIN_TITLE = 8;

// Clause marks and brackets: a title the column cut has none (a schedule's lines have).
const NOT_IN_TITLE = /[，,、；;：:（()）]/u;

/** How many raw lines of its last block a unit was read from. */
const linesOf = (u: Unit) =>
  u.lastBlock.filter((l) => u.spans.some((s) => l.start < s.end && s.start < l.end)).length;

/**
 * Which of several unmarked headline lines is the title: the middle of three (kicker, title,
 * subtitle: `抢抓项目建设黄金期 …` / `全区 42 个重点项目集中开工` / `总投资…`), the second of two
 * when the first is a short label over it (`以案说法` / `借钱不还…`), else the first.
 */
function unmarkedTitleAt(rest: readonly Unit[]): number {
  if (rest.length >= 3 && !DASH.test(rest[1].text)) return 1;
  // A series tag over a line is its kicker (`“文明青河”系列报道④` / `老旧小区“微更新”…`).
  if (rest.length === 2 && SERIES_TAG.test(rest[0].text) && !SERIES_TAG.test(rest[1].text)) return 1;
  // A line opened by a dash is a subtitle, never the title (`守护一河清水` / `——…工作综述`).
  if (
    rest.length === 2 &&
    !DASH.test(rest[1].text) &&
    ((LABEL.test(withoutBox(rest[0].text)) && letters(rest[1].text) >= letters(rest[0].text) + 3) ||
      // A line printed as two halves is a title; a line over it that is not is its kicker
      // (`石桥镇“村BA”总决赛` / `上河村队加时险胜 成功卫冕`).
      (twoHalves(rest[1].text) && !twoHalves(rest[0].text)) ||
      // A line over a title the column cut over two lines (`深化“放管服”改革` /
      // `区政务服务中心推出` / `“周末不打烊”服务`) is its kicker, as over a title of halves.
      (linesOf(rest[1]) === 2 &&
        linesOf(rest[0]) === 1 &&
        !twoHalves(rest[0].text) &&
        !NOT_IN_TITLE.test(rest[1].text)))
  )
    return 1;
  return 0;
}

// A subtitle is opened by a dash (`——石桥镇特色林果产业发展纪实`).
const DASH = /^[—―－-]/u;

/**
 * A box's label reads without its box (`■链接` → `链接`), as does a brief's title set after a
 * bullet (`●区图书馆开通…`); the box stays in its spans, as a byline's does.
 */
function unboxed(f: TextField): TextField {
  const text = withoutBox(f.text);
  return text === f.text ? f : field(text, f.spans);
}

/**
 * Whether a kicker, title and subtitle (three lines, all marked) have their levels upside
 * down: the middle line, the title, marked in the smallest type of the three. The marks lie
 * (OCR that numbers levels the other way), so the lines decide.
 */
function upsideDown(levels: readonly number[]): boolean {
  if (levels.length !== 3 || !levels.every(Number.isFinite)) return false;
  return levels[1] > levels[0] && levels[1] > levels[2];
}

/**
 * Whether headline unit `u` is a title's two halves, one on each of two lines, under the one-line
 * unit `above`, which is no title of halves itself.
 */
function halvesOnTwoLines(u: Unit, above: Unit): boolean {
  return (
    u.spans.length === 2 &&
    above.spans.length === 1 &&
    !DASH.test(u.text) &&
    twoHalves(u.text) &&
    !twoHalves(above.text)
  );
}

/** Kicker, title and subtitle from a run of headline units. */
function headlineFields(run: readonly Unit[], content: ArticleContent): void {
  let departments = run.filter(isDepartment);
  let rest = run.filter((u) => !isDepartment(u));
  // A run of office names only, or of office names over a dash-opened subtitle (never a
  // title): the last, when long enough to say what happened, is the title
  // (`南湖社区组建志愿服务队`, `医保服务站开进村卫生室` end in an office word too); a story is
  // never kicker alone.
  const last = departments[departments.length - 1];
  if (rest.every((u) => DASH.test(u.text)) && last !== undefined && last.text.length >= MIN_TITLE) {
    rest = [last, ...rest];
    departments = departments.slice(0, -1);
  }
  let kicker: Unit[] = departments.slice(0, 1);
  let title: Unit | undefined;
  let subtitle: Unit[] = [];
  if (rest.length > 0) {
    // The largest type is the title: the fewest `#` when the OCR marked levels at all.
    const levels = rest.map((u) => (u.level > 0 ? u.level : Infinity));
    const top = Math.min(...levels);
    // Marked all alike (OCR that marks every headline `#`), the marks tell nothing: the lines decide.
    const alike = levels.every((l) => l === levels[0]);
    const marked = Number.isFinite(top) && !alike && !upsideDown(levels);
    let at = marked ? levels.indexOf(top) : unmarkedTitleAt(rest);
    // A line in larger type over two lines of smaller type that are a title's halves
    // (`# 聚焦群众“急难愁盼”` / `## 小菜园变身“共享田”` / `## 邻里种出好日子`): the marks lie, the
    // halves are the title and the line over them its kicker, as a subtitle is never set in halves
    // over two lines.
    if (marked && at === 0 && rest.length === 2 && kicker.length === 0 && halvesOnTwoLines(rest[1], rest[0]))
      at = 1;
    title = rest[at];
    if (kicker.length === 0) kicker = rest.slice(0, at);
    else subtitle = rest.slice(0, at);
    subtitle = [...subtitle, ...rest.slice(at + 1)];
  } else if (departments.length > 0) {
    title = undefined;
  }
  // Further department lines (a second office under the first) read as part of the kicker.
  if (departments.length > 1) kicker = departments;
  content.kicker = unboxed(joinHeadlines(kicker));
  content.subtitle = joinHeadlines(subtitle);
  if (!title) return;
  const m = content.kicker.text === '' ? KICKER_THEN_TITLE.exec(title.text) : null;
  // Only on a line read as printed: offsets into the text are offsets into the raw.
  const asPrinted =
    title.spans.length === 1 && title.spans[0].end - title.spans[0].start === title.text.length;
  if (m && DEPARTMENT.test(m[1]) && asPrinted && !SPACED_NUMBER_FIRST.test(m[2])) {
    const start = title.spans[0].start;
    const restStart = start + title.text.indexOf(m[2], m[1].length);
    content.kicker = field(m[1], [{ start, end: start + m[1].length }]);
    content.title = field(m[2], [{ start: restStart, end: title.spans[0].end }]);
  } else content.title = unboxed(headlineOf(title));
}

/**
 * A caption's field: a credit in brackets closing it reads as a credit after one space
 * (`…整装待发。（记者 于小溪 摄）` → `…整装待发。 记者 于小溪 摄`); its spans keep the brackets.
 */
function captionOf(u: Unit): TextField {
  const m = BRACKETED_PHOTO_CREDIT.exec(u.text);
  // A credit run into its caption's sentence (`…血压。通讯员 邝文涛 摄`) is parted by one space too,
  // as is one set after a full-width space or several (`…休憩。\u3000记者 韦晓岚 摄`).
  if (!m) {
    const closing = CLOSING_PHOTO_CREDIT.exec(u.text);
    if (!closing || closing.index === 0) return field(u.text.replace(RUN_IN_PHOTO_CREDIT, ' '), u.spans);
    const credit = closing[0].trim().replace(/[\s\u3000]+/gu, ' ');
    return field(`${u.text.slice(0, closing.index)} ${credit}`, u.spans);
  }
  // An office's `（…供图）` names no photographer: it stays as printed.
  if (m.index === 0 || m[1].endsWith('供图')) return fieldOf(u);
  return field(`${u.text.slice(0, m.index).trimEnd()} ${m[1].replace(/[\s\u3000]+/gu, ' ')}`, u.spans);
}

/** Captions with their credits: a credit joins the caption before it. */
function captionFields(units: readonly Unit[]): TextField[] {
  const out: TextField[] = [];
  let previous: Unit | undefined;
  for (const u of units) {
    if (u.kind === 'credit' && previous?.kind === 'caption')
      out[out.length - 1] = mergeFields(out[out.length - 1], fieldOf(u), ' ');
    else out.push(captionOf(u));
    previous = u;
  }
  return out;
}

/**
 * A photo story: its only text is the photo's, closed by the credit in brackets (`…繁忙景象。` /
 * `（通讯员 韦佳 摄）`) or after its last sentence (`…拍照留念。 通讯员 李磊 摄`). The text is its
 * paragraph and the credit its byline; the spans of a bracketed byline keep the brackets.
 */
function photoStory(
  draft: Draft,
  raw: string,
): Pick<ArticleContent, 'paragraphs' | 'byline' | 'captions'> | undefined {
  const [only, credit] = draft.captions;
  if (draft.body.length > 0 || draft.bylines.length > 0) return undefined;
  // The credit on a line of its own under the text.
  if (draft.captions.length === 2 && only.kind === 'caption' && credit.kind === 'credit')
    return { paragraphs: [fieldOf(only)], byline: fieldOf(credit), captions: [] };
  if (draft.captions.length !== 1) return undefined;
  // The credit closing the text: in brackets (`…繁忙景象。（通讯员 韦佳 摄）`), or after its
  // last sentence on the same line (`…拍照留念。 通讯员 李磊 摄`).
  const bracketed = BRACKETED_PHOTO_CREDIT.exec(only.text);
  const m = bracketed ?? CLOSING_PHOTO_CREDIT.exec(only.text);
  if (!m || m.index === 0) return undefined;
  const end = only.spans[only.spans.length - 1].end;
  const open = end - (only.text.length - m.index);
  // The credit is read on the raw text's last line, where the unit's text and the raw agree.
  if (open < only.spans[only.spans.length - 1].start || raw.slice(open, end) !== m[0]) return undefined;
  const [text] = splitField(fieldOf(only), raw, m.index);
  const signed = (bracketed ? m[1] : m[0]).trim().replace(/[\s\u3000]+/gu, ' ');
  return { paragraphs: [text], byline: field(signed, [{ start: open, end }]), captions: [] };
}

// Characters on each side of a title's line break looked for in its text.
const JUNCTION = 2;

/**
 * A title the column set on two lines, read as two halves, whose lede repeats it as one phrase
 * across the break (`区委理论学习中心组举行` / `2024年第五次集体学习`, lede `…中心组举行2024年
 * 第五次集体学习…`): the second line is the rest of the phrase, with no space.
 */
function closedUpPhrase(title: TextField, body: readonly Unit[], raw: string): TextField {
  const space = title.text.indexOf(' ');
  if (space === -1 || title.text.indexOf(' ', space + 1) !== -1) return title;
  if (!brokenNotSpaced(title.spans, raw)) return title;
  const junction =
    title.text.slice(Math.max(0, space - JUNCTION), space) +
    title.text.slice(space + 1, space + 1 + JUNCTION);
  if (junction.length < 2 * JUNCTION) return title;
  const said = body.some((u) => u.text.replace(/\s+/gu, '').includes(junction));
  return said ? field(title.text.slice(0, space) + title.text.slice(space + 1), title.spans) : title;
}

/**
 * Only a space read from a line break, not one printed: one span over a break, or two lines
 * (each maybe with its own `#` marks, `# …在全国` / `# 游泳锦标赛上摘银`) with nothing but the
 * break and the marks between them.
 */
function brokenNotSpaced(spans: readonly Span[], raw: string): boolean {
  if (spans.length === 0 || spans.length > 2) return false;
  const printed = spans.map((s) => raw.slice(s.start, s.end));
  if (printed.some((t) => /[ \u3000]/u.test(t.trim()))) return false;
  if (spans.length === 1) return printed[0].includes('\n');
  return /^[ \t\u3000]*\r?\n[ \t\u3000#]*$/u.test(raw.slice(spans[0].end, spans[1].start));
}

/** With no byline elsewhere, the one inside the dateline's brackets fills the byline field. */
function bylineFromDateline(content: ArticleContent, raw: string): ArticleContent {
  const spans = content.dateline.spans;
  if (content.byline.text !== '' || spans.length === 0) return content;
  const from = spans[0].start;
  const split = splitDatelineByline(raw.slice(from, spans[spans.length - 1].end), from);
  return split ? { ...content, ...split } : content;
}

function contentOf(
  draft: Draft,
  raw: string,
  options: CleanOptions,
  sectionOwned: Set<Unit>,
): ArticleContent {
  let content = emptyContent();
  if (draft.section) {
    // One label heads several articles; its raw text can belong to one field only (the first).
    content.section = sectionOwned.has(draft.section)
      ? field(draft.section.text, [])
      : fieldOf(draft.section);
    sectionOwned.add(draft.section);
  }
  headlineFields(draft.headline, content);
  content.title = closedUpPhrase(content.title, draft.body, raw);
  content.paragraphs = draft.body.map(fieldOf);
  // A photo story's one credit, with no caption to go with (`记者 于小溪 摄` under its text),
  // is its byline.
  const lone =
    draft.captions.length === 1 && draft.captions[0].kind === 'credit' && draft.bylines.length === 0;
  content.byline = joinUnits(lone ? draft.captions : draft.bylines);
  content.captions = lone ? [] : captionFields(draft.captions);
  const story = photoStory(draft, raw);
  if (story) Object.assign(content, story);
  content = moveContinuationMarks(content, raw);
  content = extractDateline(content, raw);
  content = extractDatedDateline(content, raw);
  content = extractByline(content, raw);
  content = bylineFromDateline(content, raw);
  content = closingByline(content, raw);
  return applyTransforms(pipeline(options), content).content;
}

/**
 * Proposes the articles of a raw page (LF-normalised), in raw order, cleaned with the
 * default transforms (or those `options` selects). Fields carry raw spans: each span's raw
 * text is exactly what the field was read from; no raw character is in two fields (a
 * section label shared by several articles is owned by the first, the others repeat its text).
 */
export function suggestArticles(raw: string, options: CleanOptions = {}): SuggestedArticle[] {
  let drafts = reattachLeadingBodies(gather(withAskedHeadlines(withLooseParts(readUnits(raw), raw))));
  reattachTrailingHeadlines(drafts);
  // A story whose byline came after two paragraphs or more (not a lede's) has ended.
  const ended = (d: Draft) => closed(d) || (d.bylineAt ?? 0) >= 2;
  regroupInterleaved(drafts, ended);
  drafts = splitHeadlinesAfterBodies(
    drafts,
    (headline, body, from) => ({
      ...(from.section ? { section: from.section } : {}),
      headline,
      body,
      bylines: [],
      captions: [],
      closed: true,
    }),
    ended,
  );
  const sectionOwned = new Set<Unit>();
  return drafts.map((d, order) => ({
    ...contentOf(d, raw, options, sectionOwned),
    order,
    status: 'draft' as const,
  }));
}
