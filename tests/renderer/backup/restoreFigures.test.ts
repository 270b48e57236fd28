// A restore writes each article's review figures and each page's problem count itself: kept
// from the backup when counted for that very article, counted otherwise (an older backup,
// an article edited in the file), the same numbers the review would show for the project
// the backup came from; a failing restore leaves the figures as they were too.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { gunzipSync } from 'fflate';
import { streamBackup } from '../../../src/core/backup';
import { countedFigures } from '../../../src/core/backup/figures';
import { forgetSessions, openSession } from '../../../src/renderer/src/articles/session/registry';
import { backUpProject } from '../../../src/renderer/src/backup/makeProjectBackup';
import { readProjectData } from '../../../src/renderer/src/backup/projectData';
import { previewRestore, restoreBackup } from '../../../src/renderer/src/backup/restoreBackup';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import type { Host } from '../../../src/renderer/src/host/Host';
import { addPage, spanIn } from '../review/fixtures';
import { keptFigures, keptFiguresOf } from '../db/keptFigures';

/** A backup file as the archivist's file chooser gives it. */
const asFile = (bytes: Uint8Array) => new Blob([bytes as BlobPart]);

let db: GalleyDb;
let other: GalleyDb;

beforeEach(async () => {
  db = createDb(`galley-figures-${crypto.randomUUID()}`);
  other = createDb(`galley-figures-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await forgetSessions(db);
  await forgetSessions(other);
  await db.delete();
  await other.delete();
});

/** Two articles on a page, one corrected by hand (so its figures are not all zero). */
async function buildProject(target: GalleyDb): Promise<void> {
  const raw = await addPage(target, 'p1', '05-fire-drill.txt');
  const s = await openSession(target, 'p1');
  s.assign([spanIn(raw, '本报讯 11月7日14时30分')], { kind: 'new-article' });
  const a = s.getSnapshot().state.articles[0].id;
  s.editText(a, { kind: 'paragraph', index: 0 }, '本报讯　11月7日14时30分，');
  s.assign([spanIn(raw, '全区校园消防安全综合演练')], { kind: 'new-article' });
  await s.flush();
}

const rows = keptFigures;

async function appBackup(source: GalleyDb): Promise<Uint8Array> {
  let file: Uint8Array | null = null;
  const host = {
    saveFile: async (_: string, data: Blob) => ((file = new Uint8Array(await data.arrayBuffer())), true),
  } as unknown as Host;
  await backUpProject(source, host);
  return file!;
}

describe('figures on restore', () => {
  it('an app backup carries every article’s figures, and the restored project shows the same figures and problem counts', async () => {
    await buildProject(db);
    const file = await appBackup(db);
    const lines = new TextDecoder().decode(gunzipSync(file)).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('{"figures":')).length).toBe(2);
    expect((await restoreBackup(other, asFile(file))).ok).toBe(true);
    expect(await rows(other)).toEqual(await rows(db));
    expect((await rows(other))[0].figures.distance + (await rows(other))[1].figures.distance).toBeGreaterThan(
      0,
    );
    const [mine, theirs] = [await db.pages.get('p1'), await other.pages.get('p1')];
    expect(theirs?.problemCount).toBe(mine?.problemCount);
    expect(theirs?.articleCount).toBe(2);
  });

  it('keeps the figures carried for the same content and counts those of an edited article or an older backup', async () => {
    await buildProject(db);
    const data = await readProjectData(db);
    const raw = data.texts[0].raw;
    const [first, second] = data.articles;
    const carried = countedFigures(first.id, first, raw);
    // Kept as carried (not counted again): the marker number shows which one was used.
    const marked = { ...carried, figures: { ...carried.figures, insertions: 4242 } };
    // Counted for other text than the article now has: not used.
    const stale = countedFigures(second.id, { ...second, title: { text: '别的', spans: [] } }, raw);
    stale.figures = { ...stale.figures, insertions: 4343 };
    expect(
      (await restoreBackup(other, asFile(streamBackup(data, { createdAt: 1, figures: [marked, stale] })))).ok,
    ).toBe(true);
    const restored = new Map((await rows(other)).map((r) => [r.articleId, r]));
    expect(restored.get(first.id)?.figures.insertions).toBe(4242);
    expect(restored.get(second.id)).toEqual((await rows(db)).find((r) => r.articleId === second.id));
    // A backup from before figures were carried: every row counted.
    const third = createDb(`galley-figures-${crypto.randomUUID()}`);
    expect((await restoreBackup(third, asFile(streamBackup(data, { createdAt: 1 })))).ok).toBe(true);
    expect(await rows(third)).toEqual(await rows(db));
    await third.delete();
  });

  it('a page the backup brings whole keeps the figures it carries; one the restore renumbers is counted', async () => {
    await buildProject(db);
    const data = await readProjectData(db);
    const real = (await db.pages.get('p1'))!;
    // Marker figures: kept as they come only when the page and its articles arrive as they are.
    const marked = { ...data, pages: [{ ...real, coverage: 0.5, problemCount: 7 }] };
    expect((await restoreBackup(other, asFile(streamBackup(marked, { createdAt: 1 })))).ok).toBe(true);
    expect(await other.pages.get('p1')).toMatchObject({ coverage: 0.5, problemCount: 7, articleCount: 2 });
    const gapped = { ...marked, articles: marked.articles.map((a) => ({ ...a, order: a.order * 5 + 3 })) };
    const third = createDb(`galley-figures-${crypto.randomUUID()}`);
    expect((await restoreBackup(third, asFile(streamBackup(gapped, { createdAt: 1 })))).ok).toBe(true);
    expect(await third.pages.get('p1')).toMatchObject({
      coverage: real.coverage,
      problemCount: real.problemCount,
      articleCount: 2,
    });
    expect((await third.articles.toArray()).map((a) => a.order).sort()).toEqual([0, 1]);
    await third.delete();
  });

  it('writes the plan shown when nothing changed since, and plans again after an edit made meanwhile', async () => {
    await buildProject(db);
    const data = await readProjectData(db);
    const theirs = data.articles.map((a) => ({
      ...a,
      title: { text: '备份里的标题', spans: [] },
      updatedAt: a.updatedAt + 10,
    }));
    const bytes = asFile(streamBackup({ ...data, articles: theirs }, { createdAt: 1 }));
    const shown = await previewRestore(db, bytes);
    expect(shown.ok && shown.plan.counts.articles.updated).toBe(2);
    // The archivist edits one article while the plan is on screen: that edit is newer, it stays.
    const mine = (await db.articles.toArray())[0];
    await db.articles.put({
      ...mine,
      title: { text: '刚改的标题', spans: [] },
      updatedAt: mine.updatedAt + 20,
    });
    const done = await restoreBackup(db, bytes);
    expect(done.ok && done.plan.counts.articles.updated).toBe(1);
    expect((await db.articles.get(mine.id))?.title.text).toBe('刚改的标题');
    expect((await keptFiguresOf(db, mine.id))?.updatedAt).toBe(mine.updatedAt + 20);
    // Nothing changed between the plan and Restore: the same plan is written.
    const again = asFile(
      streamBackup(
        { ...data, articles: theirs.map((a) => ({ ...a, updatedAt: a.updatedAt + 100 })) },
        { createdAt: 2 },
      ),
    );
    const plan = await previewRestore(db, again);
    const written = await restoreBackup(db, again);
    expect(written.ok && plan.ok && written.plan).toEqual(plan.ok && plan.plan);
    expect((await db.articles.toArray()).every((a) => a.title.text === '备份里的标题')).toBe(true);
  });

  it('a restore failing part way leaves the figures as they were', async () => {
    await buildProject(db);
    await buildProject(other);
    const edited = (await other.articles.toArray())[0];
    await other.articles.put({ ...edited, title: { text: '改过', spans: [] }, updatedAt: Date.now() + 1000 });
    const data = await readProjectData(db);
    const settings = Array.from({ length: 5000 }, (_, i) => ({ key: `note.${i}`, value: i }));
    const bytes = asFile(streamBackup({ ...data, settings }, { createdAt: 1 }));
    const before = await rows(other);
    const original = other.settings.bulkPut.bind(other.settings);
    let calls = 0;
    const put = vi
      .spyOn(other.settings, 'bulkPut')
      .mockImplementation(((list: never) =>
        ++calls === 2 ? Dexie.Promise.reject(new Error('disk full')) : original(list)) as never);
    const failed = await restoreBackup(other, bytes);
    put.mockRestore();
    expect(failed.ok).toBe(false);
    expect(await rows(other)).toEqual(before);
  });
});
