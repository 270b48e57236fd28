// The review's corpus work, the same code in the review worker (review.worker.ts) and, where
// there is no worker (unit tests), in the window: read the kept figures of a scope and rank
// them in reading order, then filter, sort and sum them here, so the window receives a
// list's counts and totals and afterwards only the rows it shows (a slice by place).

import type { ReviewFigures } from '../../../core/diff';
import type { ArticleStatus } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import {
  buildRows,
  filterRows,
  nextUnreviewed,
  searchableText,
  sortRows,
  statusCounts,
  totalsOf,
  type ReviewRow,
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
  /** The row of the article asked for (the one shown), if the scope holds it. */
  current: PlacedRow | null;
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
   */
  list(
    dbName: string,
    scope: ReviewScope,
    query: ReviewQuery,
    reading: string,
    currentId: string | null,
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

async function readRows(db: GalleyDb, scope: ReviewScope): Promise<ReviewRow[]> {
  return db.transaction('r', db.pages, db.figures, async () => {
    const [pages, entries] = await Promise.all([
      scope.kind === 'page' ? db.pages.where('id').equals(scope.pageId).toArray() : db.pages.toArray(),
      scope.kind === 'page'
        ? db.figures.where('pageId').equals(scope.pageId).toArray()
        : db.figures.toArray(),
    ]);
    return buildRows(pages, entries);
  });
}

/** Lower-cased text per article version: typing a filter reads the articles again, not their text. */
const searchable = new Map<string, { at: number; text: string }>();

async function matchingIds(db: GalleyDb, scope: ReviewScope, needle: string): Promise<Set<string>> {
  const words = needle.trim().toLowerCase();
  const out = new Set<string>();
  if (words === '') return out;
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
  /** Every row of the scope, in reading order. */
  rows: readonly ReviewRow[];
  listed: readonly ReviewRow[];
}

/** The work over databases found by name (the worker opens its own connection to each). */
export function reviewWork(dbOf: (name: string) => GalleyDb): ReviewWork {
  /** The rows last read per scope, with the window's count of changes they were read at. */
  const read = new Map<string, { reading: string; rows: Promise<ReviewRow[]> }>();
  const held = new Map<number, Held>();
  let next = 1;
  const placed = (h: Held | undefined, row: ReviewRow | undefined): PlacedRow | null =>
    h && row ? { row, index: h.listed.indexOf(row) } : null;
  return {
    async list(dbName, scope, query, reading, currentId) {
      const key = scopeKey(dbName, scope);
      let last = read.get(key);
      if (last?.reading !== reading) {
        last = { reading, rows: readRows(dbOf(dbName), scope) };
        read.delete(key);
        read.set(key, last);
        // The corpus and a few pages stay read; the oldest goes.
        if (read.size > KEPT_SCOPES) read.delete(read.keys().next().value!);
        last.rows.catch(() => read.delete(key));
      }
      const [rows, matches] = await Promise.all([
        last.rows,
        query.text.trim() === '' ? null : matchingIds(dbOf(dbName), scope, query.text),
      ]);
      const listed = sortRows(filterRows(rows, query.status, query.text, matches), query.sort);
      const token = next++;
      const h = { rows, listed };
      held.set(token, h);
      return {
        token,
        total: rows.length,
        counts: statusCounts(rows),
        totals: totalsOf(rows),
        listed: listed.length,
        current: placed(
          h,
          rows.find((r) => r.article.id === currentId),
        ),
      };
    },
    slice: (token, from, to) => Promise.resolve(held.get(token)?.listed.slice(from, to) ?? []),
    find(token, articleId) {
      const h = held.get(token);
      return Promise.resolve(
        placed(
          h,
          h?.rows.find((r) => r.article.id === articleId),
        ),
      );
    },
    next(token, currentId, marked) {
      const h = held.get(token);
      const pending = new Map(marked);
      const skip = new Set(
        (h?.listed ?? [])
          .filter((r) => pending.get(r.article.id) === r.article.updatedAt)
          .map((r) => r.article.id),
      );
      return Promise.resolve(placed(h, h && nextUnreviewed(h.listed, currentId, skip)));
    },
    release: (token) => {
      held.delete(token);
      return Promise.resolve();
    },
  };
}
