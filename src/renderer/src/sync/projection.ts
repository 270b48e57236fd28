// The article tables as the projection of the shared page documents: a page document
// (after another archivist's change) → its articles and page row in Dexie, so every view,
// export and benchmark reads them as before. This archivist's own changes go the other
// way through the page's session (teamSync.ts).

import type * as Y from 'yjs';
import { checkPage } from '../../../core/article/check';
import { coverage } from '../../../core/article/coverage';
import { pageArticlesOf, type PageArticles } from '../../../core/article/state';
import type { Page } from '../../../core/model';
import { conflictsKey, docToPage, pageMap, pageToDoc, rawOf } from '../../../core/sync';
import type { GalleyDb } from '../db/db';
import { deletedEditedIn } from './conflictList';

/** The origin of the transactions capturePage makes (sent to the server, never projected back). */
export const LOCAL_EDIT = Symbol('galley local edit');

export async function projectPage(db: GalleyDb, doc: Y.Doc): Promise<PageArticles> {
  const { raw, state } = docToPage(doc);
  // Kept beside the articles so export (and a backup's `galley export`) can refuse them.
  const open = openDeletedEdited(state.pageId, doc);
  await db.transaction('rw', db.articles, db.pages, db.settings, () =>
    writeProjections(db, [{ raw, state, open }]),
  );
  return state;
}

export type OpenDeletedEdited = { articleId: string; title: string }[];

export function openDeletedEdited(pageId: string, doc: Y.Doc): OpenDeletedEdited {
  return deletedEditedIn([[pageId, doc]]).map(({ articleId, title }) => ({ articleId, title }));
}

/** One page's document as the tables hold it. */
export interface Projected {
  raw: string;
  state: PageArticles;
  open: OpenDeletedEdited;
  /** The project's listing of a page this copy may lack: the page is made from it if so. */
  joined?: Page | undefined;
}

/**
 * Pages' articles, page rows and open conflicts, every table written in bulk (a catch-up
 * writes hundreds of pages at once); inside a transaction on those tables, and on texts
 * when a page is `joined`. A page this copy lacks and was not given `joined` is skipped.
 */
export async function writeProjections(db: GalleyDb, pages: readonly Projected[]): Promise<void> {
  const ids = pages.map((p) => p.state.pageId);
  const rows = await db.pages.bulkGet(ids);
  const made = pages.flatMap(({ joined, raw }, i) =>
    !rows[i] && joined ? [{ page: { ...joined, articleCount: 0, coverage: 0, furniture: [] }, raw }] : [],
  );
  if (made.length > 0) {
    await db.texts.bulkPut(made.map(({ page, raw }) => ({ pageId: page.id, raw })));
    for (const { page } of made) rows[ids.indexOf(page.id)] = page;
  }
  const written = pages.filter((_, i) => rows[i] !== undefined);
  const keep = new Set(written.flatMap((p) => p.state.articles.map((a) => a.id)));
  const old = await db.articles
    .where('pageId')
    .anyOf(written.map((p) => p.state.pageId))
    .primaryKeys();
  const gone = old.filter((id) => !keep.has(id));
  if (gone.length > 0) await db.articles.bulkDelete(gone);
  const articles = written.flatMap((p) => p.state.articles);
  if (articles.length > 0) await db.articles.bulkPut(articles);
  await db.pages.bulkPut(
    pages.flatMap(({ raw, state }, i) => {
      const row = rows[i];
      if (!row) return [];
      return [
        {
          ...row,
          furniture: [...state.furniture],
          articleCount: state.articles.length,
          coverage: coverage(raw, state.articles, state.furniture),
          handOrdered: state.handOrdered === true,
          problemCount: checkPage(raw, state).length,
        },
      ];
    }),
  );
  const keys = written.map((p) => conflictsKey(p.state.pageId));
  const held = await db.settings.bulkGet(keys);
  const stale = keys.filter((_, i) => held[i] && written[i].open.length === 0);
  if (stale.length > 0) await db.settings.bulkDelete(stale);
  const open = written.flatMap((p, i) => (p.open.length > 0 ? [{ key: keys[i], value: p.open }] : []));
  if (open.length > 0) await db.settings.bulkPut(open);
}

/**
 * A page's document the first time it is shared from here: the raw text (written once,
 * whoever is first) and, when this archivist has marked the page, its articles and
 * furniture. An unmarked page waits for the server's copy instead of offering an empty one.
 */
export async function seedPageDoc(db: GalleyDb, pageId: string, doc: Y.Doc): Promise<void> {
  if (rawOf(doc) !== undefined) return;
  const [text, articles, page] = await Promise.all([
    db.texts.get(pageId),
    db.articles.where('pageId').equals(pageId).sortBy('order'),
    db.pages.get(pageId),
  ]);
  // A page this copy does not have waits for the server's copy (its raw text is written once).
  if (!page) return;
  const state = pageArticlesOf(page, articles);
  doc.transact(() => {
    if (articles.length > 0 || state.furniture.length > 0) pageToDoc({ raw: text?.raw ?? '', state }, doc);
    else {
      pageMap(doc).set('pageId', pageId);
      pageMap(doc).set('raw', text?.raw ?? '');
    }
  }, LOCAL_EDIT);
}

/** A page another member shared, made in this copy the first time its document arrives. */
export async function addJoinedPage(db: GalleyDb, page: Page, raw: string): Promise<void> {
  await db.transaction('rw', db.pages, db.texts, async () => {
    if (await db.pages.get(page.id)) return;
    await db.pages.put({ ...page, articleCount: 0, coverage: 0, furniture: [] });
    await db.texts.put({ pageId: page.id, raw });
  });
}
