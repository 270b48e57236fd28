// A backup written from the tables as they are read: a few hundred records at a time, in
// key order (so the same project makes the same file), straight into the streaming writer
// (core/backup/stream.ts), whose gzip output is all that is kept. One read transaction, so
// the backup never mixes states from before and after a save; between two reads only
// synchronous work runs, which keeps the transaction alive.

import type { Table } from 'dexie';
import { BackupWriter } from '../../../core/backup';
import { BACKUP_TABLES, type BackupTable, type TableRecords } from '../../../core/backup/stream';
import type { GalleyDb } from '../db/db';
import { projectTables } from './projectData';

/** Records read (and written) at a time: small enough that no one step holds much. */
const CHUNK = 400;

export class BackupCancelled extends Error {
  constructor() {
    super('the backup was cancelled');
  }
}

export interface WrittenBackup {
  /** The gzip file, in the pieces the writer made. */
  parts: Uint8Array[];
  counts: Record<BackupTable, number>;
  /** Its uncompressed size. */
  size: number;
}

type KeyedTable<T> = Table<T, string>;

/** Every record of `table` in key order, CHUNK at a time, without offsets. */
async function eachChunk<T>(
  table: KeyedTable<T>,
  keyOf: (row: T) => string,
  take: (rows: T[]) => void,
): Promise<void> {
  let last: string | null = null;
  for (;;) {
    const query = last === null ? table.toCollection() : table.where(':id').above(last);
    const rows = await query.limit(CHUNK).toArray();
    if (rows.length === 0) return;
    take(rows);
    if (rows.length < CHUNK) return;
    last = keyOf(rows[rows.length - 1]);
  }
}

const KEY: { [T in BackupTable]: (row: TableRecords[T]) => string } = {
  pages: (r) => r.id,
  texts: (r) => r.pageId,
  articles: (r) => r.id,
  revisions: (r) => r.id,
  rules: (r) => r.id,
  settings: (r) => r.key,
};

export async function writeBackup(
  db: GalleyDb,
  createdAt: number,
  onProgress: (done: number, total: number) => void,
  cancelled: () => boolean,
): Promise<WrittenBackup> {
  const parts: Uint8Array[] = [];
  const writer = new BackupWriter(createdAt, (chunk) => parts.push(chunk));
  await db.transaction('r', projectTables(db), async () => {
    const sizes = await Promise.all(BACKUP_TABLES.map((t) => db[t].count()));
    const total = sizes.reduce((n, s) => n + s, 0);
    let done = 0;
    for (const name of BACKUP_TABLES) {
      const table = db[name] as unknown as KeyedTable<TableRecords[typeof name]>;
      await eachChunk(table, KEY[name] as (row: TableRecords[typeof name]) => string, (rows) => {
        if (cancelled()) throw new BackupCancelled();
        writer.add(name, rows);
        done += rows.length;
        onProgress(done, total);
      });
    }
  });
  writer.finish();
  return { parts, counts: writer.counts, size: writer.size };
}
