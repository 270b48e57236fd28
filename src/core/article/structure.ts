// Merging, splitting, deleting and reordering articles. None of these changes who owns
// which raw text, except delete, which frees it.

import type { Article, TextField } from '../model';
import { SINGLE_FIELDS } from '../model';
import { union } from './spans';
import type { OpContext, PageArticles } from './state';
import { draftArticle, findArticle, renumber } from './state';
import { splitFieldAt } from './provenance';
import { joinTexts } from './tidy';

function joinFields(a: TextField, b: TextField): TextField {
  return { text: joinTexts([a.text, b.text]), spans: union(a.spans, b.spans) };
}

/**
 * Merges article `fromId` into `intoId`: single fields are joined (kept as they are when
 * one side is empty), body paragraphs, captions and notes of `fromId` follow those of
 * `intoId`. The merged article keeps `intoId`'s place and identity.
 */
export function mergeArticles(
  state: PageArticles,
  intoId: string,
  fromId: string,
  now: number,
): PageArticles {
  const into = findArticle(state, intoId);
  const from = findArticle(state, fromId);
  if (!into || !from || into === from) return state;
  const merged: Article = { ...into, updatedAt: now };
  for (const kind of SINGLE_FIELDS) merged[kind] = joinFields(into[kind], from[kind]);
  merged.paragraphs = [...into.paragraphs, ...from.paragraphs];
  merged.captions = [...into.captions, ...from.captions];
  merged.notes = [...into.notes, ...from.notes];
  const articles = state.articles.filter((a) => a.id !== fromId).map((a) => (a.id === intoId ? merged : a));
  return { ...state, articles: renumber(articles) };
}

/**
 * Splits a body at a cursor: paragraph `paragraphIndex` at `offset` (UTF-16 units into its
 * text). The text after the cursor and every later paragraph become a new article placed
 * right after; headline fields, byline, captions and notes stay with the original.
 *
 * Provenance of the paragraph that is cut: each half keeps the raw spans its characters
 * were read from, corrected or not (see provenance.ts's splitFieldAt); raw characters the
 * archivist deleted at the cut go with the second half.
 */
export function splitArticle(
  state: PageArticles,
  raw: string,
  articleId: string,
  paragraphIndex: number,
  offset: number,
  { now, newId }: OpContext,
): { state: PageArticles; newArticleId?: string } {
  const article = findArticle(state, articleId);
  if (!article || paragraphIndex < 0 || paragraphIndex >= article.paragraphs.length) return { state };
  const cut = article.paragraphs[paragraphIndex];
  const at = Math.max(0, Math.min(offset, cut.text.length));
  let keep: TextField[];
  let move: TextField[];
  if (at === 0) {
    keep = article.paragraphs.slice(0, paragraphIndex);
    move = article.paragraphs.slice(paragraphIndex);
  } else if (at === cut.text.length) {
    keep = article.paragraphs.slice(0, paragraphIndex + 1);
    move = article.paragraphs.slice(paragraphIndex + 1);
  } else {
    const [first, second] = splitFieldAt(raw, cut, at);
    keep = [...article.paragraphs.slice(0, paragraphIndex), first];
    move = [second, ...article.paragraphs.slice(paragraphIndex + 1)];
  }
  // A cursor before the whole body or after all of it leaves nothing to split off.
  if (move.length === 0 || keep.length === 0) return { state };
  const created = draftArticle(state.pageId, { paragraphs: move }, { now, newId });
  const index = state.articles.indexOf(article);
  const articles = [...state.articles];
  articles.splice(index, 1, { ...article, paragraphs: keep, updatedAt: now }, created);
  return { state: { ...state, articles: renumber(articles) }, newArticleId: created.id };
}

/** Removes an article; its raw text becomes unassigned. */
export function deleteArticle(state: PageArticles, articleId: string): PageArticles {
  if (!findArticle(state, articleId)) return state;
  return { ...state, articles: renumber(state.articles.filter((a) => a.id !== articleId)) };
}

/** Moves an article to position `to` in reading order (clamped). */
export function reorder(state: PageArticles, articleId: string, to: number): PageArticles {
  const from = state.articles.findIndex((a) => a.id === articleId);
  if (from === -1) return state;
  const target = Math.max(0, Math.min(to, state.articles.length - 1));
  if (target === from) return state;
  const articles = [...state.articles];
  const [moved] = articles.splice(from, 1);
  articles.splice(target, 0, moved);
  return { ...state, articles: renumber(articles), handOrdered: true };
}
