// One export from the app: the project read from IndexedDB, turned into files by the very
// function `galley export` calls on a backup (core exportProject over projectSnapshot), so
// both write the same bytes; then handed to the host's target (a folder or a zip).

import { projectSnapshot } from '../../../core/backup';
import { exportProject, type ExportOptions } from '../../../core/export';
import { readProjectData } from '../backup/projectData';
import type { GalleyDb } from '../db/db';
import type { ExportFile, ExportSummary, ExportTarget } from '../host/Host';

/** The files an export of the project writes, exactly as the CLI would for a backup of it. */
export async function exportFilesOf(db: GalleyDb, options: ExportOptions): Promise<ExportFile[]> {
  return exportProject(projectSnapshot(await readProjectData(db)), options);
}

export async function runExport(
  db: GalleyDb,
  options: ExportOptions,
  target: ExportTarget,
  onProgress: (done: number, total: number) => void,
): Promise<ExportSummary & { articles: number }> {
  const files = await exportFilesOf(db, options);
  onProgress(0, files.length);
  const summary = await target.write(files, onProgress);
  return { ...summary, articles: await countArticles(db, options) };
}

async function countArticles(db: GalleyDb, options: ExportOptions): Promise<number> {
  const pages = options.scope.pages === 'all' ? null : new Set(options.scope.pages);
  return db.articles
    .filter((a) => (pages === null || pages.has(a.pageId)) && (!options.scope.reviewedOnly || a.status === 'reviewed'))
    .count();
}
