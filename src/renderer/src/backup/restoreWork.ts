// Writing a restore plan in bounded transactions (500 records each), reading
// the backup's own records a second time from the file as they are written, so a backup
// of 100,000 articles is never held whole, nor needs one transaction or one structured
// clone of all of it. While one transaction is written the next share is read (two queued
// at once were slower and heavier at 100,000 articles: 78.8 s and a peak of 4.77 × against
// 61.3 s and 4.16 ×). Those transactions are relaxed (not each flushed to disk) and the
// last write is strict, which flushes them all; the pages' packed figures are written
// once, after the articles. The backup's raw texts are not kept for counting figures: the
// few articles it carries none for read theirs back.
// All or nothing for the archivist all the same: before the first write, the records the
// plan replaces (or adds) are noted, and a failure part way puts them back — the same undo
// the dialog's "Undo this restore" runs later. The window has written its open sessions
// first and drops them afterwards (restoreBackup.ts).

import type { Table } from 'dexie';
import type { ProjectData, RestorePlan } from '../../../core/backup';
import type { ByteSource } from '../../../core/backup/byteSource';
import { carriedFor, type CarriedFigures } from '../../../core/backup/figures';
import { unpackedBackupReader } from '../../../core/backup/parse';
import type { RecordSink } from '../../../core/backup/readStream';
import { plannedArticle, plannedRevision, recountPage } from '../../../core/backup/restore';
import type { Revision } from '../../../core/backup/types';
import type { Article, PageText } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { articleFigures, type ReviewFigures } from '../../../core/diff';
import { entriesOf, packPage, repackPages, type PageFigures } from '../db/figuresByPage';
import { figuresWrittenIn } from '../db/figuresMiddleware';
import { projectTables } from './projectData';
import { unpackedPieces } from './unpackedPieces';

/**
 * Records a transaction: at 100,000 articles, 500 held the page's heaps at 2.86-2.91 × the
 * unpacked backup against 2.90-3.19 × with 2,000, in no more time (24-25 s).
 */
const BATCH = 500;
/** Pages whose packed figures are written a transaction. */
const PACK_BATCH = 200;
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
  file: ByteSource;
  existing: ProjectData;
  /** Emptied as the articles are written: each is written once, its figures not held past it. */
  figures: Map<string, CarriedFigures>;
}

/** The connections a restore writes through: the project's (strict) and a relaxed one to the same database. */
export interface RestoreConnections {
  db: GalleyDb;
  relaxed: GalleyDb;
}

/**
 * What the packed records of the pages a restore touched need: each page's written articles'
 * figures, gathered as a packed record's parallel lists (not an object an article: 100,000
 * of those were held until the end), and every article id written.
 */
class PagesToPack {
  readonly columns = new Map<string, PageFigures>();
  readonly written = new Set<string>();

  add(article: Article, figures: ReviewFigures, pageBefore: string | undefined): void {
    let c = this.columns.get(article.pageId);
    if (!c) this.columns.set(article.pageId, (c = packPage(article.pageId, [])));
    c.ids.push(article.id);
    c.order.push(article.order);
    c.status.push(article.status);
    c.updatedAt.push(article.updatedAt);
    c.chars.push(figures.reference_chars);
    c.insertions.push(figures.insertions);
    c.deletions.push(figures.deletions);
    c.substitutions.push(figures.substitutions);
    c.cer.push(figures.cer);
    this.written.add(article.id);
    // An article moved here from another page leaves that page's record.
    if (pageBefore !== undefined && !this.columns.has(pageBefore))
      this.columns.set(pageBefore, packPage(pageBefore, []));
  }

  /** The figures rows gathered for `pageId`, as repackPages takes them. */
  private rowsOn(pageId: string) {
    const c = this.columns.get(pageId);
    return c ? entriesOf(c) : [];
  }

  /** Every touched page's record, PACK_BATCH pages a transaction: its kept entries and the rows written. */
  async write(db: GalleyDb): Promise<void> {
    const pageIds = [...this.columns.keys()];
    for (let at = 0; at < pageIds.length; at += PACK_BATCH) {
      const ids = pageIds.slice(at, at + PACK_BATCH);
      await db.transaction('rw', db.pageFigures, async () => {
        const before = await db.pageFigures.bulkGet(ids);
        const { puts, empties } = repackPages(ids, before, this.written, (pageId) => this.rowsOn(pageId));
        await db.pageFigures.bulkPut(puts);
        await db.pageFigures.bulkDelete(empties);
      });
    }
  }
}

/**
 * Writes the plan's records, BATCH to a transaction whatever their tables (a small restore
 * is one transaction): the backup's own as the file is read again, then the rest of `put`,
 * then the pages' packed figures, then the pages to count again, read back. Each article's
 * figures (the backup's, when counted for that very content; else counted now) are kept
 * for its page's packed record, written once at the end, rather than by the figures
 * middleware, which would pack each page again in every transaction reaching it. A file that does not read as it did
 * for the plan (changed since) fails the restore, which then puts everything back.
 */
