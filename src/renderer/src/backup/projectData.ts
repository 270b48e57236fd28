// The whole project as plain records, read in one transaction so a backup or an export
// never mixes states from before and after a save. Open article sessions are written out
// first: what the archivist sees is what gets saved.

import type { ProjectData } from '../../../core/backup';
import { flushAll } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';

/** Every project table, in the order ProjectData lists them. */
export function projectTables(db: GalleyDb) {
  return [db.pages, db.texts, db.articles, db.revisions, db.rules, db.settings];
}

/** Reads the whole project; call inside a transaction over projectTables(db). */
export async function readProjectTables(db: GalleyDb): Promise<ProjectData> {
  const [pages, texts, articles, revisions, rules, settings] = await Promise.all([
    db.pages.toArray(),
    db.texts.toArray(),
    db.articles.toArray(),
    db.revisions.toArray(),
    db.rules.toArray(),
    db.settings.toArray(),
  ]);
  return { pages, texts, articles, revisions, rules, settings };
}

export async function readProjectData(db: GalleyDb): Promise<ProjectData> {
  await flushAll(db);
  return db.transaction('r', projectTables(db), () => readProjectTables(db));
}
