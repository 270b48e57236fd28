// Editing in place: the corrected text of a field, clearing a field, an article's status.
// Text edits never touch provenance: the raw spans stay as they were.

import type { Article, ArticleContent, FieldRef, TextField } from '../model';
import { getField, LIST_KEY, SINGLE_FIELDS } from '../model';
import { allOwned } from './owners';
import { takeFromField } from './provenance';
import { equal, subtract } from './spans';
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

/**
 * Puts an earlier version of an article's content back (a revision). Raw text that has
 * since gone to another owner stays there, so the one-owner rule holds: the restored
 * fields drop those spans and, given the page's `raw` text, also the characters of their
 * text read from them (see provenance.ts; typed text with no clean cut stays). Without
 * `raw` they keep all their text (the behaviour before provenance; callers should pass it).
 */
export function restoreContent(
  state: PageArticles,
  articleId: string,
  content: ArticleContent,
  now: number,
  raw?: string,
): PageArticles {
  const article = findArticle(state, articleId);
  if (!article) return state;
  const others = { ...state, articles: state.articles.filter((a) => a.id !== articleId) };
  const taken = allOwned(others);
  const free = (f: TextField): TextField => {
    if (raw === undefined) return { text: f.text, spans: subtract(f.spans, taken) };
    if (equal(subtract(f.spans, taken), f.spans)) return f;
    const cut = takeFromField(raw, f, taken);
    return cut.kind === 'clean' ? cut.field : cut.keep;
  };
  const restored: Article = { ...article, updatedAt: now };
  for (const kind of SINGLE_FIELDS) restored[kind] = free(content[kind]);
  restored.paragraphs = content.paragraphs.map(free);
  restored.captions = content.captions.map(free);
  restored.notes = content.notes.map(free);
  return replaceArticle(state, restored);
}
