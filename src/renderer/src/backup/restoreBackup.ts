// Restoring a backup: the backup worker reads and checks the file (a corrupt or foreign one
// is refused before anything is touched), plans a merge by id against what the project
// holds, and writes the plan in bounded transactions, putting everything back itself if a
// write fails part way (backup/restoreWork.ts): all or nothing. The window writes its open
// sessions first and drops them after, since they hold the states the restore replaced.
// The write holds the import lock (db/importLock.ts): the learn index over the pages it
// brings waits until it is done instead of competing with it for the database.

import type { BackupError } from '../../../core/backup';
import { flushAll, forgetSessions } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';
import { whileImporting } from '../db/importLock';
import { workerProgress } from '../db/workerProgress';
import { restoreWork } from './backupClient';
import type { Progress, RestoreSummary } from './backupWork';

export type RestoreOutcome =
  | {
      ok: true;
      plan: RestoreSummary;
      createdAt: string;
      /** Puts the project back exactly as it was before the restore (the records it replaced). */
      undo: () => Promise<void>;
      /** The undo is no longer offered: the restore's worker ends (once an undo under way is done). */
      release: () => void;
    }
  | { ok: false; error: BackupError }
  | { ok: false; error: { kind: 'storage'; detail: string } };

type RestorePreview =
  { ok: true; plan: RestoreSummary; createdAt: string } | { ok: false; error: BackupError };

/** The file previewed last, parsed and waiting in the worker for the archivist's yes. */
const previewed = new WeakMap<Blob, number>();

/** The plan shown was not wanted (Cancel): the worker holding it ends. */
export function forgetPreview(): void {
  restoreWork.end();
}

/**
 * What restoring the file would change, planned against the project as it is now and
 * written nowhere, so the archivist can look before saying yes. restoreBackup plans again
 * just before it writes, so an edit made while the question was open is not overwritten.
 * The file goes to the worker as the Blob it is (a handle, not its bytes): the window never
 * reads a backup, and the worker reads it a piece at a time (fileSource.ts).
 */
export async function previewRestore(db: GalleyDb, file: Blob): Promise<RestorePreview> {
  await flushAll(db);
  const preview = await restoreWork.workFor(db).preview(db.name, file);
  if (!preview.ok) {
    restoreWork.end();
    return preview;
  }
  previewed.set(file, preview.token);
  return { ok: true, plan: preview.plan, createdAt: preview.createdAt };
}

export async function restoreBackup(
  db: GalleyDb,
  file: Blob,
  onProgress: Progress = () => {},
): Promise<RestoreOutcome> {
  const work = restoreWork.workFor(db);
  let token = previewed.get(file);
  previewed.delete(file);
  if (token === undefined) {
    const preview = await previewRestore(db, file);
    if (!preview.ok) return preview;
    token = previewed.get(file)!;
    previewed.delete(file);
  }
  await flushAll(db);
  const progress = workerProgress(onProgress);
  const planned = token;
  const result = await whileImporting(() =>
    work.restore(db.name, planned, progress.callback).finally(progress.settle),
  );
  if (!result.ok) {
    restoreWork.end();
    return result;
  }
  // The open pages' sessions hold the states the restore replaced.
  await forgetSessions(db);
  let undoing: Promise<void> = Promise.resolve();
  return {
    ok: true,
    plan: result.plan,
    createdAt: result.createdAt,
    undo: () =>
      (undoing = (async () => {
        await flushAll(db);
        await work.undo(db.name, result.undoToken);
        await forgetSessions(db);
      })()),
    // Never ended half way through putting the project back.
    release: () => void undoing.finally(() => restoreWork.end()).catch(() => {}),
  };
}
