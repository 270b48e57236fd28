// The review's corpus work, the same code in the review worker (review.worker.ts) and, where
// there is no worker (unit tests), in the window: read a scope's packed figures (one record a
// page, db/figuresByPage.ts) and rank them in reading order, then filter, sort and sum them
// here, so the window receives a list's counts and totals and afterwards only the rows it
// shows (a slice by place), each read from its article as it is asked for.

import type { ReviewFigures } from '../../../core/diff';
import { releaseProxy } from 'comlink';
import type { Article, ArticleStatus, Page } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { figuresRowWith, type ArticleFiguresRow } from '../db/figures';
import { figuresAt, type PageFigures } from '../db/figuresByPage';
import {
  firstRows,
  inReadingOrder,
  listRanks,
  nextUnreviewed,
  rankOf,
  rowOf,
  scopeOf,
  searchableText,
  textMatch,
  type ReviewRow,
  type ScopeFigures,
  type SortKey,
  type StatusFilter,
} from './reviewRows';

export type ReviewScope = { kind: 'page'; pageId: string } | { kind: 'corpus' };

export interface ReviewQuery {
  status: StatusFilter;
  /** Words any field of the article, its short name or its page's name holds. */
  text: string;
  sort: SortKey;
}

/** A list made for a query, held in the worker under `token` until released. */
export interface ReviewList {
  token: number;
  /** Articles in the scope, whatever the filters. */
  total: number;
  counts: Record<ArticleStatus, number>;
  /** The figures summed over every article in the scope. */
  totals: ReviewFigures;
  /** Rows the filters let through, in the order asked. */
  listed: number;
  /** Which of the scope's pages have one-owner problems ('' for none): see reviewRows' problemKey. */
  problems: string;
  /** The row of the article asked for (the one shown), if the scope holds it. */
  current: PlacedRow | null;
  /** The listed rows at the places asked for with the list (`shown`): they come in the same answer. */
  rows: ReviewRow[];
}

/** A row and its place in the list (-1: in the scope, filtered out). */
export interface PlacedRow {
  row: ReviewRow;
  index: number;
}

export interface ReviewWork {
  /**
   * Filters, sorts and sums the scope's rows. They are read from the database again only
   * when `reading` differs from the last list's for the scope: the window names each state it
   * has seen (a view opened, then each change counted), never twice.
   * `currentId`'s row comes with the list, so the article shown is never older than it.
   * The rows at places `shown[0]` up to `shown[1]` come with it (the table's, so it needs no
   * second round trip to draw them). `onOpening` (a comlink proxy from the window) is given the scope's first rows in reading
   * order before the rest is read, when the scope is read afresh (else the list comes at once).
   */
  list(
    dbName: string,
    scope: ReviewScope,
    query: ReviewQuery,
    reading: string,
    currentId: string | null,
    shown?: readonly [number, number],
    onOpening?: ((opening: Opening) => void) | null,
  ): Promise<ReviewList>;
  /** The listed rows from place `from` up to `to`. */
  slice(token: number, from: number, to: number): Promise<ReviewRow[]>;
  /** The article's row in the scope, and its place in the list. */
  find(token: number, articleId: string): Promise<PlacedRow | null>;
  /**
   * The next listed article after `currentId` not yet reviewed; `marked` holds articles just
   * marked reviewed, with the version the list showed then (their new status is on its way).
   */
  next(token: number, currentId: string | null, marked: [string, number][]): Promise<PlacedRow | null>;
  release(token: number): Promise<void>;
}

/**
 * The first rows of a scope in reading order, sent to the window as soon as they are read,
 * before the whole scope is: the review shows them while it reads and sums the rest.
 */
export interface Opening {
  /** Articles the scope's pages hold (each page row's `articleCount`): the list's length unfiltered. */
  total: number;
  rows: ReviewRow[];
}

/** Rows in an opening: a screenful or two (a tall window shows about 40). */
export const OPENING_ROWS = 100;

/** Lets go of the window's callback: comlink holds a port open for it until then. */
const letGo = (callback: object) => (callback as { [releaseProxy]?: () => void })[releaseProxy]?.();

/** An article's row with its figures from its page's packed record, if the record holds it. */
function keptRows(packed: readonly (PageFigures | undefined)[]) {
  const byPage = new Map(packed.filter((p) => p !== undefined).map((p) => [p.pageId, p]));
  return (article: Article): ArticleFiguresRow | undefined => {
    const record = byPage.get(article.pageId);
    const at = record ? record.ids.indexOf(article.id) : -1;
    return at < 0 ? undefined : figuresRowWith(article, figuresAt(record!, at));
  };
}

/**
 * The first pages' articles with their figures from the pages' packed records: an article a
 * packed record does not yet hold (a write still counting) waits for the whole list.
 */
async function keptRowsOf(db: GalleyDb, pages: readonly Page[]): Promise<ArticleFiguresRow[]> {
  const ids = pages.map((p) => p.id);
  const [articles, packed] = await Promise.all([
    db.articles.where('pageId').anyOf(ids).toArray(),
    db.pageFigures.bulkGet(ids),
  ]);
  const rowOf = keptRows(packed);
  return articles.map(rowOf).filter((r) => r !== undefined);
}

/**
 * A scope's pages and their packed figures, read in one transaction. With `open`, the first
 * pages' articles and packed records in reading order are asked for before the packed records
 * of every page (a transaction answers in the order asked), and sent as the opening.
 */
