// The selected article and field of each page, kept in the settings table so a reload
// comes back to it.

import type { GalleyDb } from '../../db/db';
import type { Selection } from './ArticleSession';

const key = (pageId: string) => `articles.selection.${pageId}`;

export async function readSelection(db: GalleyDb, pageId: string): Promise<Selection | undefined> {
  const row = await db.settings.get(key(pageId));
  return row?.value as Selection | undefined;
}

export async function writeSelection(
  db: GalleyDb,
  pageId: string,
  selection: Selection | undefined,
): Promise<void> {
  if (selection) await db.settings.put({ key: key(pageId), value: selection });
  else await db.settings.delete(key(pageId));
}
