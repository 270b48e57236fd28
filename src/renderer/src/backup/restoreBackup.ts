// Restoring a backup: the core reads and checks the file (a corrupt or foreign one is
// refused before anything is touched), plans a merge by id against what the project
// holds, and the plan is written here in ONE transaction, so a failure leaves the project
// exactly as it was.

import { checkPage, coverage } from '../../../core/article';
import { parseBackup, planRestore, type BackupError, type RestorePlan } from '../../../core/backup';
import { flushAll, forgetSessions } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';
import { projectTables, readProjectTables } from './projectData';

export type RestoreOutcome =
  | { ok: true; plan: RestorePlan; createdAt: string }
  | { ok: false; error: BackupError }
  | { ok: false; error: { kind: 'storage'; detail: string } };

export async function restoreBackup(db: GalleyDb, bytes: Uint8Array): Promise<RestoreOutcome> {
  const read = parseBackup(bytes);
  if (!read.ok) return read;
  const incoming = read.data;
  await flushAll(db);
  try {
    const plan = await db.transaction('rw', projectTables(db), async () => {
      const plan = planRestore(await readProjectTables(db), incoming);
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
    return { ok: true, plan, createdAt: read.createdAt };
  } catch (e) {
    return { ok: false, error: { kind: 'storage', detail: e instanceof Error ? e.message : String(e) } };
  }
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
