// @vitest-environment happy-dom
// The article the archivist is on survives a reload, and a pick made while the stored one is
// still being read is neither lost nor overwritten by it.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleSession, Selection } from '../../../src/renderer/src/articles/session/ArticleSession';
import { openSession } from '../../../src/renderer/src/articles/session/registry';
import { readSelection, writeSelection } from '../../../src/renderer/src/articles/session/selection';
import { useSelectionPersistence } from '../../../src/renderer/src/articles/useSelectionPersistence';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { fixtureText } from '../../fixtures';
import { storePage } from '../cleanup/fixtures';
import { mountPerTest } from '../support/mount';

const raw = fixtureText('12-waste-sorting');
const span = (text: string) => ({ start: raw.indexOf(text), end: raw.indexOf(text) + text.length });

let db: GalleyDb;
let session: ArticleSession;
let first: string;
let second: string;
let shown: { selection: Selection | undefined; choose: (s: Selection | undefined) => void };

/** Lets IndexedDB and React run, a little at a time inside act, until `ok` holds. */
async function until(what: string, ok: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (await ok()) return;
    await act(async () => new Promise((r) => setTimeout(r, 25)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function Probe() {
  const [selection, choose] = useSelectionPersistence(db, session);
  shown = { selection, choose };
  return null;
}

beforeEach(async () => {
  db = createDb(`galley-selection-${crypto.randomUUID()}`);
  await storePage(db, 'p1', '12-waste-sorting.txt', raw);
  session = await openSession(db, 'p1');
  session.assign([span('本报讯 10月22日一早')], { kind: 'new-article' });
  session.assign([span('垃圾分类有“积分”')], { kind: 'new-article' });
  [first, second] = session.getSnapshot().state.articles.map((a) => a.id) as [string, string];
  await session.flush();
});
afterEach(async () => {
  await db.delete();
});
const mounted = mountPerTest();

it('comes back to the stored article when the panel opens', async () => {
  await writeSelection(db, 'p1', { articleId: second });
  mounted.render(<Probe />);
  await until('the stored article', () => shown.selection?.articleId === second);
});

it('keeps and stores an article picked before the stored one was read', async () => {
  await writeSelection(db, 'p1', { articleId: second });
  mounted.render(<Probe />);
  // The stored selection is still being read from IndexedDB: pick another article now.
  act(() => shown.choose({ articleId: first }));
  await until('the pick stored', async () => (await readSelection(db, 'p1'))?.articleId === first);
  // Give the read every chance to land, then check it did not win.
  await act(async () => new Promise((r) => setTimeout(r, 50)));
  expect(shown.selection?.articleId).toBe(first);
  expect((await readSelection(db, 'p1'))?.articleId).toBe(first);
});
