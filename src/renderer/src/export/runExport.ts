// One export from the app: the export worker (exportWork.ts) reads the project from
// IndexedDB and makes the files with the very function `galley export` calls on a backup
// (core exportFiles over projectSnapshot), so both write the same bytes. A zip download is
// made and zipped there whole; files for a folder come back a batch at a time and go to the
// host's target (the desktop app's main process, or a folder the browser was given).

import { projectSnapshot } from '../../../core/backup';
import { exportProject, type ExportOptions } from '../../../core/export';
import { flushAll } from '../articles/session/registry';
import { readProjectData } from '../backup/projectData';
import type { GalleyDb } from '../db/db';
import { whileExporting } from '../db/importLock';
import { workerProgress } from '../db/workerProgress';
import type { ExportFile, ExportSummary, ExportTarget } from '../host/Host';
import { exportWorkFor } from './exportClient';
import type { ExportReach } from './exportWork';

/** The files an export of the project writes, exactly as the CLI would for a backup of it. */
export async function exportFilesOf(db: GalleyDb, options: ExportOptions): Promise<ExportFile[]> {
  return exportProject(projectSnapshot(await readProjectData(db)), options);
}

/** Files handed from the worker to the target at a time. */
const BATCH = 500;

/** What a Stop during an export throws: the dialog goes back to its choices. */
const stopped = () => new DOMException('the export was stopped', 'AbortError');

export function runExport(
  db: GalleyDb,
  options: ExportOptions,
  target: ExportTarget,
  onProgress: (done: number, total: number) => void,
  onMade: (count: number) => void = () => {},
): Promise<ExportSummary & ExportReach> {
  // The learn index waits meanwhile (db/importLock.ts).
  return whileExporting(() => exportTo(db, options, target, onProgress, onMade));
}

async function exportTo(
  db: GalleyDb,
  options: ExportOptions,
  target: ExportTarget,
  onProgress: (done: number, total: number) => void,
  onMade: (count: number) => void,
): Promise<ExportSummary & ExportReach> {
  // What the archivist sees is what gets exported: open sessions are written out first.
  await flushAll(db);
  const work = exportWorkFor(db);
  const making = workerProgress(onMade);
  if (target.saveZip) {
    const made = await work.zip(db.name, options, making.callback).finally(making.settle);
    if (!made.ok) throw stopped();
    const { zip, written, bytes, ...reach } = made;
    await target.saveZip(zip);
    onProgress(written, written);
    return { written, bytes, location: target.label, ...reach };
  }
  const made = await work.files(db.name, options, making.callback).finally(making.settle);
  if (!made.ok) throw stopped();
  const { token, total, ...reach } = made;
  onProgress(0, total);
  const summary: ExportSummary = { written: 0, bytes: 0, location: target.label };
  for (;;) {
    const batch = await work.take(token, BATCH);
    if (batch.length === 0) break;
    const before = summary.written;
    const wrote = await target.write(batch, (done) => onProgress(before + done, total));
    summary.written += wrote.written;
    summary.bytes += wrote.bytes;
    summary.location = wrote.location;
  }
  return { ...summary, ...reach };
}

/** Stops the export being made (runExport then throws an AbortError). */
export function stopExport(db: GalleyDb): Promise<void> {
  return exportWorkFor(db).cancel();
}
