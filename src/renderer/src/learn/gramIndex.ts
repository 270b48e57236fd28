// The bigram index of raw texts in IndexedDB (v6 `learnGrams`, `learnIndexed`): adding
// pages (run by index.worker.ts, off the window's thread) and asking which pages may
// hold a correction's raw context. Pages not yet indexed are always candidates, so a
// lookup is right before the worker is done. An index kept by an older gramsOf (before
// line breaks were folded) is a stale cache: every page counts as not yet indexed, and
// the worker clears it and indexes every page again.

import { GRAMS_VERSION, gramsOf, intersectSorted } from '../../../core/learn/grams';
import type { GalleyDb } from '../db/db';
import { afterImportsAndExports } from '../db/importLock';

/** Pages read and indexed per round. */
const CHUNK = 50;
/** Bigram rows written per transaction. */
const GRAMS_PER_WRITE = 400;

/** Indexes every page not yet in the index; returns how many were added. */
export async function indexNewPages(db: GalleyDb): Promise<number> {
  if (await isStale(db)) {
    await db.transaction('rw', db.learnGrams, db.learnIndexed, async () => {
      await Promise.all([db.learnGrams.clear(), db.learnIndexed.clear()]);
    });
  }
  const done = new Set(await db.learnIndexed.toCollection().primaryKeys());
  const todo = (await db.pages.toCollection().primaryKeys()).filter((id) => !done.has(id));
  for (let i = 0; i < todo.length; i += CHUNK) {
    // An import or an export begun meanwhile goes first (a restore's pages take minutes).
    await afterImportsAndExports();
    const chunk = todo.slice(i, i + CHUNK);
    const texts = await db.texts.bulkGet(chunk);
    const add = new Map<string, string[]>();
    texts.forEach((t, k) => {
      const pageId = chunk[k] ?? '';
      for (const g of gramsOf(t?.raw ?? '')) {
        const list = add.get(g);
        if (list) list.push(pageId);
        else add.set(g, [pageId]);
      }
    });
    // Written in small transactions: one big write holds up every other write to the
    // database (a rejected suggestion, a keystroke's save) until it commits. A page is
    // marked indexed after all its grams are in; a run cut short adds them again, once.
    const grams = [...add.keys()];
    for (let g = 0; g < grams.length; g += GRAMS_PER_WRITE) {
      const slice = grams.slice(g, g + GRAMS_PER_WRITE);
      await db.transaction('rw', db.learnGrams, async () => {
        const rows = await db.learnGrams.bulkGet(slice);
        await db.learnGrams.bulkPut(
          slice.map((gram, k) => {
            const kept = rows[k]?.pages ?? [];
            const known = new Set(kept);
            return { gram, pages: [...kept, ...(add.get(gram) ?? []).filter((id) => !known.has(id))] };
          }),
        );
      });
    }
    await db.learnIndexed.bulkPut(chunk.map((pageId) => ({ pageId, grams: GRAMS_VERSION })));
  }
  return todo.length;
}

/** Whether the index was built by an older gramsOf: a rebuild clears it whole, so one row tells. */
async function isStale(db: GalleyDb): Promise<boolean> {
  const row = await db.learnIndexed.toCollection().first();
  return row !== undefined && row.grams !== GRAMS_VERSION;
}

/** Every page id (sorted) and those not yet in the index: read once per round of lookups. */
export interface PageSet {
  all: string[];
  fresh: string[];
}

export async function pageSet(db: GalleyDb): Promise<PageSet> {
  const [all, indexed, stale] = await Promise.all([
    db.pages.toCollection().primaryKeys(),
    db.learnIndexed.toCollection().primaryKeys(),
    isStale(db),
  ]);
  if (stale) return { all, fresh: all };
  const known = new Set(indexed);
  return { all, fresh: all.filter((id) => !known.has(id)) };
}

/** Pages whose raw text may hold `pattern`: those indexed with all its bigrams, and all not yet indexed. */
export async function candidatePageIds(db: GalleyDb, pattern: string, pages: PageSet): Promise<string[]> {
  const grams = [...gramsOf(pattern)];
  if (grams.length === 0) return pages.all;
  const rows = await db.learnGrams.bulkGet(grams);
  if (rows.some((r) => !r)) return pages.fresh;
  // A page being indexed right now may be in both: it is read once, as not yet indexed.
  const fresh = new Set(pages.fresh);
  const order = new Map<string, number>();
  pages.all.forEach((id, i) => {
    if (!fresh.has(id)) order.set(id, i);
  });
  const lists = rows.map((r) => (r?.pages ?? []).flatMap((id) => order.get(id) ?? []).sort((a, b) => a - b));
  return [...intersectSorted(lists).map((i) => pages.all[i] ?? ''), ...pages.fresh];
}