export async function writePlan(
  { db, relaxed }: RestoreConnections,
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
  // The backup's own raw texts are not held: an article whose figures it does not carry
  // (an older or hand-edited backup) is counted against its page's text read back.
  const raws = new Map(sources.existing.texts.map((t) => [t.pageId, t.raw]));
  const pageBefore = new Map(sources.existing.articles.map((a) => [a.id, a.pageId]));
  const toPack = new PagesToPack();
  /** The figures of `articles`, in the transaction writing them (after its other puts). */
  const figuresOf = async (to: GalleyDb, articles: Article[], puts: Promise<unknown>[]) => {
    const carried = articles.map((a) => {
      const kept = carriedFor(sources.figures, a.id, a);
      sources.figures.delete(a.id);
      return kept;
    });
    const unread = new Set(
      articles.filter((a, i) => !carried[i] && !raws.has(a.pageId)).map((a) => a.pageId),
    );
    const read = new Map<string, string>();
    if (unread.size > 0) {
      // The texts put in this very transaction are in before they are read back.
      await Promise.all(puts);
      const texts = await to.texts.bulkGet([...unread]);
      for (const text of texts) if (text) read.set(text.pageId, text.raw);
    }
    return articles.map(
      (a, i) => carried[i] ?? articleFigures(a, raws.get(a.pageId) ?? read.get(a.pageId) ?? ''),
    );
  };
  // The last share is committed strictly: flushed to disk, with every relaxed one before it.
  // Its puts are issued together: the database runs them in order, without a round trip
  // back to this worker between tables.
  const commit = (share: Share, last: boolean) => {
    const to = last ? db : relaxed;
    return to.transaction('rw', projectTables(to), async (tx) => {
      figuresWrittenIn(tx);
      const puts: Promise<unknown>[] = [];
      for (const [table, rows] of share.rows) puts.push(tableOf(to, table).bulkPut(rows));
      const articles = share.rows.get('articles') as Article[] | undefined;
      if (articles)
        (await figuresOf(to, articles, puts)).forEach((figures, i) =>
          toPack.add(articles[i], figures, pageBefore.get(articles[i].id)),
        );
      await Promise.all(puts);
    });
  };
  // One transaction in flight while the next share is read and cloned. A full share waits
  // until a record for the next one comes, so the last share is known when it is written.
  let inFlight: Promise<void> = Promise.resolve();
  let share = new Share();
  const full: Share[] = [];
  const add = (table: TableName, row: object) => {
    if (share.size >= BATCH) {
      full.push(share);
      share = new Share();
    }
    share.add(table, row);
  };
  const write = async (writing: Share, last: boolean) => {
    await inFlight;
    inFlight = commit(writing, last).then(() => onProgress((done += writing.size), total));
    // Its failure is met at the next await of it; not an unhandled rejection meanwhile.
    inFlight.catch(() => {});
  };
  const writeFull = async () => {
    for (let next = full.shift(); next; next = full.shift()) await write(next, false);
  };
  try {
    try {
      // Pages first, as a restore always wrote them: no article is there before its page.
      for (const row of put.pages) {
        add('pages', row);
        await writeFull();
      }
      const sink: RecordSink = {
        record(table, record) {
          if (table === 'texts') {
            const text = record as PageText;
            if (!fromBackup.texts.has(text.pageId)) return;
            add('texts', text);
          } else if (table === 'articles') {
            const article = plannedArticle(fromBackup, record as Article);
            if (article) add('articles', article);
          } else if (table === 'revisions') {
            const revision = plannedRevision(fromBackup, record as Revision);
            if (revision) add('revisions', revision);
          }
        },
        figures() {},
      };
      // Read a second time: every check passed when it was planned, and the bytes are the same.
      const body = unpackedBackupReader(sink, { checked: true });
      const pieces = unpackedPieces(sources.file);
      // Only a failure to unpack says the file changed; a failed write is told as it is.
      const next = () =>
        pieces.next().catch((e: unknown) => {
          throw new Error(
            `the backup no longer reads as it did (${e instanceof Error ? e.message : String(e)})`,
          );
        });
      let piece = await next();
      try {
        for (; !piece.done; piece = await next()) {
          body.push(piece.value);
          await writeFull();
        }
      } finally {
        await pieces.return(false);
      }
      const gzipped = piece.value;
      const read = body.finish(gzipped);
      if (!read.ok) throw new Error(`the backup no longer reads as it did (${read.error.code})`);
      for (const table of TABLES.filter((t) => t !== 'pages'))
        for (const row of put[table] as object[]) {
          add(table, row);
          await writeFull();
        }
      await writeFull();
      if (share.size > 0) await write(share, true);
      await inFlight;
    } finally {
      // A share being written when reading failed is awaited before anything is put back.
      await Promise.allSettled([inFlight]);
    }
    await toPack.write(db);
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
