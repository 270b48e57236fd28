// The article tables as the projection of the shared documents, both ways:
//   projectPage: a page document (after another archivist's change) → its articles and
//                page row in Dexie, so every view and export reads them as before;
//   capturePage: the page's rows in Dexie (after this archivist's change, by whoever
//                wrote it: the article form, cleanup, find & replace) → one Y transaction.
// Both are idempotent: capturing what was just projected changes nothing.

import { Dexie } from 'dexie';
import type * as Y from 'yjs';
import { checkPage } from '../../../core/article/check';
import { coverage } from '../../../core/article/coverage';
import type { PageArticles } from '../../../core/article/state';
import { applyLocalChange, docToPage } from '../../../core/sync';
import type { GalleyDb } from '../db/db';

/** The origin of the transactions capturePage makes (sent to the server, never projected back). */
export const LOCAL_EDIT = Symbol('galley local edit');

async function readPage(db: GalleyDb, pageId: string): Promise<PageArticles> {
  const [page, articles] = await Promise.all([
    db.pages.get(pageId),
    db.articles.where('[pageId+order]').between([pageId, Dexie.minKey], [pageId, Dexie.maxKey]).toArray(),
  ]);
  const state: PageArticles = { pageId, articles, furniture: page?.furniture ?? [] };
  return page?.handOrdered ? { ...state, handOrdered: true } : state;
}

export async function capturePage(db: GalleyDb, pageId: string, doc: Y.Doc): Promise<void> {
  const local = await readPage(db, pageId);
  applyLocalChange(doc, docToPage(doc).state, local, LOCAL_EDIT);
}

export async function projectPage(db: GalleyDb, doc: Y.Doc): Promise<PageArticles> {
  const { raw, state } = docToPage(doc);
  await db.transaction('rw', db.articles, db.pages, async () => {
    const page = await db.pages.get(state.pageId);
    if (!page) return;
    const keep = new Set(state.articles.map((a) => a.id));
    const old = await db.articles.where('pageId').equals(state.pageId).primaryKeys();
    const gone = old.filter((id) => !keep.has(id));
    if (gone.length > 0) await db.articles.bulkDelete(gone);
    if (state.articles.length > 0) await db.articles.bulkPut([...state.articles]);
    await db.pages.update(state.pageId, {
      furniture: [...state.furniture],
      articleCount: state.articles.length,
      coverage: coverage(raw, state.articles, state.furniture),
      handOrdered: state.handOrdered === true,
      problemCount: checkPage(raw, state).length,
    });
  });
  return state;
}
