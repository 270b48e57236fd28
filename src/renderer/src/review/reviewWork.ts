// The review's corpus work, the same code in the review worker (review.worker.ts) and, where
// there is no worker (unit tests), in the window: read the kept figures of a scope and rank
// them in reading order, held by a token so the window takes them a slice at a time; find
// the articles whose text holds a filter's words.

import type { GalleyDb } from '../db/db';
import { buildRows, searchableText, type ReviewRow } from './reviewRows';

export type ReviewScope = { kind: 'page'; pageId: string } | { kind: 'corpus' };

export interface ReviewWork {
  /** Reads and ranks the rows of `scope`; they are held under the token until released. */
  open(dbName: string, scope: ReviewScope): Promise<{ token: number; total: number }>;
  slice(token: number, from: number, to: number): Promise<ReviewRow[]>;
  release(token: number): Promise<void>;
  /** Ids of the articles in `scope` whose text holds `needle` (case-insensitive). */
  match(dbName: string, scope: ReviewScope, needle: string): Promise<string[]>;
}

export async function readRows(db: GalleyDb, scope: ReviewScope): Promise<ReviewRow[]> {
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

export async function matchingIds(db: GalleyDb, scope: ReviewScope, needle: string): Promise<string[]> {
  const words = needle.trim().toLowerCase();
  if (words === '') return [];
  const articles =
    scope.kind === 'page'
      ? await db.articles.where('pageId').equals(scope.pageId).toArray()
      : await db.articles.toArray();
  const out: string[] = [];
  for (const a of articles) {
    let kept = searchable.get(a.id);
    if (kept?.at !== a.updatedAt) {
      kept = { at: a.updatedAt, text: searchableText(a) };
      searchable.set(a.id, kept);
    }
    if (kept.text.includes(words)) out.push(a.id);
  }
  return out;
}

/** The work over databases found by name (the worker opens its own connection to each). */
export function reviewWork(dbOf: (name: string) => GalleyDb): ReviewWork {
  const held = new Map<number, ReviewRow[]>();
  let next = 1;
  return {
    async open(dbName, scope) {
      const rows = await readRows(dbOf(dbName), scope);
      const token = next++;
      held.set(token, rows);
      return { token, total: rows.length };
    },
    slice: (token, from, to) => Promise.resolve(held.get(token)?.slice(from, to) ?? []),
    release: (token) => {
      held.delete(token);
      return Promise.resolve();
    },
    match: (dbName, scope, needle) => matchingIds(dbOf(dbName), scope, needle),
  };
}
