// The reviewer's name: set once in the settings table, read synchronously when an article
// is marked reviewed (the article session has no time to wait on IndexedDB mid-action).

import type { GalleyDb } from './db';
import { SETTING, readSetting, writeSetting } from './settings';

export const REVIEWER_SETTING = SETTING.reviewer;

const known = new WeakMap<GalleyDb, string>();
const listeners = new Set<() => void>();

/** The reviewer name last read or set for this database; '' until loaded or when unset. */
export function reviewerOf(db: GalleyDb): string {
  return known.get(db) ?? '';
}

export async function loadReviewer(db: GalleyDb): Promise<string> {
  const name = await readSetting(db, REVIEWER_SETTING);
  known.set(db, name);
  for (const l of listeners) l();
  return name;
}

export async function saveReviewer(db: GalleyDb, name: string): Promise<void> {
  const trimmed = name.trim();
  known.set(db, trimmed);
  for (const l of listeners) l();
  await writeSetting(db, REVIEWER_SETTING, trimmed);
}

/** For useSyncExternalStore. */
export function subscribeReviewer(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
