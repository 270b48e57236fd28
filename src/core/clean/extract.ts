// Moving the printed parts that OCR leaves inside the body into their own fields: the
// dateline opening the first paragraph, the byline closing the last, photo captions and
// their credits, continuation marks (into notes), and paragraphs split by a column jump
// (joined). Each takes an article and the page's raw text and returns a new article; the
// moved text keeps its raw spans (see align.ts), so every raw character still has one owner.

import type { ArticleContent, TextField } from '../model';
import { mergeFields, splitField, trimSpans } from './align';
import { continuesAcross, joinPair } from './columnJump';
import { BYLINE_BLOCK, CAPTION, CREDIT, DATELINE, TRAILING_BYLINE } from './patterns';
import { LEADING_MARK, TRAILING_MARKS } from './transforms/continuationMarks';

const withParagraphs = (content: ArticleContent, paragraphs: TextField[]): ArticleContent => ({
  ...content,
  paragraphs,
});

/** `本报讯(通讯员 张冲)` opening the first paragraph → dateline (when the dateline is empty). */
export function extractDateline(content: ArticleContent, raw: string): ArticleContent {
  const first = content.paragraphs[0];
  if (!first || content.dateline.text !== '') return content;
  const m = DATELINE.exec(first.text);
  if (!m) return content;
  const [dateline, rest] = splitField(first, raw, m[0].length);
  const paragraphs = rest.text === '' ? content.paragraphs.slice(1) : [rest, ...content.paragraphs.slice(1)];
  return { ...withParagraphs(content, paragraphs), dateline };
}

/** Spaces between the names of a byline, whatever the line breaks were. */
function bylineText(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

/**
 * Bylines in the body → byline: paragraphs that are byline blocks (`记者 王赛华 鲁慧`, also
 * two in a row: `记者 鲁慧` / `通讯员 郭玉洁`), or else one closing the last paragraph after
 * its final sentence (`…各种问题。记者 鲁慧`).
 */
export function extractByline(content: ArticleContent, raw: string): ArticleContent {
  if (content.byline.text !== '') return content;
  let byline: TextField | undefined;
  let paragraphs = content.paragraphs.filter((p) => {
    const text = bylineText(p.text);
    if (!BYLINE_BLOCK.test(text)) return true;
    byline = byline ? mergeFields(byline, { text, spans: p.spans }, ' ') : { text, spans: p.spans };
    return false;
  });
  if (!byline && paragraphs.length > 0) {
    const last = paragraphs[paragraphs.length - 1];
    const m = TRAILING_BYLINE.exec(last.text);
    if (m && m.index > 0) {
      const [body, tail] = splitField(last, raw, m.index);
      byline = { text: bylineText(tail.text), spans: tail.spans };
      paragraphs = [...paragraphs.slice(0, -1), body];
    }
  }
  return byline ? { ...withParagraphs(content, paragraphs), byline } : content;
}

/**
 * Photo captions (`图为培训现场。`) and credits (`通讯员 刘俊凯 摄`) in the body → captions.
 * A credit joins the caption before it. (Takes `raw` like the others, for a uniform signature.)
 */
export function extractCaptions(content: ArticleContent, _raw: string): ArticleContent {
  const paragraphs: TextField[] = [];
  const captions = [...content.captions];
  let lastWasCaption = false;
  for (const p of content.paragraphs) {
    if (CAPTION.test(p.text)) {
      // `图为培训现场。 通讯员 刘俊凯 摄`: caption and credit in one paragraph stay together.
      captions.push(p);
      lastWasCaption = true;
      continue;
    }
    if (CREDIT.test(bylineText(p.text))) {
      const credit = { text: bylineText(p.text), spans: p.spans };
      if (lastWasCaption && captions.length > 0)
        captions[captions.length - 1] = mergeFields(captions[captions.length - 1], credit, ' ');
      else captions.push(credit);
      lastWasCaption = false;
      continue;
    }
    paragraphs.push(p);
    lastWasCaption = false;
  }
  if (paragraphs.length === content.paragraphs.length) return content;
  return { ...withParagraphs(content, paragraphs), captions };
}

/**
 * A mark as the corrected text prints it: full-width brackets and none of the spaces OCR set
 * inside it (`(转 3 版)` → `（转3版）`, `① 5` → `①5`).
 */
const markNote = (mark: string) =>
  mark
    .replace(/[ \t\u3000]+/gu, '')
    .replace(/\(/gu, '（')
    .replace(/\)/gu, '）');

/** Continuation marks (`①5`, `（下转第2版）`) at paragraph ends (or `（上接…）` at starts) → notes. */
export function moveContinuationMarks(content: ArticleContent, raw: string): ArticleContent {
  const notes = [...content.notes];
  let changed = false;
  const paragraphs = content.paragraphs.flatMap((p) => {
    let field = p;
    const lead = LEADING_MARK.exec(field.text);
    if (lead) {
      const [mark, rest] = splitField(field, raw, lead[0].length);
      notes.push({ text: markNote(mark.text), spans: mark.spans });
      field = rest;
      changed = true;
    }
    // Marks end in a digit, 版 or a bracket: other paragraphs need no regex.
    const end = field.text.charCodeAt(field.text.length - 1);
    const trail =
      (end >= 0x30 && end <= 0x39) || end === 0x7248 || end === 0x29 || end === 0xff09
        ? TRAILING_MARKS.exec(field.text)
        : null;
    if (trail) {
      const [rest, mark] = splitField(field, raw, trail.index);
      notes.push({ text: markNote(mark.text), spans: mark.spans });
      field = rest;
      changed = true;
    }
    return field.text === '' ? [] : [field];
  });
  return changed ? { ...withParagraphs(content, paragraphs), notes } : content;
}

/** Paragraphs split in mid-sentence by a column or page jump → one paragraph. */
export function joinJumpedParagraphs(content: ArticleContent): ArticleContent {
  if (content.paragraphs.length < 2) return content;
  const out: TextField[] = [content.paragraphs[0]];
  for (const p of content.paragraphs.slice(1)) {
    const prev = out[out.length - 1];
    if (continuesAcross(prev.text, p.text)) {
      const joined = mergeFields(prev, p, '');
      out[out.length - 1] = { text: joinPair(prev.text, p.text), spans: joined.spans };
    } else out.push(p);
  }
  return out.length === content.paragraphs.length ? content : withParagraphs(content, out);
}

/** Every extraction, in the order that lets each see what it expects. */
export function extractParts(content: ArticleContent, raw: string): ArticleContent {
  let c = moveContinuationMarks(content, raw);
  c = extractDateline(c, raw);
  c = extractCaptions(c, raw);
  c = extractByline(c, raw);
  c = joinJumpedParagraphs(c);
  return { ...c, paragraphs: c.paragraphs.map((p) => ({ text: p.text, spans: trimSpans(p.spans, raw) })) };
}
