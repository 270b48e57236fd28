// One export from the app: the project read from IndexedDB, turned into files by the very
// function `galley export` calls on a backup (core exportProject over projectSnapshot), so
// both write the same bytes; then handed to the host's target (a folder or a zip).

import { projectSnapshot } from '../../../core/backup';
import { exportProject, type ExportOptions } from '../../../core/export';
import { exportFiles, pagesWithoutArticles, selectForExport } from '../../../core/export/exportProject';
import { skippedVersions, type SkippedVersion } from '../../../core/export/superseded';
import { readProjectData } from '../backup/projectData';
import type { GalleyDb } from '../db/db';
import type { ExportFile, ExportSummary, ExportTarget } from '../host/Host';

/** The files an export of the project writes, exactly as the CLI would for a backup of it. */
export async function exportFilesOf(db: GalleyDb, options: ExportOptions): Promise<ExportFile[]> {
  return exportProject(projectSnapshot(await readProjectData(db)), options);
}

const SLICE_MS = 30;

/**
 * The same files, made page by page (core exportFiles, which exportProject collects) with a
 * pause every few milliseconds, so a large corpus does not freeze the window while its
 * files are made; `onMade` counts them.
 */
export async function makeExportFiles(
  db: GalleyDb,
  options: ExportOptions,
  onMade: (count: number) => void,
): Promise<ExportFile[]> {
  const files: ExportFile[] = [];
  let pause = performance.now() + SLICE_MS;
  for (const file of exportFiles(projectSnapshot(await readProjectData(db)), options)) {
    files.push(file);
    if (performance.now() > pause) {
      onMade(files.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
      pause = performance.now() + SLICE_MS;
    }
  }
  return files;
}

export async function runExport(
  db: GalleyDb,
  options: ExportOptions,
  target: ExportTarget,
  onProgress: (done: number, total: number) => void,
  onMade: (count: number) => void = () => {},
): Promise<ExportSummary & ExportReach> {
  const files = await makeExportFiles(db, options, onMade);
  onProgress(0, files.length);
  const summary = await target.write(files, onProgress);
  return { ...summary, ...(await exportReach(db, options)) };
}

interface ExportReach {
  articles: number;
  /** Earlier versions of pages left out: a newer version of each was imported. */
  skipped: SkippedVersion[];
  /** Relative paths of pages in the scope left out because they have no articles in it. */
  empty: string[];
}

/** How many articles the export wrote, and which pages it skipped (earlier versions, no articles). */
async function exportReach(db: GalleyDb, options: ExportOptions): Promise<ExportReach> {
  const [pages, articles] = await Promise.all([db.pages.toArray(), db.articles.toArray()]);
  const byPage = new Map<string, typeof articles>();
  for (const a of articles) {
    const list = byPage.get(a.pageId);
    if (list) list.push(a);
    else byPage.set(a.pageId, [a]);
  }
  const project = { pages: pages.map((page) => ({ page, articles: byPage.get(page.id) ?? [] })) };
  return {
    articles: selectForExport(project, options.scope).reduce((n, p) => n + p.articles.length, 0),
    skipped: skippedVersions(project.pages, options.scope),
    empty: pagesWithoutArticles(project, options.scope),
  };
}
