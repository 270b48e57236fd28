// Writing a restore plan in bounded transactions (a few thousand records each), reading
// the backup's own records a second time from the file as they are written, so a backup
// of 100,000 articles is never held whole, nor needs one transaction or one structured
// clone of all of it. While one transaction is written the next share is read.
// All or nothing for the archivist all the same: before the first write, the records the
// plan replaces (or adds) are noted, and a failure part way puts them back — the same undo
// the dialog's "Undo this restore" runs later. The window has written its open sessions
// first and drops them afterwards (restoreBackup.ts).

import type { Table } from 'dexie';
import type { ProjectData, RestorePlan } from '../../../core/backup';
import { carriedFor, type FiguresByArticle } from '../../../core/backup/figures';
import { backupRecordSteps } from '../../../core/backup/parse';
import type { RecordSink } from '../../../core/backup/readStream';
import { plannedArticle, plannedRevision, recountPage } from '../../../core/backup/restore';
import type { Revision } from '../../../core/backup/types';
import type { Article, PageText } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { figuresRowOf, figuresRowWith } from '../db/figures';
import { figuresWrittenIn } from '../db/figuresMiddleware';
import { projectTables } from './projectData';

/** Records a transaction: each commit is flushed to disk (strict durability), so not too few. */
const BATCH = 2000;
/** Pages counted again (their articles read back) a transaction. */
const RECOUNT_BATCH = 100;

type TableName = keyof ProjectData;
const TABLES: TableName[] = ['pages', 'texts', 'articles', 'revisions', 'rules', 'settings'];

/** What puts the project back: per table, the earlier records to write again and the new keys to remove. */
export type RestoreUndo = { [T in TableName]: { restore: ProjectData[T]; remove: string[] } };

const keyOf = (table: TableName, record: object): string =>
  table === 'texts'
    ? (record as { pageId: string }).pageId
    : table === 'settings'
      ? (record as { key: string }).key
      : (record as { id: string }).id;

/** The keys the plan writes, per table (the pages its articles land on and the pages it counts again too). */
function writtenKeys(plan: RestorePlan): Record<TableName, Set<string>> {
  const { put, fromBackup } = plan;
  const keys = Object.fromEntries(
    TABLES.map((t) => [t, new Set(put[t].map((r: object) => keyOf(t, r)))]),
  ) as Record<TableName, Set<string>>;
  for (const id of fromBackup.texts) keys.texts.add(id);
  for (const [id, w] of fromBackup.articles) {
    keys.articles.add(id);
    keys.pages.add(w.pageId);
  }
  for (const w of fromBackup.revisions.values()) keys.revisions.add(w.id);
  for (const a of put.articles) keys.pages.add(a.pageId);
  for (const id of plan.recount) keys.pages.add(id);
  return keys;
}

/** The earlier state of every record the plan writes (and of every page whose articles it changes). */
export function undoOf(existing: ProjectData, plan: RestorePlan): RestoreUndo {
  const undo = Object.fromEntries(
    TABLES.map((t) => [t, { restore: [], remove: [] }]),
  ) as unknown as RestoreUndo;
  const written = writtenKeys(plan);
  for (const table of TABLES) {
    const before = new Map<string, object>(existing[table].map((r: object) => [keyOf(table, r), r]));
    for (const key of written[table]) {
      const earlier = before.get(key);
      if (earlier) (undo[table].restore as object[]).push(earlier);
      else undo[table].remove.push(key);
    }
  }
  return undo;
}

function tableOf(db: GalleyDb, name: TableName): Table<object, string> {
  return db[name];
}

/** Writes `rows` into `name`, BATCH records a transaction. */
async function putInBatches(db: GalleyDb, name: TableName, rows: readonly object[]): Promise<void> {
  for (let at = 0; at < rows.length; at += BATCH) {
    const batch = rows.slice(at, at + BATCH);
    await db.transaction('rw', projectTables(db), () => tableOf(db, name).bulkPut(batch));
  }
}

/** One transaction's share of the plan: records of any tables, up to BATCH in all. */
class Share {
  readonly rows = new Map<TableName, object[]>();
  size = 0;

  add(table: TableName, row: object): void {
    const list = this.rows.get(table);
    if (list) list.push(row);
    else this.rows.set(table, [row]);
    this.size++;
  }
}

/** What writing needs besides the plan: the project as it was, and the backup's carried figures. */
export interface WriteSources {
  /** The backup file (read again: its texts, articles and revisions). */
  file: Uint8Array;
  existing: ProjectData;
  figures: FiguresByArticle;
}

