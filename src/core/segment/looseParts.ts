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

/** `本报3月1日讯`, `本报12月5日电`, with the brackets that may follow. */
export const DATED_DATELINE = /^本报\d{1,2}月\d{1,2}日(?:讯|电)(?:[ \u3000]*[(（][^()（）\n]{1,40}[)）])?/u;

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

/** The units, with dated datelines, lone marks and boxed or credit-first bylines read as such. */
export function withLooseParts(units: readonly Unit[]): Unit[] {
  return units.map((u) => {
    if (isLoneMark(u)) return { ...u, kind: 'text' };
    if (u.kind === 'text' && DATED_DATELINE.test(u.text)) return { ...u, kind: 'dateline' };
    return looseByline(u) ?? u;
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
