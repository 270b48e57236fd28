// Datelines and bylines printed in forms the shared patterns do not read: a dateline with
// its date inside (`本报3月1日讯（记者 常宁）`, `本报12月5日电`), a byline opened by its credit
// (`文/图 记者 常宁`) or by a box drawn before it (`□记者 常宁`, `■通讯员 文远`). Segmentation
// reads these units as the parts they are; their text stays where cleanup put it, so the
// joins cleanup and segmentation make stay the same.

import { splitField } from '../clean/align';
import type { Unit } from '../clean/structure';
import { BYLINE_BLOCK, DATED_DATELINE, DATELINE } from '../clean/patterns';
import { LEADING_MARK, TRAILING_MARKS } from '../clean/transforms/continuationMarks';
import type { ArticleContent } from '../model';

const BOX = /^[□■◇◆●○◎][ \u3000]*/u;

// What may stand before a byline's role word: a box, or the credit `文/图` said first.
const BYLINE_LEAD = /^(?:[□■◇◆●○◎]|[文图][/／][图文]?[ \u3000]*)/u;

/** The byline a unit holds after its box or credit, or undefined. */
function looseByline(u: Unit): Unit | undefined {
  if (u.kind !== 'headline' && u.kind !== 'text') return undefined;
  const lead = BYLINE_LEAD.exec(u.text);
  if (!lead || u.spans.length !== 1) return undefined;
  const box = lead[0].length === 1;
  const after = u.text.slice(lead[0].length);
  const rest = after.replace(/[\s\u3000]+/gu, ' ').trim();
  if (!BYLINE_BLOCK.test(rest)) return undefined;
  if (!box) return { ...u, kind: 'byline', text: u.text.replace(/[\s\u3000]+/gu, ' ') };
  // The box is printed with the byline: the field reads without it, but owns it.
  return { ...u, kind: 'byline', text: rest };
}

/** A continuation mark printed on a line of its own (`①3`): it closes the story above it. */
export const isLoneMark = (u: Unit): boolean => u.marked && TRAILING_MARKS.exec(u.text)?.index === 0;

/** A `（上接第1版）` on a line of its own: the story under it goes on from another page, it is not closed. */
export const isLeadingMark = (u: Unit): boolean => LEADING_MARK.exec(u.text)?.[0].length === u.text.length;

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

const inlineTitles = new WeakSet<Unit>();

/** A title printed in brackets at the start of its text (`【区文化馆开设免费夜校】即日起…`). */
export const isInlineTitle = (u: Unit): boolean => inlineTitles.has(u);

// `【…】` holding a headline: no sentence mark, at most a headline's length.
const INLINE_TITLE = /^[【〖]([^【】〖〗。！？!?；;\n]{2,40})[】〗]/u;

/** A unit opening with a bracketed title, as the title and the text after it. */
function inlineTitle(u: Unit, raw: string): Unit[] | undefined {
  if (u.kind !== 'text' && u.kind !== 'dateline' && u.kind !== 'headline') return undefined;
  const m = INLINE_TITLE.exec(u.text);
  const first = u.spans[0];
  // Read on the unit's first line only, where its text and the raw text are the same.
  if (!m || !first || raw.slice(first.start, first.start + m[0].length) !== m[0]) return undefined;
  const titleText = m[1].trim();
  // The brackets are printed with the title: it reads without them, but owns them.
  const title: Unit = {
    ...u,
    kind: 'headline',
    text: titleText,
    source: titleText,
    spans: [{ start: first.start, end: first.start + m[0].length }],
    marked: false,
  };
  inlineTitles.add(title);
  const text = u.text.slice(m[0].length).trimStart();
  if (text === '') return [title];
  const from = first.start + (u.text.length - text.length);
  const restKind = DATELINE.test(text) || DATED_DATELINE.test(text) ? 'dateline' : 'text';
  const rest: Unit = {
    ...u,
    kind: restKind,
    text,
    source: text,
    spans: [{ start: from, end: first.end }, ...u.spans.slice(1)],
  };
  return [title, rest];
}

/**
 * The units, with dated datelines, lone marks, bracketed titles and boxed or credit-first
 * bylines read as such.
 */
export function withLooseParts(units: readonly Unit[], raw: string): Unit[] {
  return units.flatMap((u) => {
    const inline = inlineTitle(u, raw);
    if (inline) return inline;
    // A byline in brackets on its own line (`(记者 蒋帆)`) reads without them; its spans keep them.
    if ((u.kind === 'byline' || u.kind === 'credit') && /^[(（].*[)）]$/u.test(u.text))
      return [{ ...u, text: u.text.slice(1, -1).trim() }];
    // A box drawn before a name (`□ 林默`) is the byline's span, not its text.
    if (u.kind === 'byline' && BOX.test(u.text)) return [{ ...u, text: u.text.replace(BOX, '') }];
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
