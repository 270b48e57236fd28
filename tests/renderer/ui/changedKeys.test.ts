// The page list reads again only the pages a change names: puts and deletes name their
// pages, a clear names none (everything is read), other tables are no change to the list.
import 'fake-indexeddb/auto';
import { Dexie, type ObservabilitySet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { changedKeys } from '../../../src/renderer/src/ui/changedKeys';
import { pageRecord } from '../review/fixtures';

let db: GalleyDb;
let heard: ObservabilitySet[];
const listen = (parts: ObservabilitySet) => heard.push(parts);
beforeEach(async () => {
  db = createDb(`galley-changed-${crypto.randomUUID()}`);
  // Opening (creating) the database names every table whole: heard from here on.
  await db.open();
  heard = [];
  Dexie.on('storagemutated', listen);
});
afterEach(async () => {
  Dexie.on.storagemutated.unsubscribe(listen);
  await db.delete();
});

const pagesChanged = () =>
  heard.map((parts) => changedKeys(parts, db.name, 'pages')).filter((k) => k !== null);

describe('changedKeys', () => {
  it('names the pages put or deleted, and asks for everything after a clear', async () => {
    await db.pages.bulkPut([pageRecord('a', 'a.txt', 'x'), pageRecord('b', 'b.txt', 'y')]);
    await db.pages.delete('a');
    await db.pages.clear();
    const changes = pagesChanged();
    expect(changes[0]).toEqual(new Set(['a', 'b']));
    expect(changes[1]).toEqual(new Set(['a']));
    expect(changes[2]).toBe('all');
  });

  it('a change to another table is no change to the page list', async () => {
    await db.texts.put({ pageId: 'a', raw: 'x' });
    expect(pagesChanged()).toEqual([]);
  });
});
