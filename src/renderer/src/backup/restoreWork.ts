// Writing a restore plan in bounded transactions (a few thousand records each), so a backup
// of 100,000 articles never needs one transaction, or one structured clone, of all of it.
// All or nothing for the archivist all the same: before the first write, the records the
// plan replaces (or adds) are noted, and a failure part way puts them back — the same undo
// the dialog's "Undo this restore" runs later. The window has written its open sessions
// first and drops them afterwards (restoreBackup.ts).

import type { Table } from 'dexie';
import type { ProjectData, RestorePlan } from '../../../core/backup';
import type { Article } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import type { ArticleFiguresRow } from '../db/figures';
import { figuresWrittenIn } from '../db/figuresMiddleware';
import { projectTables } from './projectData';

/** Records a transaction: each commit is flushed to disk (strict durability), so not too few. */
const BATCH = 2000;

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

/** The earlier state of every record the plan writes (and of every page whose articles it changes). */
export function undoOf(existing: ProjectData, plan: RestorePlan): RestoreUndo {
  const undo = Object.fromEntries(
    TABLES.map((t) => [t, { restore: [], remove: [] }]),
  ) as unknown as RestoreUndo;
  const refreshed = new Set(plan.put.articles.map((a) => a.pageId));
  for (const table of TABLES) {
    const before = new Map<string, object>(existing[table].map((r: object) => [keyOf(table, r), r]));
    const keys = new Set(plan.put[table].map((r: object) => keyOf(table, r)));
    if (table === 'pages') for (const id of refreshed) keys.add(id);
    for (const key of keys) {
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

/** Writes `rows` into `name`, BATCH records a transaction; `onBatch` counts them. */
async function putInBatches(
  db: GalleyDb,
  name: TableName,
  rows: readonly object[],
  onBatch: (count: number) => void,
): Promise<void> {
  for (let at = 0; at < rows.length; at += BATCH) {
    const batch = rows.slice(at, at + BATCH);
    await db.transaction('rw', projectTables(db), () => tableOf(db, name).bulkPut(batch));
    onBatch(batch.length);
  }
}

/** One transaction's share of the plan: slices of tables, up to BATCH records in all. */
type Share = { table: TableName; rows: object[] }[];

function sharesOf(put: ProjectData): Share[] {
  const shares: Share[] = [[]];
  let size = 0;
  for (const table of TABLES) {
    const rows: object[] = put[table];
    for (let at = 0; at < rows.length;) {
      if (size === BATCH) {
        shares.push([]);
        size = 0;
      }
      const slice = rows.slice(at, at + BATCH - size);
      shares[shares.length - 1].push({ table, rows: slice });
      size += slice.length;
      at += slice.length;
    }
  }
  return shares;
}

/**
 * Writes the plan's records, BATCH to a transaction whatever their tables (a small restore
 * is one transaction), each article with its figures row (`figuresRow`: kept from the
 * backup or counted in bulk), written here rather than one article at a time by the figures
 * middleware. The plan carries its pages' figures already (planRestore, countPageProblems).
 */
export async function writePlan(
  db: GalleyDb,
  plan: RestorePlan,
  undo: RestoreUndo,
  figuresRow: (article: Article) => ArticleFiguresRow,
  onProgress: (done: number, total: number) => void,
): Promise<void> {
  const total = TABLES.reduce((n, t) => n + plan.put[t].length, 0);
  let done = 0;
  try {
    for (const share of sharesOf(plan.put)) {
      await db.transaction('rw', [...projectTables(db), db.figures], async (tx) => {
        figuresWrittenIn(tx);
        for (const { table, rows } of share) {
          await tableOf(db, table).bulkPut(rows);
          if (table === 'articles') await db.figures.bulkPut((rows as Article[]).map(figuresRow));
        }
      });
      onProgress((done += share.reduce((n, s) => n + s.rows.length, 0)), total);
    }
  } catch (error) {
    // Part of the plan may be written: the project goes back to where it was.
    await applyUndo(db, undo);
    throw error;
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
    await putInBatches(db, table, restore, () => {});
  }
}
