// A backup written from the tables as they are read: a few thousand records at a time, in
// key order (so the same project makes the same file), straight into the streaming writer
// (core/backup/stream.ts), whose gzip output is all that is kept. One read transaction, so
// the backup never mixes states from before and after a save; between two reads only
// synchronous work runs, which keeps the transaction alive.

import type { Table } from 'dexie';
import { BackupWriter } from '../../../core/backup';
import { contentKey, FIGURES_VERSION, type CarriedFigures } from '../../../core/backup/figures';
import type { Article } from '../../../core/model';
import { BACKUP_TABLES, type BackupTable, type TableRecords } from '../../../core/backup/stream';
import type { GalleyDb } from '../db/db';
import { figuresAt, type PageFigures } from '../db/figuresByPage';
import { projectTables } from './projectData';

/** Records read (and written) at a time: few round trips, and still no step holds much. */
const CHUNK = 2000;
/** Pages' packed figures read at a time: ~40 articles' each, so about CHUNK articles' figures. */
const PACKED_CHUNK = 50;

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

/**
 * Every record of `table` in key order, CHUNK at a time, without offsets. The next chunk is
 * asked for before this one is taken: the database reads it while this one is written.
 */
async function eachChunk<T>(
  table: KeyedTable<T>,
  keyOf: (row: T) => string,
  take: (rows: T[]) => void,
  size = CHUNK,
): Promise<void> {
  let rows = await table.toCollection().limit(size).toArray();
  while (rows.length > 0) {
    const next =
      rows.length < size
        ? null
        : table
            .where(':id')
            .above(keyOf(rows[rows.length - 1]))
            .limit(size)
            .toArray();
    // A backup stopped here aborts the transaction: that read's failure is not news.
    next?.catch(() => {});
    take(rows);
    if (!next) return;
    rows = await next;
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

/** The figures of a page's packed record still counted for their article as backed up (a stale one is left out). */
function carriedOf(
  packed: PageFigures,
  articles: ReadonlyMap<string, { updatedAt: number; key: string }>,
): CarriedFigures[] {
  const carried: CarriedFigures[] = [];
  packed.ids.forEach((articleId, i) => {
    const article = articles.get(articleId);
    if (article?.updatedAt === packed.updatedAt[i])
      carried.push({ articleId, v: FIGURES_VERSION, key: article.key, figures: figuresAt(packed, i) });
  });
  return carried;
}

export async function writeBackup(
  db: GalleyDb,
  createdAt: number,
  onProgress: (done: number, total: number) => void,
  cancelled: () => boolean,
): Promise<WrittenBackup> {
  const parts: Uint8Array[] = [];
  const writer = new BackupWriter(createdAt, (chunk) => parts.push(chunk), { level: 1 });
  /** Each article's time and content key: its stored figures are carried when counted for it. */
  const articles = new Map<string, { updatedAt: number; key: string }>();
  await db.transaction('r', [...projectTables(db), db.pageFigures], async () => {
    const sizes = await Promise.all([...BACKUP_TABLES.map((t) => db[t].count()), db.pageFigures.count()]);
    const total = sizes.reduce((n, s) => n + s, 0);
    let done = 0;
    const step = (count: number) => {
      if (cancelled()) throw new BackupCancelled();
      onProgress((done += count), total);
    };
    for (const name of BACKUP_TABLES) {
      const table = db[name] as unknown as KeyedTable<TableRecords[typeof name]>;
      await eachChunk(table, KEY[name] as (row: TableRecords[typeof name]) => string, (rows) => {
        writer.add(name, rows);
        if (name === 'articles')
          for (const a of rows as Article[])
            articles.set(a.id, { updatedAt: a.updatedAt, key: contentKey(a) });
        step(rows.length);
      });
    }
    // The figures lines follow the pages' packed records, a page at a time in reading order.
    const packed = db.pageFigures as unknown as KeyedTable<PageFigures>;
    await eachChunk(
      packed,
      (p) => p.pageId,
      (pages) => {
        writer.addFigures(pages.flatMap((p) => carriedOf(p, articles)));
        step(pages.length);
      },
      PACKED_CHUNK,
    );
  });
  writer.finish();
  return { parts, counts: writer.counts, size: writer.size };
}
