// Backing up and restoring, the same code in the backup worker (backup.worker.ts) and, where
// there is no worker (unit tests), in the window. The worker opens the database itself, so
// the project's records never cross to the window: only the finished file (compressed), a
// plan's counts and conflicts, and progress do. A parsed backup waits here under a token
// between the preview and the archivist's yes; a restore's undo waits under another.

import { transfer } from 'comlink';
import { parseBackup, planRestore, type BackupError, type RestorePlan } from '../../../core/backup';
import { carriedFor, type CarriedFigures } from '../../../core/backup/figures';
import { concatBytes } from '../../../core/backup/gunzip';
import { countPageProblems } from '../../../core/backup/pageProblems';
import { checkBackupLines } from '../../../core/backup/parse';
import { BACKUP_TABLES } from '../../../core/backup/stream';
import type { ProjectData } from '../../../core/backup';
import type { Article } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { figuresRowOf, figuresRowWith, type ArticleFiguresRow } from '../db/figures';
import { readProjectTables, projectTables } from './projectData';
import { projectStamp } from './projectStamp';
import { applyUndo, undoOf, writePlan, type RestoreUndo } from './restoreWork';
import { BackupCancelled, writeBackup } from './writeBackup';

/** What a restore changes, without the records themselves (those stay with the worker). */
export type RestoreSummary = Omit<RestorePlan, 'put'>;

export type Progress = (done: number, total: number) => void;

export type BackupMade =
  { ok: true; file: Uint8Array; pages: number; articles: number } | { ok: false; cancelled: true };

export type PreviewResult =
  { ok: true; token: number; createdAt: string; plan: RestoreSummary } | { ok: false; error: BackupError };

export type RestoreResult =
  | { ok: true; createdAt: string; plan: RestoreSummary; undoToken: number }
  | { ok: false; error: BackupError }
  | { ok: false; error: { kind: 'storage'; detail: string } };

export interface BackupWork {
  backUp(dbName: string, createdAt: number, onProgress: Progress): Promise<BackupMade>;
  /** Stops the backup under way at its next chunk. */
  cancel(): Promise<void>;
  /** Reads and checks a backup file and plans it against the project, writing nothing. */
  preview(dbName: string, file: Uint8Array): Promise<PreviewResult>;
  /** Plans the previewed backup again (an edit since is not lost) and writes it. */
  restore(dbName: string, token: number, onProgress: Progress): Promise<RestoreResult>;
  undo(dbName: string, undoToken: number): Promise<void>;
  /** The previewed backup is not wanted (the archivist said Cancel). */
  release(token: number): Promise<void>;
}

const summaryOf = ({ put: _put, ...summary }: RestorePlan): RestoreSummary => summary;

async function readExisting(db: GalleyDb): Promise<ProjectData> {
  return db.transaction('r', projectTables(db), () => readProjectTables(db));
}

/** Each written article's figures row: the backup's when counted for that very content, else counted now. */
function figuresRows(
  existing: ProjectData,
  plan: RestorePlan,
  carried: readonly CarriedFigures[],
): (article: Article) => ArticleFiguresRow {
  const raws = new Map<string, string>();
  for (const t of existing.texts) raws.set(t.pageId, t.raw);
  for (const t of plan.put.texts) raws.set(t.pageId, t.raw);
  const byArticle = new Map(carried.map((f) => [f.articleId, f]));
  return (article) => {
    const kept = carriedFor(byArticle, article.id, article);
    return kept ? figuresRowWith(article, kept) : figuresRowOf(article, raws.get(article.pageId) ?? '');
  };
}

export function backupWork(dbOf: (name: string) => GalleyDb): BackupWork {
  let cancelled = false;
  let next = 1;
  /** A previewed backup, with its plan and the stamp of the project it was planned against. */
  const parsed = new Map<
    number,
    { data: ProjectData; createdAt: string; figures: CarriedFigures[]; plan: RestorePlan; stamp: string }
  >();
  const undos = new Map<number, RestoreUndo>();
  return {
    async backUp(dbName, createdAt, onProgress) {
      cancelled = false;
      let written;
      try {
        written = await writeBackup(dbOf(dbName), createdAt, onProgress, () => cancelled);
      } catch (e) {
        if (e instanceof BackupCancelled) return { ok: false, cancelled: true };
        throw e;
      }
      const file = concatBytes(written.parts);
      // Read back before it is handed out: a backup whose lines Galley's own restore would
      // refuse is never given to the archivist as a safe copy. Checked line by line without
      // keeping its records, so the worker never holds the project twice.
      const check = checkBackupLines(file);
      const missing = check.ok && BACKUP_TABLES.some((t) => check.counts[t] !== written.counts[t]);
      if (!check.ok || missing)
        throw new Error(`the backup did not read back (${check.ok ? 'records missing' : check.error.code})`);
      const made = {
        ok: true as const,
        file,
        pages: written.counts.pages,
        articles: written.counts.articles,
      };
      return transfer(made, [file.buffer]);
    },
    async cancel() {
      cancelled = true;
    },
    async preview(dbName, file) {
      const read = parseBackup(file);
      if (!read.ok) return read;
      const existing = await readExisting(dbOf(dbName));
      const plan = planRestore(existing, read.data);
      const token = next++;
      // One backup waits at a time: a file previewed and never restored is not kept.
      parsed.clear();
      const stamp = projectStamp(existing);
      parsed.set(token, { data: read.data, createdAt: read.createdAt, figures: read.figures, plan, stamp });
      return { ok: true, token, createdAt: read.createdAt, plan: summaryOf(plan) };
    },
    async restore(dbName, token, onProgress) {
      const incoming = parsed.get(token);
      parsed.delete(token);
      if (!incoming)
        return { ok: false, error: { kind: 'storage', detail: 'the backup was not read first' } };
      const db = dbOf(dbName);
      try {
        const existing = await readExisting(db);
        // Planned again only if the project changed since the plan was shown.
        const unchanged = projectStamp(existing) === incoming.stamp;
        const plan = unchanged ? incoming.plan : planRestore(existing, incoming.data);
        countPageProblems(existing, incoming.data, plan);
        const undo = undoOf(existing, plan);
        await writePlan(db, plan, undo, figuresRows(existing, plan, incoming.figures), onProgress);
        const undoToken = next++;
        undos.set(undoToken, undo);
        return { ok: true, createdAt: incoming.createdAt, plan: summaryOf(plan), undoToken };
      } catch (e) {
        return { ok: false, error: { kind: 'storage', detail: e instanceof Error ? e.message : String(e) } };
      }
    },
    async undo(dbName, undoToken) {
      const undo = undos.get(undoToken);
      if (!undo) throw new Error('this restore can no longer be undone');
      await applyUndo(dbOf(dbName), undo);
      undos.delete(undoToken);
    },
    async release(token) {
      parsed.delete(token);
    },
  };
}
