// The find worker's work, run in Node on a fake IndexedDB: hits in the page list's order,
// a batch at a time with progress, cut at the hit limit, and forgotten when cancelled.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyContent, type Article } from '../../../src/core/model';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { findWork, type FindBatch, type FindWork } from '../../../src/renderer/src/find/findWork';
import type { FindQuery } from '../../../src/renderer/src/find/search';
import { pageRecord } from '../review/fixtures';

let db: GalleyDb;
let work: FindWork;
beforeEach(() => {
  db = createDb(`galley-find-${crypto.randomUUID()}`);
  // Steps of at most 20 articles, so a few small pages already take several batches.
  work = findWork(() => db, 20);
});
afterEach(async () => {
  await db.delete();
});

const query: FindQuery = { text: '己经', regex: false, caseSensitive: true };

function article(pageId: string, order: number, paragraphs: string[]): Article {
  return {
    ...emptyContent(),
    id: `${pageId}-a${order}`,
    pageId,
    order,
    status: 'draft',
    createdAt: 0,
    updatedAt: 0,
    title: { text: `标题${order}`, spans: [] },
    paragraphs: paragraphs.map((text) => ({ text, spans: [] })),
  };
}

/** `pages` pages named page-1 … page-N, each with `perPage` articles holding one hit each. */
async function seed(pages: number, perPage: number): Promise<void> {
  for (let p = 1; p <= pages; p++) {
    const id = `p${p}`;
    await db.pages.put({ ...pageRecord(id, `page-${p}.txt`, ''), articleCount: perPage });
    await db.articles.bulkPut(
      // Written last-first, so reading order comes from `order`, not from storage.
      Array.from({ length: perPage }, (_, i) => article(id, perPage - 1 - i, [`工作己经完成 ${p}`])),
    );
  }
}

async function drain(token: number): Promise<FindBatch[]> {
  const batches: FindBatch[] = [];
  for (;;) {
    const b = await work.next(token);
    batches.push(b);
    if (b.done) return batches;
  }
}

describe('the find worker', () => {
  it('streams every hit in page-list and reading order, with progress, over several batches', async () => {
    await seed(12, 6);
    const { token, pagesTotal } = await work.start(db.name, query, 100_000);
    expect(pagesTotal).toBe(12);
    const batches = await drain(token);
    expect(batches.length).toBeGreaterThan(1);
    const progress = batches.map((b) => b.pagesDone);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(12);
    const hits = batches.flatMap((b) => b.hits);
    expect(hits).toHaveLength(72);
    // page-2 before page-10 (natural order), articles in reading order on each page.
    const pageOrder = [...new Set(hits.map((h) => h.pageId))];
    expect(pageOrder.slice(0, 3)).toEqual(['p1', 'p2', 'p3']);
    expect(hits.slice(0, 3).map((h) => h.order)).toEqual([0, 1, 2]);
    expect(hits[0]).toMatchObject({ field: { kind: 'paragraph', index: 0 }, before: '工作', match: '己经' });
    const names = new Map(batches.flatMap((b) => b.pageNames));
    expect(names.get('p10')).toBe('page-10.txt');
    expect(batches.some((b) => b.truncated)).toBe(false);
  });

  it('stops at the hit limit and says the list was cut short', async () => {
    await seed(5, 10);
    const { token } = await work.start(db.name, query, 25);
    const batches = await drain(token);
    const hits = batches.flatMap((b) => b.hits);
    expect(hits).toHaveLength(25);
    expect(batches.at(-1)).toMatchObject({ done: true, truncated: true });
  });

  it('a limit met exactly on the last page is no cut', async () => {
    await seed(3, 10);
    const { token } = await work.start(db.name, query, 30);
    const batches = await drain(token);
    expect(batches.flatMap((b) => b.hits)).toHaveLength(30);
    expect(batches.at(-1)?.truncated).toBe(false);
  });

  it('forgets a cancelled search: its next batch is empty and done', async () => {
    await seed(12, 6);
    const { token } = await work.start(db.name, query, 100_000);
    const first = await work.next(token);
    expect(first.done).toBe(false);
    await work.cancel(token);
    expect(await work.next(token)).toMatchObject({ hits: [], done: true });
  });

  it('an empty project is searched at once with no hits', async () => {
    const { token, pagesTotal } = await work.start(db.name, query, 100);
    expect(pagesTotal).toBe(0);
    expect(await work.next(token)).toMatchObject({ hits: [], done: true, truncated: false });
  });
});