async function readScope(
  db: GalleyDb,
  scope: ReviewScope,
  open: ((opening: Opening) => void) | null,
): Promise<ScopeFigures> {
  return db.transaction('r', db.pages, db.pageFigures, db.articles, async () => {
    const pagesRead =
      scope.kind === 'page' ? db.pages.where('id').equals(scope.pageId).toArray() : db.pages.toArray();
    const packedOf = () =>
      scope.kind === 'page'
        ? db.pageFigures.where('pageId').equals(scope.pageId).toArray()
        : db.pageFigures.toArray();
    if (!open) {
      const [pages, packed] = await Promise.all([pagesRead, packedOf()]);
      return scopeOf(pages, packed);
    }
    const pages = await pagesRead;
    const ordered = inReadingOrder(pages);
    const first: Page[] = [];
    for (let n = 0, i = 0; n < OPENING_ROWS && i < ordered.length; i++)
      if (ordered[i].articleCount > 0) {
        first.push(ordered[i]);
        n += ordered[i].articleCount;
      }
    const keptRead = keptRowsOf(db, first);
    const packedRead = packedOf();
    const kept = await keptRead;
    open({
      total: pages.reduce((n, p) => n + p.articleCount, 0),
      rows: firstRows(ordered, kept, OPENING_ROWS),
    });
    return scopeOf(ordered, await packedRead);
  });
}

/** Lower-cased text per article version: typing a filter reads the articles again, not their text. */
const searchable = new Map<string, { at: number; text: string }>();

async function matchingIds(db: GalleyDb, scope: ReviewScope, needle: string): Promise<Set<string>> {
  const words = needle.trim().toLowerCase();
  const out = new Set<string>();
  const articles =
    scope.kind === 'page'
      ? await db.articles.where('pageId').equals(scope.pageId).toArray()
      : await db.articles.toArray();
  for (const a of articles) {
    let kept = searchable.get(a.id);
    if (kept?.at !== a.updatedAt) {
      kept = { at: a.updatedAt, text: searchableText(a) };
      searchable.set(a.id, kept);
    }
    if (kept.text.includes(words)) out.add(a.id);
  }
  return out;
}

const scopeKey = (dbName: string, scope: ReviewScope) =>
  `${dbName}\n${scope.kind === 'page' ? scope.pageId : ''}`;

const KEPT_SCOPES = 4;

interface Held {
  db: GalleyDb;
  scope: ScopeFigures;
  /** The ranks listed, in the order asked. */
  listed: Int32Array;
}

/**
 * The rows of the articles at `ranks`, each from its article and its page's packed record
 * read now (a screen of rows is an article each and a page or two), so as new as the
 * database.
 */
async function rowsAt(h: Held, ranks: ArrayLike<number>): Promise<ReviewRow[]> {
  const list = Array.from(ranks);
  const { db, scope } = h;
  const pageIds = [...new Set(list.map((r) => scope.pages[scope.pageOf[r]].page.id))];
  const [articles, packed] = await db.transaction('r', db.articles, db.pageFigures, () =>
    Promise.all([db.articles.bulkGet(list.map((r) => scope.ids[r])), db.pageFigures.bulkGet(pageIds)]),
  );
  const kept = keptRows(packed);
  return list.map((r, i) => rowOf(scope, r, articles[i] && kept(articles[i])));
}

/** The article at `rank` and its place in the list (-1: filtered out); null for no rank. */
async function placedAt(h: Held | undefined, rank: number): Promise<PlacedRow | null> {
  if (!h || rank < 0) return null;
  const [row] = await rowsAt(h, [rank]);
  return { row, index: h.listed.indexOf(rank) };
}

/** The work over databases found by name (the worker opens its own connection to each). */
export function reviewWork(dbOf: (name: string) => GalleyDb): ReviewWork {
  /** The scope last read per scope key, with the window's name of the state it was read at. */
  const read = new Map<string, { reading: string; scope: Promise<ScopeFigures> }>();
  const held = new Map<number, Held>();
  let next = 1;
  return {
    async list(dbName, scope, query, reading, currentId, shown = [0, 0], onOpening = null) {
      const key = scopeKey(dbName, scope);
      const db = dbOf(dbName);
      let last = read.get(key);
      if (last?.reading !== reading) {
        last = { reading, scope: readScope(db, scope, onOpening) };
        read.delete(key);
        read.set(key, last);
        // The corpus and a few pages stay read; the oldest goes.
        if (read.size > KEPT_SCOPES) read.delete(read.keys().next().value!);
        last.scope.catch(() => read.delete(key));
      }
      const searched = query.text.trim() !== '';
      const [figures, matches] = await Promise.all([
        last.scope,
        searched ? matchingIds(db, scope, query.text) : null,
      ]).finally(() => onOpening && letGo(onOpening));
      const text = matches ? textMatch(figures, query.text, matches) : null;
      const h: Held = { db, scope: figures, listed: listRanks(figures, query.status, text, query.sort) };
      const token = next++;
      held.set(token, h);
      return {
        token,
        total: figures.ids.length,
        counts: figures.counts,
        totals: figures.totals,
        listed: h.listed.length,
        problems: figures.problems,
        current: await placedAt(h, rankOf(figures, currentId)),
        rows: await rowsAt(h, h.listed.subarray(shown[0], shown[1])),
      };
    },
    async slice(token, from, to) {
      const h = held.get(token);
      return h ? rowsAt(h, h.listed.subarray(from, to)) : [];
    },
    find(token, articleId) {
      const h = held.get(token);
      return placedAt(h, h ? rankOf(h.scope, articleId) : -1);
    },
    next(token, currentId, marked) {
      const h = held.get(token);
      if (!h) return Promise.resolve(null);
      const pending = new Map(marked);
      const { ids, updatedAt } = h.scope;
      const place = nextUnreviewed(h.scope, h.listed, currentId, (r) => pending.get(ids[r]) === updatedAt[r]);
      return placedAt(h, place < 0 ? -1 : h.listed[place]);
    },
    release: (token) => {
      held.delete(token);
      return Promise.resolve();
    },
  };
}