/**
 * Writes the plan's records, BATCH to a transaction whatever their tables (a small restore
 * is one transaction): the backup's own as the file is read again, then the rest of `put`,
 * then the pages to count again, read back. Each article is written with its figures row
 * (the backup's, when counted for that very content; else counted now), here rather than
 * one article at a time by the figures middleware. A file that does not read as it did
 * for the plan (changed since) fails the restore, which then puts everything back.
 */
export async function writePlan(
  db: GalleyDb,
  plan: RestorePlan,
  undo: RestoreUndo,
  sources: WriteSources,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const { put, fromBackup } = plan;
  const total =
    fromBackup.texts.size +
    fromBackup.articles.size +
    fromBackup.revisions.size +
    TABLES.reduce((n, t) => n + put[t].length, 0) +
    plan.recount.length;
  let done = 0;
  const raws = new Map(sources.existing.texts.map((t) => [t.pageId, t.raw]));
  const figuresRow = (article: Article) => {
    const kept = carriedFor(sources.figures, article.id, article);
    return kept ? figuresRowWith(article, kept) : figuresRowOf(article, raws.get(article.pageId) ?? '');
  };
  const commit = (share: Share) =>
    db.transaction('rw', [...projectTables(db), db.figures], async (tx) => {
      figuresWrittenIn(tx);
      for (const [table, rows] of share.rows) {
        await tableOf(db, table).bulkPut(rows);
        if (table === 'articles') await db.figures.bulkPut((rows as Article[]).map(figuresRow));
      }
    });
  // One transaction in flight while the next share is read and cloned.
  let inFlight: Promise<void> = Promise.resolve();
  let share = new Share();
  const flush = async () => {
    if (share.size === 0) return;
    const writing = share;
    share = new Share();
    await inFlight;
    inFlight = commit(writing).then(() => onProgress((done += writing.size), total));
    // Its failure is met at the next await of it; not an unhandled rejection meanwhile.
    inFlight.catch(() => {});
  };
  try {
    try {
      // Pages first, as a restore always wrote them: no article is there before its page.
      for (const row of put.pages) {
        share.add('pages', row);
        if (share.size >= BATCH) await flush();
      }
      const sink: RecordSink = {
        record(table, record) {
          if (table === 'texts') {
            const text = record as PageText;
            if (!fromBackup.texts.has(text.pageId)) return;
            raws.set(text.pageId, text.raw);
            share.add('texts', text);
          } else if (table === 'articles') {
            const article = plannedArticle(fromBackup, record as Article);
            if (article) share.add('articles', article);
          } else if (table === 'revisions') {
            const revision = plannedRevision(fromBackup, record as Revision);
            if (revision) share.add('revisions', revision);
          }
        },
        figures() {},
      };
      const steps = backupRecordSteps(sources.file, sink);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) {
          if (!step.value.ok)
            throw new Error(`the backup no longer reads as it did (${step.value.error.code})`);
          break;
        }
        if (share.size >= BATCH) await flush();
      }
      for (const table of TABLES.filter((t) => t !== 'pages'))
        for (const row of put[table] as object[]) {
          share.add(table, row);
          if (share.size >= BATCH) await flush();
        }
      await flush();
    } finally {
      // A share being written when reading failed is awaited before anything is put back.
      await inFlight;
    }
    await recount(db, plan.recount, () => onProgress(++done, total));
  } catch (error) {
    // Part of the plan may be written: the project goes back to where it was.
    await applyUndo(db, undo);
    throw error;
  }
}

/** Each page's article count, coverage and problem count from its articles as written. */
async function recount(db: GalleyDb, pageIds: readonly string[], onPage: () => void): Promise<void> {
  for (let at = 0; at < pageIds.length; at += RECOUNT_BATCH) {
    const ids = pageIds.slice(at, at + RECOUNT_BATCH);
    await db.transaction('rw', [db.pages, db.texts, db.articles], async () => {
      const [pages, texts] = await Promise.all([db.pages.bulkGet(ids), db.texts.bulkGet(ids)]);
      const counted = [];
      for (const [i, page] of pages.entries()) {
        const raw = texts[i]?.raw;
        if (!page || raw === undefined) continue;
        counted.push(recountPage(page, raw, await db.articles.where('pageId').equals(page.id).toArray()));
      }
      await db.pages.bulkPut(counted);
    });
    for (let i = 0; i < ids.length; i++) onPage();
  }
}

/** Puts back every record the restore replaced and removes every one it added. */
export async function applyUndo(db: GalleyDb, undo: RestoreUndo): Promise<void> {
  for (const table of TABLES) {
    const { remove, restore } = undo[table];
    for (let at = 0; at < remove.length; at += BATCH)
      await db.transaction('rw', projectTables(db), () =>
        tableOf(db, table).bulkDelete(remove.slice(at, at + BATCH)),
      );
    await putInBatches(db, table, restore);
  }
}
