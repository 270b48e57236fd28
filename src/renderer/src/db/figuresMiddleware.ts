// Keeps the `figures` table (v5) in step with `articles` whoever writes them: the page's
// session, a step over many pages, a restored backup. Every read-write transaction over
// articles also covers figures and texts, and each article put there gets its figures row
// counted against its page's raw text in the same transaction, so a row is never older
// than its article; a deleted article's row goes with it. Whoever writes `figures` (this
// middleware, a restore, an upgrade), the pages whose rows change get their packed record
// in `pageFigures` (v8, figuresByPage.ts) written again in that same transaction.

import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Transaction,
} from 'dexie';
import type { Article } from '../../../core/model';
import { figuresRowOf, type ArticleFiguresRow } from './figures';
import { repackPages, type PageFigures } from './figuresByPage';

const ARTICLES = 'articles';
const FIGURES = 'figures';
const TEXTS = 'texts';
const PAGE_FIGURES = 'pageFigures';

/** Transactions that write their articles' figures rows themselves (see figuresWrittenIn). */
const writtenByCaller = new WeakSet<object>();

/**
 * Inside `trans`, article writes leave `figures` alone: the caller puts every written
 * article's row itself in the same transaction (a restore keeps the figures a backup
 * carries, or counts them in bulk, instead of one article at a time here).
 */
export function figuresWrittenIn(trans: Transaction): void {
  writtenByCaller.add(trans.idbtrans);
}

/** Transactions whose writer packs the pages of the figures rows it writes itself (see pagesPackedIn). */
const packedByCaller = new WeakSet<object>();

/**
 * Inside `trans`, figures writes leave `pageFigures` alone: the caller writes the packed
 * record of every page it touched itself, once, after its last write (a restore of
 * thousands of rows a transaction would otherwise read every row before writing it, and
 * pack a page again in each transaction that reaches it).
 */
export function pagesPackedIn(trans: Transaction): void {
  packedByCaller.add(trans.idbtrans);
}

/** Raw texts a transaction's writer already holds, by page id (see rawTextIn). */
const heldRaws = new WeakMap<object, Map<string, string>>();

/**
 * Inside `trans`, the raw text of page `pageId` is `raw`: the figures of its articles are
 * counted against it without reading the page's text again. An open page's session holds
 * its text and writes every few hundred milliseconds while the archivist types.
 */
export function rawTextIn(trans: Transaction, pageId: string, raw: string): void {
  let byPage = heldRaws.get(trans.idbtrans);
  if (!byPage) heldRaws.set(trans.idbtrans, (byPage = new Map<string, string>()));
  byPage.set(pageId, raw);
}

/**
 * `pageFigures` is in this transaction's scope: always in the app's read-write ones (the
 * middleware widens them); not while an upgrade to v5..v7 runs, before v8 made the table
 * (v8's upgrade packs every page then).
 */
function packsIn(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).objectStoreNames.contains(PAGE_FIGURES);
}

/** The figures rows a write replaces or deletes, read before it. */
async function rowsBefore(figures: DBCoreTable, req: DBCoreMutateRequest): Promise<ArticleFiguresRow[]> {
  const { trans } = req;
  if (req.type === 'deleteRange') {
    const query = { index: figures.schema.primaryKey, range: req.range };
    return (await figures.query({ trans, query, values: true })).result as ArticleFiguresRow[];
  }
  const keys = req.type === 'delete' ? req.keys : (req.values as ArticleFiguresRow[]).map((r) => r.articleId);
  const rows = (await figures.getMany({ trans, keys })) as (ArticleFiguresRow | undefined)[];
  return rows.filter((r) => r !== undefined);
}

