// Suggestions the archivist rejected, remembered per page (by suggestionKey) so they do
// not come back on the next visit.

import { useLiveQuery } from 'dexie-react-hooks';
import type { GalleyDb } from '../db/db';

const key = (pageId: string) => `suggest.rejected.${pageId}`;

export async function readRejected(db: GalleyDb, pageId: string): Promise<string[]> {
  const row = await db.settings.get(key(pageId));
  return (row?.value as string[] | undefined) ?? [];
}

export async function reject(db: GalleyDb, pageId: string, suggestion: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await readRejected(db, pageId);
    if (!current.includes(suggestion))
      await db.settings.put({ key: key(pageId), value: [...current, suggestion] });
  });
}

/** Forgets every rejection on the page, so all suggestions show again. */
export async function clearRejected(db: GalleyDb, pageId: string): Promise<void> {
  await db.settings.delete(key(pageId));
}

/** The rejected suggestion keys of a page; null while loading. */
export function useRejected(db: GalleyDb, pageId: string): string[] | null {
  return useLiveQuery(() => readRejected(db, pageId), [db, pageId], null);
}
