// A byline that closes a paragraph other than the last (`…统筹协调相关各项工作。记者 王赛华`
// after the lede, with more text below), or one whose role word ended a column line
// (`…挂钩。 记者` / `严冬`, read as `记者严冬`). extractByline looks only at the last
// paragraph and wants a space after the role; an article with no byline yet looks here.

import { splitField } from '../clean/align';
import { ROLE_START } from '../clean/patterns';
import { isPersonNameLine } from '../clean/personName';
import type { ArticleContent } from '../model';
import { namesOf } from './datelineByline';

const ROLE = ROLE_START.source.slice(1);
const ITEM = `(?:${ROLE}|[\\p{Script=Han}·]{2,5}|[文图][/／][图文]|摄|图)`;

// After a sentence's end: a role, its first name (a line break may have taken the space
// between them), more names or roles. A name is two to four characters, so prose that
// merely ends in a role word and a verb (`记者获悉。`) ends in punctuation and never matches.
const CLOSING_BYLINE = new RegExp(
  `(?<=[。！？!?”）)])[ \\u3000]*((${ROLE})[ \\u3000]*([\\p{Script=Han}·]{2,4}(?:[ \\u3000]+${ITEM}){0,10}))$`,
  'u',
);

/**
 * A credit in brackets closing a paragraph after its last sentence (`…建成。(记者 方晴 通讯员
 * 毛悦)`); the brackets may hold a line break between names or inside a word (`(记` / `者 蒋帆)`).
 */
export const BRACKETED_BYLINE = new RegExp(
  `(?<=[。！？!?…”’])[ \\u3000]*[(（][ \\u3000]*(?:${ROLE})[^()（）]{2,60}[)）]$`,
  'u',
);

const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0x0a || c === 0x0d;

/** The byline in brackets closing a paragraph, as a field: the names, without the brackets. */
function bracketedByline(content: ArticleContent, raw: string): ArticleContent | undefined {
  const { paragraphs } = content;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const m = BRACKETED_BYLINE.exec(paragraphs[i].text);
    if (!m || m.index === 0) continue;
    const [body, tail] = splitField(paragraphs[i], raw, m.index);
    if (tail.spans.length === 0) continue;
    // Read in the raw text, where a line break still parts two names.
    let open = tail.spans[0].start;
    let close = tail.spans[tail.spans.length - 1].end;
    while (open < close && raw[open] !== '(' && raw[open] !== '（') open++;
    while (close > open && raw[close - 1] !== ')' && raw[close - 1] !== '）') close--;
    let a = open + 1;
    let b = close - 1;
    while (a < b && isBlank(raw.charCodeAt(a))) a++;
    while (b > a && isBlank(raw.charCodeAt(b - 1))) b--;
    const names = a < b ? namesOf(raw.slice(a, b)) : undefined;
    if (names === undefined) continue;
    // The brackets go with the names they hold: the paragraph ends at its sentence.
    const byline = { text: names, spans: [{ start: open, end: close }] };
    return { ...content, byline, paragraphs: paragraphs.map((p, k) => (k === i ? body : p)) };
  }
  return undefined;
}

/** The byline as printed, one space between role and names whatever the line breaks were. */
function bylineText(role: string, rest: string): string {
  return `${role} ${rest}`.replace(/[\s\u3000]+/g, ' ').trim();
}

// A source credited in brackets after the last sentence (`…“套路”。(区司法局供稿)`).
const BRACKETED_SOURCE = /(?<=[。！？!?…”’])[ \u3000]*[(（]([\p{Script=Han}]{2,16}供稿)[)）]$/u;

// Writers named in brackets with no role after the last sentence (`…余户。（温可欣）`,
// `…开工。(庞雨 陶然)`): each a person's name.
const BRACKETED_NAMES =
  /(?<=[。！？!?…”’])[ \u3000]*[(（]([\p{Script=Han}·]{2,4}(?:[ \u3000、]+[\p{Script=Han}·]{2,4}){0,3})[)）]$/u;

/** Whether every name in a bracket is a person's (`温可欣`), not a word (`试行`, `完`). */
const allNames = (names: string) => names.split(/[\s\u3000、]+/u).every(isPersonNameLine);

/**
 * The source or the writers in brackets closing the last paragraph, as the byline (spans own
 * the brackets; writers' names are parted by one space).
 */
function bracketedSource(content: ArticleContent, raw: string): ArticleContent | undefined {
  const { paragraphs } = content;
  const last = paragraphs[paragraphs.length - 1];
  if (!last) return undefined;
  const names = BRACKETED_NAMES.exec(last.text);
  if (names && names.index > 0) {
    const [body, tail] = splitField(last, raw, names.index);
    if (tail.spans.length === 0) return undefined;
    // Read in the raw text, where the space cleanup closed up still parts two names.
    const printed = raw
      .slice(tail.spans[0].start, tail.spans[tail.spans.length - 1].end)
      .replace(/^[\s(（]+|[\s)）]+$/gu, '')
      .trim();
    if (!allNames(printed)) return undefined;
    const byline = { text: printed.replace(/[\s\u3000、]+/gu, ' '), spans: tail.spans };
    return { ...content, byline, paragraphs: [...paragraphs.slice(0, -1), body] };
  }
  const m = BRACKETED_SOURCE.exec(last.text);
  if (!m || m.index === 0) return undefined;
  const [body, tail] = splitField(last, raw, m.index);
  if (tail.spans.length === 0) return undefined;
  const byline = { text: m[1], spans: tail.spans };
  return { ...content, byline, paragraphs: [...paragraphs.slice(0, -1), body] };
}

/**
 * Takes the byline closing the last paragraph that ends with one (the last paragraph first,
 * then the lede and the rest; one in brackets first) into the byline field, when the article
 * has none.
 */
export function closingByline(content: ArticleContent, raw: string): ArticleContent {
  if (content.byline.text !== '') return content;
  const bracketed = bracketedByline(content, raw) ?? bracketedSource(content, raw);
  if (bracketed) return bracketed;
  const { paragraphs } = content;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const m = CLOSING_BYLINE.exec(paragraphs[i].text);
    if (!m || m.index === 0) continue;
    const [body, tail] = splitField(paragraphs[i], raw, m.index);
    const byline = { text: bylineText(m[2], m[3]), spans: tail.spans };
    return { ...content, byline, paragraphs: paragraphs.map((p, k) => (k === i ? body : p)) };
  }
  return content;
}
