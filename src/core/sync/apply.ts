// An archivist's change to a page (the session's state before and after one step) written
// into the page's document as one Y transaction: only what changed, as small as it can be,
// so that concurrent changes elsewhere on the page merge instead of being overwritten.

import * as Y from 'yjs';
import type { Article, TextField } from '../model';
import { LIST_KEYS, SINGLE_FIELDS } from '../model';
import type { PageArticles } from '../article/state';
import { newFieldMap, readField, sameField, sameSpans, writeField } from './fields';
import type { ArticleMap, FieldMap } from './layout';
import { articlesMap, pageMap } from './layout';
import { newArticleMap, writeMeta } from './pageDoc';

/** `origin` marks the transaction (e.g. so the local store does not read back its own write). */
export function applyLocalChange(
  doc: Y.Doc,
  before: PageArticles,
  after: PageArticles,
  origin?: unknown,
): void {
  if (before === after) return;
  doc.transact(() => {
    const meta = pageMap(doc);
    if (!sameSpans(before.furniture, after.furniture))
      meta.set(
        'furniture',
        after.furniture.map(({ start, end }) => ({ start, end })),
      );
    if ((before.handOrdered === true) !== (after.handOrdered === true))
      meta.set('handOrdered', after.handOrdered === true);
    const maps = articlesMap(doc);
    const old = new Map(before.articles.map((a) => [a.id, a]));
    for (const article of after.articles) {
      const was = old.get(article.id);
      old.delete(article.id);
      if (was === article) continue;
      const map = maps.get(article.id);
      if (!map) maps.set(article.id, newArticleMap(article));
      else writeArticle(map, was, article);
    }
    // What is left was deleted here: a tombstone with the rev this archivist saw.
    for (const gone of old.keys()) {
      const map = maps.get(gone);
      if (map) map.set('deletedRev', revOf(map));
    }
  }, origin);
}

function writeArticle(map: ArticleMap, was: Article | undefined, next: Article): void {
  // Brought back (an undone delete, or an article made again with its id): no tombstone.
  if (map.has('deletedRev')) map.delete('deletedRev');
  if (!was || was.order !== next.order) map.set('order', next.order);
  writeMeta(map, next);
  // Compared by value: the app's own stores hand over equal copies, not the same objects.
  if (was && sameContent(was, next)) return;
  map.set('rev', revOf(map) + 1);
  for (const kind of SINGLE_FIELDS) {
    const prev = was ? was[kind] : readField(map.get(kind) as FieldMap | undefined);
    if (sameField(prev, next[kind])) continue;
    const field = map.get(kind) as FieldMap | undefined;
    if (field) writeField(field, prev, next[kind]);
    else map.set(kind, newFieldMap(next[kind]));
  }
  for (const key of LIST_KEYS) {
    const list = map.get(key);
    if (list instanceof Y.Array) {
      const items = list as Y.Array<FieldMap>;
      writeList(items, was ? was[key] : items.toArray().map(readField), next[key]);
    } else map.set(key, Y.Array.from(next[key].map(newFieldMap)));
  }
}

/**
 * A list field (paragraphs, captions, notes): the unchanged items at both ends are kept;
 * a middle of the same length is written item by item (typing merges), any other middle
 * is replaced (a paragraph split, merged, added or removed).
 */
function writeList(list: Y.Array<FieldMap>, prev: readonly TextField[], next: readonly TextField[]): void {
  let head = 0;
  const most = Math.min(prev.length, next.length);
  while (head < most && sameField(prev[head], next[head])) head++;
  let tail = 0;
  while (tail < most - head && sameField(prev[prev.length - 1 - tail], next[next.length - 1 - tail])) tail++;
  const removed = prev.length - head - tail;
  const added = next.slice(head, next.length - tail);
  if (removed === added.length && head + removed <= list.length) {
    added.forEach((field, i) => writeField(list.get(head + i), prev[head + i], field));
    return;
  }
  const at = Math.min(head, list.length);
  const count = Math.min(removed, list.length - at);
  if (count > 0) list.delete(at, count);
  if (added.length > 0) list.insert(at, added.map(newFieldMap));
}

function sameContent(a: Article, b: Article): boolean {
  return (
    SINGLE_FIELDS.every((kind) => sameField(a[kind], b[kind])) &&
    LIST_KEYS.every(
      (key) => a[key].length === b[key].length && a[key].every((f, i) => sameField(f, b[key][i])),
    )
  );
}

function revOf(map: ArticleMap): number {
  const rev = map.get('rev');
  return typeof rev === 'number' ? rev : 0;
}
