import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, createDb, declareVersions } from '../../../src/renderer/src/db/db';
import { COMPACT_AFTER, keptDocNames, loadDoc, saveUpdate } from '../../../src/renderer/src/sync/docStore';

let opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened) db.close();
  opened = [];
});

describe('Dexie v7: team sync updates', () => {
  it('opens a v6 database, keeps its articles, and keeps documents compacted', async () => {
    const name = `galley-test-${crypto.randomUUID()}`;
    const v6 = new Dexie(name);
    declareVersions(v6, 6);
    opened.push(v6);
    await v6.table('texts').put({ pageId: 'p1', raw: '本报讯' });
    v6.close();

    const db = createDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(7);
    expect((await db.texts.get('p1'))?.raw).toBe('本报讯');

    // Typing, one update per key: the rows are merged once there are many, nothing lost.
    const doc = new Y.Doc();
    doc.on('update', (u: Uint8Array) => void saveUpdate(db, 'news/page/p1', u));
    const text = doc.getText('t');
    for (let i = 0; i < COMPACT_AFTER * 2; i++) text.insert(i, String(i % 10));
    await new Promise((r) => setTimeout(r, 50));
    expect(await db.syncUpdates.where('docName').equals('news/page/p1').count()).toBeLessThanOrEqual(
      COMPACT_AFTER,
    );
    const back = await loadDoc(db, 'news/page/p1');
    expect(back.getText('t').toJSON()).toBe(text.toJSON());
    expect(await keptDocNames(db)).toEqual(['news/page/p1']);
  });
});
