// The one IndexedDB database of Galley, through Dexie. Every schema version is declared
// in full (Dexie's rule), oldest first, so a database written by any earlier Galley opens
// and is upgraded in place. Raw texts live in their own table: the page list reads
// `pages` only and never loads a raw text (see docs/ARCHITECTURE.md, "Dexie schema").

import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { CleanupRule, Revision, Setting } from '../../../core/backup/types';
import { checkPage } from '../../../core/article/check';
import type { Article, Page, PageText } from '../../../core/model';
import type { LearnedCorrection, RejectedHit } from '../../../core/learn/types';
import { figuresRowOf, type ArticleFiguresRow } from './figures';
import { packPage, type PageFigures } from './figuresByPage';
import { figuresMiddleware } from './figuresMiddleware';

export type GalleyDb = Dexie & {
  pages: EntityTable<Page, 'id'>;
  texts: EntityTable<PageText, 'pageId'>;
  settings: EntityTable<Setting, 'key'>;
  articles: EntityTable<Article, 'id'>;
  revisions: EntityTable<Revision, 'id'>;
  rules: EntityTable<CleanupRule, 'id'>;
  pageFigures: EntityTable<PageFigures, 'pageId'>;
  learned: EntityTable<LearnedCorrection, 'id'>;
  learnRejections: EntityTable<RejectedHit, 'id'>;
  learnGrams: EntityTable<GramRow, 'gram'>;
  learnIndexed: EntityTable<IndexedPage, 'pageId'>;
  syncUpdates: EntityTable<SyncUpdateRow, 'seq'>;
};

/** One Yjs update of a shared document (team sync, sync/docStore.ts compacts them). */
export interface SyncUpdateRow {
  seq: number;
  docName: string;
  update: Uint8Array;
}

/** The bigram index of raw texts (learn/): the pages holding each pair of characters. */
export interface GramRow {
  gram: string;
  pages: string[];
}

/** A page whose raw text is in the bigram index. */
export interface IndexedPage {
  pageId: string;
  /** The bigrams' version (core/learn/grams.ts GRAMS_VERSION); older rows are indexed again. */
  grams?: number;
}

const V1 = {
  pages: 'id, name, relativePath, sha256, importedAt',
  texts: 'pageId',
  settings: 'key',
};
const V2 = {
  ...V1,
  articles: 'id, pageId, [pageId+order], status, updatedAt',
  revisions: 'id, articleId, [articleId+createdAt]',
};
const V3 = { ...V2, rules: 'id, order' };
const V5 = { ...V3, figures: 'articleId, pageId' };
/**
 * v6, learning from corrections: learned corrections, rejected hits, the bigram index of
 * raw texts and the pages it holds. Only the new tables: Dexie keeps the ones earlier
 * versions declared.
 */
const V6 = {
  learned: 'id, from',
  learnRejections: 'id, correctionId',
  learnGrams: 'gram',
  learnIndexed: 'pageId',
};

/** v7, team sync: the Yjs updates of each shared page document (sync/). */
const V7 = { syncUpdates: '++seq, docName' };

/** v8, the review's figures packed one record a page (db/figuresByPage.ts). */
const V8 = { pageFigures: 'pageId' };

/**
 * v9: articles lose their `status` and `updatedAt` indexes, which no query reads: every
 * article written (each save, 100,000 in a restore) updated both for nothing.
 */
const V9 = { articles: 'id, pageId, [pageId+order]' };

/**
 * v10: the `figures` table (one row an article, v5) goes: `pageFigures` holds every figure
 * it held, a review row's short name is read from its article, and writing a second record
 * for every article was half of what a 100,000-article restore cost the database (the
 * browser-review bench: 100,000 puts of ~150 µs each in IndexedDB's own process).
 */
const V10 = { figures: null };

export const CURRENT_VERSION = 10;

/** Page fields added in v2; v1 pages get them when the database is upgraded. */
async function fillArticleFields(tx: Transaction): Promise<void> {
  await tx
    .table<Partial<Page>>('pages')
    .toCollection()
    .modify((page) => {
      page.furniture ??= [];
      page.articleCount ??= 0;
      page.coverage ??= 0;
    });
}

