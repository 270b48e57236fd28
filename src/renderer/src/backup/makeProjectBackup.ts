// Backing up: the whole project (pages with raw text, articles and their spans, revisions,
// rules, settings) to one file, in the core's backup format, saved where the user chooses.

import { BACKUP_EXTENSION, makeBackup, parseBackup } from '../../../core/backup';
import type { GalleyDb } from '../db/db';
import type { Host } from '../host/Host';
import { readProjectData } from './projectData';

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
): Promise<BackupSummary> {
  const data = await readProjectData(db);
  const bytes = makeBackup(data, { createdAt: now.getTime() });
  // Read back before it is saved: a backup Galley's own restore would refuse is never
  // handed to the archivist as a safe copy.
  const check = parseBackup(bytes);
  if (
    !check.ok ||
    check.data.pages.length !== data.pages.length ||
    check.data.articles.length !== data.articles.length
  )
    throw new Error(`the backup did not read back (${check.ok ? 'records missing' : check.error.code})`);
  const name = backupName(now);
  const saved = await host.saveFile(name, bytes);
  return { saved, name, pages: data.pages.length, articles: data.articles.length, bytes: bytes.byteLength };
}