/** `figures` writing through, each write's pages packed again in `pageFigures` after it. */
function packingFigures(figures: DBCoreTable, pageFigures: DBCoreTable): DBCoreTable {
  return {
    ...figures,
    async mutate(req) {
      if (!packsIn(req.trans) || packedByCaller.has(req.trans)) return figures.mutate(req);
      const before = await rowsBefore(figures, req);
      const res = await figures.mutate(req);
      const written =
        req.type === 'put' || req.type === 'add'
          ? (req.values as ArticleFiguresRow[]).filter((_, i) => !res.failures[i])
          : [];
      // Rows that failed stay as they were: only the others leave their page.
      const gone = new Set(
        req.type === 'put' || req.type === 'add'
          ? written.map((r) => r.articleId)
          : before.map((r) => r.articleId),
      );
      const added = new Map<string, Map<string, ArticleFiguresRow>>();
      for (const r of written) {
        let onPage = added.get(r.pageId);
        if (!onPage) added.set(r.pageId, (onPage = new Map<string, ArticleFiguresRow>()));
        onPage.set(r.articleId, r); // a key put twice: the last is kept
      }
      const pageIds = [...new Set([...before.map((r) => r.pageId), ...added.keys()])];
      if (pageIds.length === 0) return res;
      const { trans } = req;
      const packed = (await pageFigures.getMany({ trans, keys: pageIds })) as (PageFigures | undefined)[];
      const { puts, empties } = repackPages(pageIds, packed, gone, (pageId) => [
        ...(added.get(pageId)?.values() ?? []),
      ]);
      if (puts.length > 0) await pageFigures.mutate({ type: 'put', trans, values: puts });
      if (empties.length > 0) await pageFigures.mutate({ type: 'delete', trans, keys: empties });
      return res;
    },
  };
}

export const figuresMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'articleFigures',
  create(down) {
    const has = (name: string) => down.schema.tables.some((t) => t.name === name);
    if (!has(FIGURES)) return {};
    const packs = has(PAGE_FIGURES);
    const raws = new WeakMap<DBCoreTransaction, Map<string, Promise<string>>>();
    const rawOf = (trans: DBCoreTransaction, pageId: string): Promise<string> => {
      let byPage = raws.get(trans);
      if (!byPage) raws.set(trans, (byPage = new Map<string, Promise<string>>()));
      let raw = byPage.get(pageId);
      const held = heldRaws.get(trans)?.get(pageId);
      if (!raw && held !== undefined) byPage.set(pageId, (raw = Promise.resolve(held)));
      if (!raw) {
        raw = down
          .table(TEXTS)
          .get({ trans, key: pageId })
          .then((t: { raw?: string } | undefined) => t?.raw ?? '');
        byPage.set(pageId, raw);
      }
      return raw;
    };
    const figures: DBCoreTable = packs
      ? packingFigures(down.table(FIGURES), down.table(PAGE_FIGURES))
      : down.table(FIGURES);

    async function follow(req: DBCoreMutateRequest): Promise<void> {
      if (req.type === 'deleteRange') {
        await figures.mutate({ type: 'deleteRange', trans: req.trans, range: req.range });
      } else if (req.type === 'delete') {
        await figures.mutate({ type: 'delete', trans: req.trans, keys: req.keys });
      } else {
        const articles = (req.values as Article[]).filter((a) => a && typeof a.pageId === 'string');
        if (articles.length === 0) return;
        const rows = await Promise.all(
          articles.map(async (a) => figuresRowOf(a, await rawOf(req.trans, a.pageId))),
        );
        await figures.mutate({ type: 'put', trans: req.trans, values: rows });
      }
    }

    return {
      transaction(stores, mode, options) {
        if (mode !== 'readwrite') return down.transaction(stores, mode, options);
        const widened = new Set(stores);
        if (widened.has(ARTICLES)) [FIGURES, TEXTS].forEach((s) => widened.add(s));
        if (packs && widened.has(FIGURES)) widened.add(PAGE_FIGURES);
        return down.transaction([...widened], mode, options);
      },
      table(name) {
        if (name === FIGURES) return figures;
        const table = down.table(name);
        if (name !== ARTICLES) return table;
        return {
          ...table,
          async mutate(req) {
            const res = await table.mutate(req);
            if (!writtenByCaller.has(req.trans)) await follow(req);
            return res;
          },
        };
      },
    };
  },
};