/**
 * v4 (no index changes): pages gain `problemCount` (and may carry `handOrdered`). Pages
 * with articles or furniture are checked once here, so the page list shows their problems
 * before they are next edited; the others have none.
 */
async function countProblems(tx: Transaction): Promise<void> {
  const pages = tx.table<Page, string>('pages');
  const texts = tx.table<PageText, string>('texts');
  const articles = tx.table<Article, string>('articles');
  const all = await pages.toArray();
  for (const page of all) {
    if (page.articleCount === 0 && page.furniture.length === 0) {
      await pages.update(page.id, { problemCount: 0 });
      continue;
    }
    const [text, list] = await Promise.all([
      texts.get(page.id),
      articles.where('[pageId+order]').between([page.id, Dexie.minKey], [page.id, Dexie.maxKey]).toArray(),
    ]);
    const problems = checkPage(text?.raw ?? '', {
      pageId: page.id,
      articles: list,
      furniture: page.furniture,
    });
    await pages.update(page.id, { problemCount: problems.length });
  }
}

/** v5: every article's review figures counted once and kept in `figures`, page by page. */
async function countFigures(tx: Transaction): Promise<void> {
  const pages = await tx.table<Page, string>('pages').toArray();
  const texts = tx.table<PageText, string>('texts');
  const articles = tx.table<Article, string>('articles');
  const figures = tx.table<ArticleFiguresRow, string>('figures');
  for (const page of pages) {
    const list = await articles.where('pageId').equals(page.id).toArray();
    if (list.length === 0) continue;
    const raw = (await texts.get(page.id))?.raw ?? '';
    await figures.bulkPut(list.map((a) => figuresRowOf(a, raw)));
  }
}

/** Pages packed per upgrade write: a few hundred records of ~40 articles each. */
const PACK_BATCH = 200;

/**
 * v8: every page's figures rows packed into its `pageFigures` record, a page at a time (an
 * index query each, never the whole table in memory at once).
 */
async function packFigures(tx: Transaction): Promise<void> {
  const figures = tx.table<ArticleFiguresRow, string>('figures');
  const packed = tx.table<PageFigures, string>('pageFigures');
  const pageIds = (await figures.orderBy('pageId').uniqueKeys()) as string[];
  for (let at = 0; at < pageIds.length; at += PACK_BATCH) {
    const batch = pageIds.slice(at, at + PACK_BATCH);
    const rows = await Promise.all(batch.map((id) => figures.where('pageId').equals(id).toArray()));
    await packed.bulkPut(batch.map((id, i) => packPage(id, rows[i])));
  }
}

/**
 * Declares schema versions 1..`upTo` on `db`. Only the migration test passes a lower
 * `upTo`, to write a database the way an older Galley did.
 */
export function declareVersions(db: Dexie, upTo: number = CURRENT_VERSION): void {
  db.version(1).stores(V1);
  if (upTo >= 2) db.version(2).stores(V2).upgrade(fillArticleFields);
  if (upTo >= 3) db.version(3).stores(V3);
  if (upTo >= 4) db.version(4).stores(V3).upgrade(countProblems);
  if (upTo >= 5) db.version(5).stores(V5).upgrade(countFigures);
  if (upTo >= 6) db.version(6).stores(V6);
  if (upTo >= 7) db.version(7).stores(V7);
  if (upTo >= 8) db.version(8).stores(V8).upgrade(packFigures);
  if (upTo >= 9) db.version(9).stores(V9);
  if (upTo >= 10) db.version(10).stores(V10);
}

/**
 * Strict: a committed write is flushed to disk before Dexie says so (Chromium's default
 * since 83 is relaxed, which a power cut can undo); the archivist's work is worth the fsync.
 * Relaxed only for a connection whose writer ends with a strict commit, which flushes its
 * earlier commits too (a restore's many bounded transactions).
 */
export type Durability = 'strict' | 'relaxed';

export function createDb(name: string, durability: Durability = 'strict'): GalleyDb {
  const db = new Dexie(name, { chromeTransactionDurability: durability }) as GalleyDb;
  declareVersions(db);
  db.use(figuresMiddleware);
  return db;
}

/** The app's database. Dexie opens it on first use. */
export const db = createDb('galley');
