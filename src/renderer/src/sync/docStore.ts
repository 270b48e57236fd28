// The local copy of every shared document: its Yjs updates in Dexie (syncUpdates, v7),
// written the moment they happen, so an edit made offline is on disk before anything is
// sent. A document's rows are merged into one once there are many, in one transaction.

import * as Y from 'yjs';
import type { GalleyDb } from '../db/db';

/** Rows of one document kept before they are merged into one. */
export const COMPACT_AFTER = 64;

export async function loadDoc(db: GalleyDb, docName: string, doc = new Y.Doc()): Promise<Y.Doc> {
  const rows = await db.syncUpdates.where('docName').equals(docName).toArray();
  if (rows.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(rows.map((r) => r.update)), LOCAL_STORE);
  return doc;
}

/** The origin of updates read back from Dexie: they are on disk already. */
export const LOCAL_STORE = Symbol('galley local store');

export async function saveUpdate(db: GalleyDb, docName: string, update: Uint8Array): Promise<void> {
  await db.transaction('rw', db.syncUpdates, async () => {
    await db.syncUpdates.add({ docName, update });
    const rows = await db.syncUpdates.where('docName').equals(docName).toArray();
    if (rows.length <= COMPACT_AFTER) return;
    await db.syncUpdates.bulkDelete(rows.map((r) => r.seq));
    await db.syncUpdates.add({ docName, update: Y.mergeUpdates(rows.map((r) => r.update)) });
  });
}

/** Every document name kept locally (a project's pages, its project document). */
export async function keptDocNames(db: GalleyDb): Promise<string[]> {
  return (await db.syncUpdates.orderBy('docName').uniqueKeys()).map(String);
}
