// Keeps each page's packed review figures (`pageFigures`, v8, figuresByPage.ts) in step with
// `articles` whoever writes them: the page's session, a step over many pages, a restored
// backup. Every read-write transaction over articles also covers pageFigures and texts, and
// each article put there is counted against its page's raw text and its page's record
// written again in the same transaction, so a page's figures are never older than its
// articles; a deleted article leaves its page's record with it. (Before v10 each article
// also had a row of its own in `figures`: twice the records to write for nothing a query
// needed, which was half of what a 100,000-article restore cost the database.)

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
const TEXTS = 'texts';
const PAGE_FIGURES = 'pageFigures';

/** Transactions whose writer packs the pages of the articles it writes itself (see figuresWrittenIn). */
const writtenByCaller = new WeakSet<object>();

/**
 * Inside `trans`, article writes leave `pageFigures` alone: the caller writes the packed
 * record of every page it touched itself, once, after its last write (a restore keeps the
 * figures a backup carries, or counts them in bulk, and packs each page once rather than in
 * every transaction that reaches it).
 */
export function figuresWrittenIn(trans: Transaction): void {
  writtenByCaller.add(trans.idbtrans);
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
 * middleware widens them); not while an upgrade before v8 runs (v8's upgrade packs every
 * page then).
 */
function packsIn(trans: DBCoreTransaction): boolean {
  return (trans as unknown as IDBTransaction).objectStoreNames.contains(PAGE_FIGURES);
}

/** The page of each article a write replaces or deletes, read before it. */
async function pagesBefore(articles: DBCoreTable, req: DBCoreMutateRequest): Promise<Map<string, string>> {
  const { trans } = req;
  let found: (Article | undefined)[];
  if (req.type === 'deleteRange') {
    const query = { index: articles.schema.primaryKey, range: req.range };
    found = (await articles.query({ trans, query, values: true })).result as Article[];
  } else {
    const keys = req.type === 'delete' ? req.keys : (req.values as Article[]).map((a) => a?.id);
    found = (await articles.getMany({ trans, keys })) as (Article | undefined)[];
  }
  return new Map(found.filter((a) => a !== undefined).map((a) => [a.id, a.pageId]));
}

export const figuresMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'articleFigures',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === PAGE_FIGURES)) return {};
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
    const pageFigures = down.table(PAGE_FIGURES);

    /** The pages of the articles written or deleted, packed again (`before`: their pages before the write). */
    async function repack(req: DBCoreMutateRequest, before: Map<string, string>, failed: Set<number>) {
      const { trans } = req;
      const written =
        req.type === 'put' || req.type === 'add'
          ? (req.values as Article[]).filter((a, i) => !failed.has(i) && a && typeof a.pageId === 'string')
          : [];
      const rows = await Promise.all(
        written.map(async (a): Promise<ArticleFiguresRow> => figuresRowOf(a, await rawOf(trans, a.pageId))),
      );
      // Rows that failed stay as they were: only the others leave their page.
      const gone = new Set(
        req.type === 'put' || req.type === 'add' ? written.map((a) => a.id) : before.keys(),
      );
      const added = new Map<string, Map<string, ArticleFiguresRow>>();
      for (const r of rows) {
        let onPage = added.get(r.pageId);
        if (!onPage) added.set(r.pageId, (onPage = new Map<string, ArticleFiguresRow>()));
        onPage.set(r.articleId, r); // a key put twice: the last is kept
      }
      const movedFrom = [...gone].map((id) => before.get(id)).filter((p) => p !== undefined);
      const pageIds = [...new Set([...movedFrom, ...added.keys()])];
      if (pageIds.length === 0) return;
      const packed = (await pageFigures.getMany({ trans, keys: pageIds })) as (PageFigures | undefined)[];
      const { puts, empties } = repackPages(pageIds, packed, gone, (pageId) => [
        ...(added.get(pageId)?.values() ?? []),
      ]);
      if (puts.length > 0) await pageFigures.mutate({ type: 'put', trans, values: puts });
      if (empties.length > 0) await pageFigures.mutate({ type: 'delete', trans, keys: empties });
    }

    return {
      transaction(stores, mode, options) {
        if (mode !== 'readwrite' || !stores.includes(ARTICLES))
          return down.transaction(stores, mode, options);
        return down.transaction([...new Set([...stores, TEXTS, PAGE_FIGURES])], mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== ARTICLES) return table;
        return {
          ...table,
          async mutate(req) {
            if (!packsIn(req.trans) || writtenByCaller.has(req.trans)) return table.mutate(req);
            const before = await pagesBefore(table, req);
            const res = await table.mutate(req);
            await repack(req, before, new Set(Object.keys(res.failures).map(Number)));
            return res;
          },
        };
      },
    };
  },
};
