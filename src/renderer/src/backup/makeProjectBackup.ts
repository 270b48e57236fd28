// Backing up: the whole project (pages with raw text, articles and their spans, revisions,
// rules, settings) to one file, in the core's backup format (version 2, streamed: JSON
// Lines through gzip), saved where the user chooses.

import { BACKUP_EXTENSION } from '../../../core/backup';
import { flushAll } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';
import { whileExporting } from '../db/importLock';
import { workerProgress } from '../db/workerProgress';
import type { Host } from '../host/Host';
import { backupWorkFor } from './backupClient';
import type { Progress } from './backupWork';

export interface BackupSummary {
  saved: boolean;
  name: string;
  pages: number;
  articles: number;
  bytes: number;
}

/** `galley-2026-11-22.galley-backup`: sorts by date in a folder of backups. */
export function backupName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `galley-${stamp}.${BACKUP_EXTENSION}`;
}

export async function backUpProject(
  db: GalleyDb,
  host: Host,
  now: Date = new Date(),
  onProgress: Progress = () => {},
): Promise<BackupSummary> {
  // What the archivist sees is what gets saved: open sessions are written out first.
  await flushAll(db);
  // Read, written through gzip and read back in the backup worker (backupWork.ts), under the
  // lock an export holds: the learn index (indexing every page a restore just brought) waits
  // meanwhile rather than competing for the processor and growing its heap beside the backup's.
  const progress = workerProgress(onProgress);
  const made = await whileExporting(() =>
    backupWorkFor(db).backUp(db.name, now.getTime(), progress.callback).finally(progress.settle),
  );
  const name = backupName(now);
  if (!made.ok) return { saved: false, name, pages: 0, articles: 0, bytes: 0 };
  const saved = await host.saveFile(name, made.file);
  return { saved, name, pages: made.pages, articles: made.articles, bytes: made.file.size };
}

/** Stops the backup under way; it then resolves as not saved. */
export function cancelBackup(db: GalleyDb): Promise<void> {
  return backupWorkFor(db).cancel();
}
