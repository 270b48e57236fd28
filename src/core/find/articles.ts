// The texts of articles as find targets, and replacements written back into articles.

import type { ArticleContent, FieldRef, TextField } from '../model';
import { fieldsOf } from '../model';
import type { FindTarget, Replaced } from './find';

/** Where a field lives in the corpus. */
export interface FieldAddress {
  pageId: string;
  articleId: string;
  field: FieldRef;
}

export function fieldKey(a: FieldAddress): string {
  return 'index' in a.field
    ? `${a.pageId}/${a.articleId}/${a.field.kind}/${a.field.index}`
    : `${a.pageId}/${a.articleId}/${a.field.kind}`;
}

/** Every non-empty field of the given articles, in page and reading order. */
export function* articleTargets(
  articles: Iterable<ArticleContent & { id: string; pageId: string }>,
): Generator<FindTarget<FieldAddress>> {
  for (const article of articles) {
    for (const [field, f] of fieldsOf(article)) {
      if (f.text === '') continue;
      const address = { pageId: article.pageId, articleId: article.id, field };
      yield { address, key: fieldKey(address), text: f.text };
    }
  }
}

/**
 * An article with the replaced texts of its fields written in. Spans are provenance and
 * stay as they were. Changes for other articles are ignored.
 */
export function applyReplacements<T extends ArticleContent & { id: string }>(
  article: T,
  changes: readonly Replaced<FieldAddress>[],
): T {
  const mine = changes.filter((c) => c.address.articleId === article.id);
  if (mine.length === 0) return article;
  const next: T = {
    ...article,
    paragraphs: [...article.paragraphs],
    captions: [...article.captions],
    notes: [...article.notes],
  };
  for (const c of mine) {
    const ref = c.address.field;
    const update = (f: TextField): TextField => ({ text: c.after, spans: f.spans });
    if ('index' in ref) {
      const list =
        ref.kind === 'paragraph' ? next.paragraphs : ref.kind === 'caption' ? next.captions : next.notes;
      if (list[ref.index]) list[ref.index] = update(list[ref.index]);
    } else next[ref.kind] = update(next[ref.kind]);
  }
  return next;
}
