import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { forgetSessions, openSession } from '../../../src/renderer/src/articles/session/registry';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { carryOverCandidates, carryOverPages } from '../../../src/renderer/src/import/carryOverPages';
import { importFiles } from '../../../src/renderer/src/import/importFiles';
import { fixture } from '../../fixtures';
import { sourceOf } from '../sourceFiles';

let db: GalleyDb;
beforeEach(() => {
  db = createDb(`galley-carry-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await forgetSessions(db);
  await db.delete();
});

const utf8 = (s: string) => new TextEncoder().encode(s);

it('carries a page’s articles over to its changed version in one undoable step, listing what changed', async () => {
  const page = fixture('05-fire-drill');
  const raw = page.raw;
  const first = await importFiles(db, [sourceOf('p/05.txt', utf8(raw))]);
  const oldId = first.pageIds[0];
  const s = await openSession(db, oldId);
  const line = (text: string) => {
    const start = raw.indexOf(text);
    return { start, end: start + text.length };
  };
  s.assign([line('本报讯 11月7日14时30分')], { kind: 'new-article' });
  s.assign([line('接到报警后，区消防救援大队调派')], { kind: 'new-article' });
  s.editText(
    s.getSnapshot().state.articles[0].id,
    { kind: 'paragraph', index: 0 },
    '本报讯　11月7日14时30分',
  );
  await s.flush();

  // A new OCR run: a line added on top, one character of the second article changed.
  const next = `第3版\n${raw.replace('区消防救援大队调派', '区消防救援大队派出')}`;
  const second = await importFiles(db, [sourceOf('p/05.txt', utf8(next))]);
  expect(second.changedPages).toEqual([{ pageId: second.pageIds[0], previousId: oldId }]);
  const offer = await carryOverCandidates(db, second.changedPages);
  expect(offer).toHaveLength(1);

  const { pages, undo } = await carryOverPages(db, offer);
  expect(pages).toHaveLength(1);
  expect(pages[0].articles).toBe(2);
  expect(pages[0].lost.map((l) => [l.oldText, l.newText])).toEqual([
    ['接到报警后，区消防救援大队调派', '接到报警后，区消防救援大队派出'],
  ]);
  const newId = second.pageIds[0];
  const carried = await db.articles.where('pageId').equals(newId).sortBy('order');
  expect(carried.map((a) => a.paragraphs[0].text)).toEqual([
    '本报讯　11月7日14时30分',
    '接到报警后，区消防救援大队调派',
  ]);
  const span = carried[0].paragraphs[0].spans[0];
  expect(next.slice(span.start, span.end)).toBe('本报讯 11月7日14时30分');
  expect((await db.pages.get(newId))?.articleCount).toBe(2);
  // The old page keeps its work.
  expect(await db.articles.where('pageId').equals(oldId).count()).toBe(2);

  await undo();
  expect(await db.articles.where('pageId').equals(newId).count()).toBe(0);
});
