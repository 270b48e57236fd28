import type { GalleyDb } from './db';

/** Keys of the settings table written by the shell; other features add their own. */
export const SETTING = {
  language: 'ui.language',
  lastPage: 'ui.lastPage',
  softWrap: 'rawView.softWrap',
} as const;

/** Where the archivist was: the page and the first raw character shown at the top. */
export interface LastPage {
  pageId: string;
  /** UTF-16 offset of the top visible line's start in the raw view. */
  topOffset: number;
}

export async function readSetting<T>(db: GalleyDb, key: string): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row?.value as T | undefined;
}

export async function writeSetting(db: GalleyDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
