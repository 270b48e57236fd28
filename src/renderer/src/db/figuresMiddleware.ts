// Keeps the `figures` table (v5) in step with `articles` whoever writes them: the page's
// session, a step over many pages, a restored backup. Every read-write transaction over
// articles also covers figures and texts, and each article put there gets its figures row
// counted against its page's raw text in the same transaction, so a row is never older
// than its article; a deleted article's row goes with it.

import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Transaction,
} from 'dexie';
import type { Article } from '../../../core/model';
import { figuresRowOf } from './figures';

const ARTICLES = 'articles';
const FIGURES = 'figures';
const TEXTS = 'texts';

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

export const figuresMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'articleFigures',
  create(down) {
    const hasFigures = down.schema.tables.some((t) => t.name === FIGURES);
    if (!hasFigures) return {};
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
    const figures = (): DBCoreTable => down.table(FIGURES);

    async function follow(req: DBCoreMutateRequest): Promise<void> {
      if (req.type === 'deleteRange') {
        await figures().mutate({ type: 'deleteRange', trans: req.trans, range: req.range });
      } else if (req.type === 'delete') {
        await figures().mutate({ type: 'delete', trans: req.trans, keys: req.keys });
      } else {
        const articles = (req.values as Article[]).filter((a) => a && typeof a.pageId === 'string');
        if (articles.length === 0) return;
        const rows = await Promise.all(
          articles.map(async (a) => figuresRowOf(a, await rawOf(req.trans, a.pageId))),
        );
        await figures().mutate({ type: 'put', trans: req.trans, values: rows });
      }
    }

    return {
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes(ARTICLES)
            ? [...new Set([...stores, FIGURES, TEXTS])]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
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
