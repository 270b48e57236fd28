// Accepting suggested articles. A suggestion never takes text the archivist already
// assigned (to an article or to the page furniture): each of its fields keeps only the raw
// spans nobody owns, and a field that lost some of its spans gets its text made again from
// what is left. The whole acceptance is one new page state: one undo step, one write.

import type { OpContext, PageArticles } from '../../../core/article';
import { allOwned, draftArticle, equal, renumber, subtract, tidyText } from '../../../core/article';
import { cleanText, type CleanOptions } from '../../../core/clean';
import type { ArticleContent, Span, TextField } from '../../../core/model';
import { LIST_KEYS, SINGLE_FIELDS, fieldsOf } from '../../../core/model';
import type { SuggestedArticle } from '../../../core/segment';

/** The raw spans a suggestion was read from, all fields together. */
export function spansOfContent(content: ArticleContent): Span[] {
  const spans: Span[] = [];
  for (const [, f] of fieldsOf(content)) spans.push(...f.spans);
  return spans.sort((a, b) => a.start - b.start);
}

/** Where a suggestion starts in the raw page: its identity, stable across recomputation. */
export function suggestionKey(s: ArticleContent): string {
  const spans = spansOfContent(s);
  if (spans.length === 0) return 'empty';
  return `${spans[0].start}-${Math.max(...spans.map((x) => x.end))}`;
}

function freeField(
  f: TextField,
  taken: readonly Span[],
  raw: string,
  options: CleanOptions,
): TextField | null {
  if (f.spans.length === 0) return f.text === '' ? null : f;
  const spans = subtract(f.spans, taken);
  if (spans.length === 0) return null;
  if (equal(spans, f.spans)) return f;
  return { text: cleanText(tidyText(raw, spans), options).text, spans };
}

/**
 * The part of a suggestion that is still free: fields keep only unowned spans (text made
 * again where spans were lost); fields with nothing left are dropped. Null when no raw
 * text of the suggestion is free any more.
 */
export function freeContent(
  s: ArticleContent,
  taken: readonly Span[],
  raw: string,
  options: CleanOptions = {},
): ArticleContent | null {
  const out = {} as ArticleContent;
  let any = false;
  for (const kind of SINGLE_FIELDS) {
    const f = freeField(s[kind], taken, raw, options);
    out[kind] = f ?? { text: '', spans: [] };
    if (f && f.spans.length > 0) any = true;
  }
  for (const key of LIST_KEYS) {
    out[key] = s[key].map((f) => freeField(f, taken, raw, options)).filter((f): f is TextField => f !== null);
    if (out[key].some((f) => f.spans.length > 0)) any = true;
  }
  return any ? out : null;
}

/** Share (0..1) of a suggestion's raw text that somebody already owns. */
export function takenShare(s: ArticleContent, taken: readonly Span[]): number {
  const spans = spansOfContent(s);
  const total = spans.reduce((n, x) => n + x.end - x.start, 0);
  if (total === 0) return 0;
  const free = subtract(spans, taken).reduce((n, x) => n + x.end - x.start, 0);
  return 1 - free / total;
}

function firstStart(a: ArticleContent): number {
  const spans = spansOfContent(a);
  return spans.length > 0 ? spans[0].start : Infinity;
}

export interface AcceptResult {
  state: PageArticles;
  /** Ids of the articles made, in the order of the suggestions given. */
  created: string[];
  /** Suggestions left out because all their text was already assigned. */
  skipped: number;
}

/**
 * Makes articles of suggestions, taking only free raw text. Each new article goes where
 * its text starts in the raw page: before the first article that starts after it.
 */
export function acceptSuggestions(
  state: PageArticles,
  raw: string,
  suggestions: readonly SuggestedArticle[],
  ctx: OpContext,
  options: CleanOptions = {},
): AcceptResult {
  const articles = [...state.articles];
  const created: string[] = [];
  let skipped = 0;
  for (const s of suggestions) {
    const taken = allOwned({ ...state, articles });
    const content = freeContent(s, taken, raw, options);
    if (!content) {
      skipped++;
      continue;
    }
    const article = draftArticle(state.pageId, content, ctx);
    const start = firstStart(content);
    const at = articles.findIndex((a) => firstStart(a) > start);
    articles.splice(at === -1 ? articles.length : at, 0, article);
    created.push(article.id);
  }
  if (created.length === 0) return { state, created, skipped };
  return { state: { ...state, articles: renumber(articles) }, created, skipped };
}
