// Restoring a backup: the core reads and checks the file (a corrupt or foreign one is
// refused before anything is touched), plans a merge by id against what the project
// holds, and the plan is written here in ONE transaction, so a failure leaves the project
// exactly as it was.

import { checkPage, coverage } from '../../../core/article';
import {
  parseBackup,
  planRestore,
  type BackupError,
  type ProjectData,
  type RestorePlan,
} from '../../../core/backup';
import { flushAll, forgetSessions } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';
import { projectTables, readProjectTables } from './projectData';

export type RestoreOutcome =
  | {
      ok: true;
      plan: RestorePlan;
      createdAt: string;
      /** The project as it was just before the restore changed anything (read in its transaction). */
      before: ProjectData;
      /** Puts `before` back (undoRestore). */
      undo: () => Promise<void>;
    }
  | { ok: false; error: BackupError }
  | { ok: false; error: { kind: 'storage'; detail: string } };

type RestorePreview = { ok: true; plan: RestorePlan; createdAt: string } | { ok: false; error: BackupError };

/**
 * What restoring the file would change, planned against the project as it is now and
 * written nowhere, so the archivist can look before saying yes. restoreBackup plans again
 * inside its transaction, so an edit made while the question was open is not overwritten.
 */
export async function previewRestore(db: GalleyDb, bytes: Uint8Array): Promise<RestorePreview> {
  const read = parseBackup(bytes);
  if (!read.ok) return read;
  await flushAll(db);
  const existing = await db.transaction('r', projectTables(db), () => readProjectTables(db));
  return { ok: true, plan: planRestore(existing, read.data), createdAt: read.createdAt };
}

export async function restoreBackup(db: GalleyDb, bytes: Uint8Array): Promise<RestoreOutcome> {
  const read = parseBackup(bytes);
  if (!read.ok) return read;
  const incoming = read.data;
  await flushAll(db);
  try {
    let before: ProjectData | undefined;
    const plan = await db.transaction('rw', projectTables(db), async () => {
      // The snapshot: what the restore is about to change, so it can be undone.
      before = await readProjectTables(db);
      const plan = planRestore(before, incoming);
      const { put } = plan;
      await db.pages.bulkPut(put.pages);
      await db.texts.bulkPut(put.texts);
      await db.articles.bulkPut(put.articles);
      await db.revisions.bulkPut(put.revisions);
      await db.rules.bulkPut(put.rules);
      await db.settings.bulkPut(put.settings);
      await refreshPageFigures(db, new Set(put.articles.map((a) => a.pageId)));
      return plan;
    });
    // The open pages' sessions hold the states the restore replaced.
    await forgetSessions(db);
    const snapshot = before!;
    return {
      ok: true,
      plan,
      createdAt: read.createdAt,
      before: snapshot,
      undo: () => undoRestore(db, snapshot),
    };
  } catch (e) {
    return { ok: false, error: { kind: 'storage', detail: e instanceof Error ? e.message : String(e) } };
  }
}

/**
 * Puts the project back exactly as `before` held it (the snapshot a restore took): every
 * project table replaced in one transaction, open sessions dropped.
 */
export async function undoRestore(db: GalleyDb, before: ProjectData): Promise<void> {
  await flushAll(db);
  await db.transaction('rw', projectTables(db), async () => {
    await Promise.all(projectTables(db).map((table) => table.clear()));
    await db.pages.bulkPut(before.pages);
    await db.texts.bulkPut(before.texts);
    await db.articles.bulkPut(before.articles);
    await db.revisions.bulkPut(before.revisions);
    await db.rules.bulkPut(before.rules);
    await db.settings.bulkPut(before.settings);
  });
  await forgetSessions(db);
}

/** Article count, coverage and problem count of pages whose articles the restore changed (inside the transaction). */
async function refreshPageFigures(db: GalleyDb, pageIds: Set<string>): Promise<void> {
  for (const pageId of pageIds) {
    const [page, text, articles] = await Promise.all([
      db.pages.get(pageId),
      db.texts.get(pageId),
      db.articles.where('pageId').equals(pageId).toArray(),
    ]);
    if (!page || !text) continue;
    articles.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
    await db.pages.update(pageId, {
      articleCount: articles.length,
      coverage: coverage(text.raw, articles, page.furniture),
      problemCount: checkPage(text.raw, { pageId, articles, furniture: page.furniture }).length,
    });
  }
}
