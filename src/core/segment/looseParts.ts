// Datelines and bylines printed in forms the shared patterns do not read: a dateline with
// its date inside (`本报3月1日讯（记者 常宁）`, `本报12月5日电`), a byline opened by its credit
// (`文/图 记者 常宁`) or by a box drawn before it (`□记者 常宁`, `■通讯员 文远`). Segmentation
// reads these units as the parts they are; their text stays where cleanup put it, so the
// joins cleanup and segmentation make stay the same.

import { splitField } from '../clean/align';
import type { Unit } from '../clean/structure';
import { BYLINE_BLOCK } from '../clean/patterns';
import { TRAILING_MARKS } from '../clean/transforms/continuationMarks';
import type { ArticleContent } from '../model';

/**
 * `本报3月1日讯`, `本报12月5日电`, `本报西岭6月2日电`, `本报北京电`, `青河网3月5日讯`, with the
 * brackets that may follow.
 */
export const DATED_DATELINE =
  /^(?:本报(?!记者|通讯员)\p{Script=Han}{0,4}?(?:\d{1,2}月\d{1,2}日)?|\p{Script=Han}{1,6}[网台社]\p{Script=Han}{0,4}?\d{1,2}月\d{1,2}日)(?:讯|电)(?:[ \u3000]*[(（][^()（）\n]{1,40}[)）])?/u;

// What may stand before a byline's role word: a box, or the credit `文/图` said first.
const BYLINE_LEAD = /^(?:[□■◇◆●○]|[文图][/／][图文][ \u3000]*)/u;

/** The byline a unit holds after its box or credit, or undefined. */
function looseByline(u: Unit): Unit | undefined {
  if (u.kind !== 'headline' && u.kind !== 'text') return undefined;
  const lead = BYLINE_LEAD.exec(u.text);
  if (!lead || u.spans.length !== 1) return undefined;
  const box = lead[0].length === 1;
  const rest = u.text.slice(lead[0].length).replace(/[\s\u3000]+/gu, ' ');
  if (!BYLINE_BLOCK.test(rest)) return undefined;
  if (!box) return { ...u, kind: 'byline', text: u.text.replace(/[\s\u3000]+/gu, ' ') };
  // The box is no part of the byline: the field starts after it.
  const span = u.spans[0];
  return { ...u, kind: 'byline', text: rest, spans: [{ start: span.start + 1, end: span.end }] };
}

/** A continuation mark printed on a line of its own (`①3`): it closes the story above it. */
export const isLoneMark = (u: Unit): boolean => u.marked && TRAILING_MARKS.exec(u.text)?.index === 0;

/**
 * A byline or credit closed by a continuation mark (`记者 王芳③2`), as the byline and the
 * mark on its own (which then closes the story as a note).
 */
function markedCredit(u: Unit): Unit[] | undefined {
  if ((u.kind !== 'byline' && u.kind !== 'credit') || !u.marked || u.spans.length !== 1) return undefined;
  const m = TRAILING_MARKS.exec(u.text);
  if (!m || m.index === 0) return undefined;
  const { start, end } = u.spans[0];
  // The mark holds no line break: it ends the raw text as it ends the unit's.
  const at = end - (u.text.length - m.index);
  const mark = m[0].trim();
  const markStart = end - mark.length;
  return [
    { ...u, text: u.text.slice(0, m.index).trimEnd(), spans: [{ start, end: at }], marked: false },
    { ...u, kind: 'text', text: mark, source: mark, spans: [{ start: markStart, end }] },
  ];
}

/** The units, with dated datelines, lone marks and boxed or credit-first bylines read as such. */
export function withLooseParts(units: readonly Unit[]): Unit[] {
  return units.flatMap((u) => {
    if (isLoneMark(u)) return [{ ...u, kind: 'text' }];
    if (u.kind === 'text' && DATED_DATELINE.test(u.text)) return [{ ...u, kind: 'dateline' }];
    return markedCredit(u) ?? [looseByline(u) ?? u];
  });
}

/** A dated dateline opening the first paragraph → the dateline field (when it is empty). */
export function extractDatedDateline(content: ArticleContent, raw: string): ArticleContent {
  const first = content.paragraphs[0];
  if (!first || content.dateline.text !== '') return content;
  const m = DATED_DATELINE.exec(first.text);
  if (!m) return content;
  const [dateline, rest] = splitField(first, raw, m[0].length);
  const paragraphs = rest.text === '' ? content.paragraphs.slice(1) : [rest, ...content.paragraphs.slice(1)];
  return { ...content, dateline, paragraphs };
}
