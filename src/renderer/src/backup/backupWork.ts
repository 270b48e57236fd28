// Backing up and restoring, the same code in the backup worker (backup.worker.ts) and, where
// there is no worker (unit tests), in the window. The worker opens the database itself, so
// the project's records never cross to the window: only the finished file (compressed), a
// plan's counts and conflicts, and progress do. A previewed backup waits here under a token
// between the preview and the archivist's yes, as its file (the Blob the archivist chose,
// not its bytes) and its plan: its records are read as they stream past to plan, and read
// again to be written, a piece of the file at a time, never held all at once. A restore's
// undo waits under another token.

import type { BackupError, RestorePlan } from '../../../core/backup';
import type { ByteSource } from '../../../core/backup/byteSource';
import type { CarriedFigures } from '../../../core/backup/figures';
import { unpackLimit } from '../../../core/backup/format';
import {
  backupLinesCheck,
  readBackupRecords,
  unpackedBackupReader,
  type LinesCheck,
  type StreamedRead,
} from '../../../core/backup/parse';
import { RestorePlanner } from '../../../core/backup/restore';
import type { RecordSink } from '../../../core/backup/readStream';
import { BACKUP_TABLES } from '../../../core/backup/stream';
import type { ProjectData } from '../../../core/backup';
import type { GalleyDb } from '../db/db';
import type { DbOf } from '../db/workers';
import { fileSource } from './fileSource';
import { gunzipPieces, unpackedPieces } from './unpackedPieces';
import { readProjectTables, projectTables } from './projectData';
import { projectStamp } from './projectStamp';
import { applyUndo, undoOf, writePlan, type RestoreUndo } from './restoreWork';
import { BackupCancelled, writeBackup } from './writeBackup';

/** What a restore changes, without the records themselves (those stay with the worker). */
export type RestoreSummary = Pick<RestorePlan, 'conflicts' | 'counts' | 'skippedArticles'>;

export type Progress = (done: number, total: number) => void;

export type BackupMade =
  { ok: true; file: Blob; pages: number; articles: number } | { ok: false; cancelled: true };

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
  preview(dbName: string, file: Blob): Promise<PreviewResult>;
  /** Plans the previewed backup again (an edit since is not lost) and writes it. */
  restore(dbName: string, token: number, onProgress: Progress): Promise<RestoreResult>;
  undo(dbName: string, undoToken: number): Promise<void>;
}

const summaryOf = ({ conflicts, counts, skippedArticles }: RestorePlan): RestoreSummary => ({
  conflicts,
  counts,
  skippedArticles,
});

async function readExisting(db: GalleyDb): Promise<ProjectData> {
  return db.transaction('r', projectTables(db), () => readProjectTables(db));
}

type Planned = { read: StreamedRead; plan: RestorePlan; figures: Map<string, CarriedFigures> };

/** A plan made as the records of `read` stream past (into its sink), with the carried figures. */
async function planWith(
  existing: ProjectData,
  read: (sink: RecordSink) => Promise<StreamedRead | null>,
): Promise<Planned | null> {
  const planner = new RestorePlanner(existing);
  const figures = new Map<string, CarriedFigures>();
  const streamed = await read({
    record: (table, record) => planner.record(table, record),
    figures: (row) => figures.set(row.articleId, row),
  });
  if (!streamed) return null;
  const plan = planner.finish();
  // Only the figures of articles the restore writes are wanted.
  for (const id of figures.keys()) if (!plan.fromBackup.articles.has(id)) figures.delete(id);
  return { read: streamed, plan, figures };
}

/**
 * A backup's plan against the project, made as its records stream past, with every check:
 * unpacked by the platform's gzip (unpackedPieces.ts says why), and only when that fails,
 * read again through core's gunzip to say exactly why (cut short, CRC, too large).
 */
async function planOf(existing: ProjectData, file: ByteSource): Promise<Planned> {
  const native = await planWith(existing, async (sink) => {
    const body = unpackedBackupReader(sink);
    const pieces = unpackedPieces(file);
    try {
      let piece = await pieces.next();
      for (; !piece.done; piece = await pieces.next()) body.push(piece.value);
      return body.finish(piece.value);
    } catch {
      return null;
    }
  });
  return native ?? (await planWith(existing, async (sink) => readBackupRecords(file, sink)))!;
}

/** The backup just made, unpacked and checked line by line (a damaged gzip is `backup.corrupt`). */
async function checkReadBack(file: Blob): Promise<LinesCheck> {
  const check = backupLinesCheck();
  try {
    for await (const piece of gunzipPieces(file.stream(), unpackLimit(file.size))) check.push(piece);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { kind: 'corrupt', code: 'backup.bad-compression', detail } };
  }
  return check.finish();
}

export function backupWork(dbOf: DbOf): BackupWork {
  let cancelled = false;
  let next = 1;
  /** A previewed backup: its file, plan and figures, and the stamp of the project it was planned against. */
  const previewed = new Map<
    number,
    {
      file: Blob;
      createdAt: string;
      figures: Map<string, CarriedFigures>;
      plan: RestorePlan;
      stamp: string;
    }
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
      // Handed out as a Blob, made here from the writer's pieces (never joined into one
      // array): the window saves it without copying its bytes on its own thread (a 13 MB
      // copy there was its longest task of a backup).
      const file = new Blob(written.parts as BlobPart[], { type: 'application/gzip' });
      written.parts.length = 0;
      // Read back from the Blob before it is handed out: a backup whose lines Galley's own
      // restore would refuse is never given to the archivist as a safe copy. Checked line by
      // line without keeping its records (the worker never holds the project twice), through
      // the platform's gzip (unpackedPieces.ts says why not fflate's).
      const check = await checkReadBack(file);
      const missing = check.ok && BACKUP_TABLES.some((t) => check.counts[t] !== written.counts[t]);
      if (!check.ok || missing)
        throw new Error(`the backup did not read back (${check.ok ? 'records missing' : check.error.code})`);
      return {
        ok: true,
        file,
        pages: written.counts.pages,
        articles: written.counts.articles,
      };
    },
    async cancel() {
      cancelled = true;
    },
    async preview(dbName, file) {
      // One backup waits at a time: a file previewed and never restored is not kept.
      previewed.clear();
      const existing = await readExisting(dbOf(dbName));
      const { read, plan, figures } = await planOf(existing, await fileSource(file));
      if (!read.ok) return read;
      const token = next++;
      const stamp = projectStamp(existing);
      previewed.set(token, { file, createdAt: read.createdAt, figures, plan, stamp });
      return { ok: true, token, createdAt: read.createdAt, plan: summaryOf(plan) };
    },
    async restore(dbName, token, onProgress) {
      const incoming = previewed.get(token);
      previewed.delete(token);
      if (!incoming)
        return { ok: false, error: { kind: 'storage', detail: 'the backup was not read first' } };
      const db = dbOf(dbName);
      try {
        const existing = await readExisting(db);
        // Planned again only if the project changed since the plan was shown.
        let { plan, figures } = incoming;
        const file = await fileSource(incoming.file);
        if (projectStamp(existing) !== incoming.stamp) {
          const again = await planOf(existing, file);
          if (!again.read.ok) return again.read;
          ({ plan, figures } = again);
        }
        const undo = undoOf(existing, plan);
        const sources = { file, existing, figures };
        await writePlan({ db, relaxed: dbOf(dbName, 'relaxed') }, plan, undo, sources, onProgress);
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
  };
}
