import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, createDb, declareVersions } from '../../../src/renderer/src/db/db';

let opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened) db.close();
  opened = [];
});

describe('Dexie v6: learning from corrections', () => {
  it('opens a v5 database, keeps its pages and rules, and adds the learn tables', async () => {
    const name = `galley-test-${crypto.randomUUID()}`;
    const v5 = new Dexie(name);
    declareVersions(v5, 5);
    opened.push(v5);
    await v5.table('texts').put({ pageId: 'p1', raw: '近曰，区里召开会议' });
    await v5
      .table('rules')
      .put({ id: 'r1', name: 'r', find: 'a', replace: 'b', regex: false, enabled: true, order: 0 });
    v5.close();

    const db = createDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(6);
    expect((await db.texts.get('p1'))?.raw).toBe('近曰，区里召开会议');
    expect(await db.rules.count()).toBe(1);

    await db.learned.put({
      id: 'k',
      from: '近曰',
      to: '近日',
      at: 1,
      len: 1,
      sources: [],
      rejected: false,
      createdAt: 1,
    });
    await db.learnRejections.put({ id: 'k@p1:0', correctionId: 'k', pageId: 'p1', start: 0 });
    await db.learnGrams.put({ gram: '近曰', pages: ['p1'] });
    await db.learnIndexed.put({ pageId: 'p1' });
    expect(await db.learned.where('from').equals('近曰').count()).toBe(1);
    expect(await db.learnRejections.where('correctionId').equals('k').count()).toBe(1);
    expect((await db.learnGrams.get('近曰'))?.pages).toEqual(['p1']);
  });
});
