// Editing in place: the corrected text of a field, clearing a field, an article's status.
// Text edits never touch provenance: the raw spans stay as they were.

import type { Article, ArticleContent, ArticleStatus, FieldRef, TextField } from '../model';
import { getField, LIST_KEY, SINGLE_FIELDS } from '../model';
import { allOwned } from './owners';
import { subtract } from './spans';
import type { PageArticles } from './state';
import { findArticle, replaceArticle, withField } from './state';

export function setFieldText(
  state: PageArticles,
  articleId: string,
  ref: FieldRef,
  text: string,
  now: number,
): PageArticles {
  const article = findArticle(state, articleId);
  const field = article && getField(article, ref);
  if (!article || !field || field.text === text) return state;
  return replaceArticle(state, { ...withField(article, ref, { ...field, text }), updatedAt: now });
}

/** Empties a single field or removes a paragraph, caption or note; its raw text becomes unassigned. */
export function removeField(
  state: PageArticles,
  articleId: string,
  ref: FieldRef,
  now: number,
): PageArticles {
  const article = findArticle(state, articleId);
  if (!article || !getField(article, ref)) return state;
  if ('index' in ref) {
    const key = LIST_KEY[ref.kind];
    return replaceArticle(state, {
      ...article,
      [key]: article[key].filter((_, i) => i !== ref.index),
      updatedAt: now,
    });
  }
  return replaceArticle(state, { ...withField(article, ref, { text: '', spans: [] }), updatedAt: now });
}

/** Adds an empty body paragraph (typed by hand, no provenance) after `after` or at the end. */
export function addParagraph(
  state: PageArticles,
  articleId: string,
  now: number,
  after?: number,
): PageArticles {
  const article = findArticle(state, articleId);
  if (!article) return state;
  const paragraphs = [...article.paragraphs];
  paragraphs.splice(after === undefined ? paragraphs.length : after + 1, 0, { text: '', spans: [] });
  return replaceArticle(state, { ...article, paragraphs, updatedAt: now });
}

export function setStatus(
  state: PageArticles,
  articleId: string,
  status: ArticleStatus,
  now: number,
): PageArticles {
  const article = findArticle(state, articleId);
  if (!article || article.status === status) return state;
  return replaceArticle(state, { ...article, status, updatedAt: now });
}

/**
 * Puts an earlier version of an article's content back (a revision). Raw text that has
 * since gone to another owner stays there: the restored fields keep their text but drop
 * those spans, so the one-owner rule holds.
 */
export function restoreContent(
  state: PageArticles,
  articleId: string,
  content: ArticleContent,
  now: number,
): PageArticles {
  const article = findArticle(state, articleId);
  if (!article) return state;
  const others = { ...state, articles: state.articles.filter((a) => a.id !== articleId) };
  const taken = allOwned(others);
  const free = (f: TextField): TextField => ({ text: f.text, spans: subtract(f.spans, taken) });
  const restored: Article = { ...article, updatedAt: now };
  for (const kind of SINGLE_FIELDS) restored[kind] = free(content[kind]);
  restored.paragraphs = content.paragraphs.map(free);
  restored.captions = content.captions.map(free);
  restored.notes = content.notes.map(free);
  return replaceArticle(state, restored);
}
