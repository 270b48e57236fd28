// Two archivists' apps (each its own IndexedDB) on one server project: the real server
// (PGlite), the renderer's TeamSync over `ws`. What one does in a page's session reaches
// the other's article tables and open session; nothing either had is lost.

import 'fake-indexeddb/auto';
import type { Server } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSession } from '../../../src/renderer/src/articles/session/ArticleSession';
import { openSession } from '../../../src/renderer/src/articles/session/registry';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { COMPACT_AFTER } from '../../../src/renderer/src/sync/docStore';
import type { TeamSync } from '../../../src/renderer/src/sync/teamSync';
import { pgliteStore, type DocumentStore } from '../../../src/server/store';
import { startServer, waitFor } from '../../server/support';
import { joinTeam } from './support';
import { acceptSuggested, seedPages } from '../cleanup/fixtures';

const PAGE = '02-street-roundup';
const PROJECT = 'evening-news';

function titleOf(session: ArticleSession, articleId: string): string | undefined {
  return session.getSnapshot().state.articles.find((a) => a.id === articleId)?.title.text;
}

describe('team sync in the app', () => {
  let store: DocumentStore;
  let server: Server;
  let url: string;
  let mine: GalleyDb;
  let theirs: GalleyDb;
  const syncs: TeamSync[] = [];

  beforeAll(async () => {
    store = await pgliteStore('memory://');
    ({ server, url } = await startServer(store));
    mine = createDb(`galley-team-a-${crypto.randomUUID()}`);
    theirs = createDb(`galley-team-b-${crypto.randomUUID()}`);
    // Both imported the same page; only this archivist marked its articles.
    await seedPages(mine, [PAGE]);
    await seedPages(theirs, [PAGE]);
    await acceptSuggested(mine, PAGE);
  }, 180_000);
  afterAll(async () => {
    for (const s of syncs) s.leave();
    mine.close();
    theirs.close();
    await server.destroy();
    await store.close();
  });

  const team = (db: GalleyDb, user: string, role: 'owner' | 'editor'): Promise<TeamSync> =>
    joinTeam({ url, project: PROJECT, syncs }, db, user, role);

  it('uploads a marked page; the other archivist gets its articles', async () => {
    const marked = await mine.articles.where('pageId').equals(PAGE).sortBy('order');
    expect(marked.length).toBeGreaterThan(1);
    const a = await team(mine, '王', 'owner');
    await waitFor('connected', () => a.status === 'connected');
    await team(theirs, '李', 'editor');
    await waitFor(
      'the articles on the other side',
      async () => (await theirs.articles.where('pageId').equals(PAGE).count()) === marked.length,
    );
    const got = await theirs.articles.where('pageId').equals(PAGE).sortBy('order');
    expect(got.map((x) => x.title.text)).toEqual(marked.map((x) => x.title.text));
    expect((await theirs.pages.get(PAGE))?.articleCount).toBe(marked.length);
  }, 60_000);

  it("an edit in one open page appears in the other archivist's open page and tables", async () => {
    const [here, there] = [await openSession(mine, PAGE), await openSession(theirs, PAGE)];
    const article = there.getSnapshot().state.articles[0];
    there.editText(article.id, { kind: 'title' }, '另一位编辑改的标题');
    await waitFor(
      'in my open page',
      () => here.getSnapshot().state.articles[0].title.text === '另一位编辑改的标题',
    );
    await waitFor(
      'in my tables',
      async () => (await mine.articles.get(article.id))?.title.text === '另一位编辑改的标题',
    );
    // And back, typing in another article at the same time as a change there.
    const second = here.getSnapshot().state.articles[1];
    here.editText(second.id, { kind: 'title' }, '我改的第二篇');
    there.editText(article.id, { kind: 'title' }, '另一位编辑又改了');
    await waitFor('both edits on both sides', () =>
      [here, there].every((s) => {
        const titles = s.getSnapshot().state.articles.map((x) => x.title.text);
        return titles[0] === '另一位编辑又改了' && titles[1] === '我改的第二篇';
      }),
    );
  }, 60_000);

  it('a member joining with an empty copy gets the page, its raw text and articles', async () => {
    const fresh = createDb(`galley-team-c-${crypto.randomUUID()}`);
    try {
      await team(fresh, '赵', 'editor');
      await waitFor('the page', async () => (await fresh.articles.where('pageId').equals(PAGE).count()) > 1);
      expect((await fresh.texts.get(PAGE))?.raw).toBe((await mine.texts.get(PAGE))?.raw);
      expect((await fresh.pages.get(PAGE))?.name).toBe(`${PAGE}.txt`);
      const titles = (await fresh.articles.where('pageId').equals(PAGE).sortBy('order')).map(
        (a) => a.title.text,
      );
      expect(titles.slice(0, 2)).toEqual(['另一位编辑又改了', '我改的第二篇']);
    } finally {
      syncs.pop()?.leave();
      fresh.close();
    }
  }, 60_000);

  it("an undo after another archivist's edit takes back only this archivist's step, and sends it", async () => {
    const [here, there] = [await openSession(mine, PAGE), await openSession(theirs, PAGE)];
    const articles = here.getSnapshot().state.articles;
    expect(articles.length).toBeGreaterThan(3);
    const [mineId, theirId] = [articles[2].id, articles[3].id];
    const original = articles[2].title.text;
    here.editText(mineId, { kind: 'title' }, '我改的第三篇');
    here.sealTyping();
    await waitFor('my edit over there', () => titleOf(there, mineId) === '我改的第三篇');
    there.editText(theirId, { kind: 'title' }, '他们改的第四篇');
    await waitFor('their edit here', () => titleOf(here, theirId) === '他们改的第四篇');

    expect(here.undo()).toBe(true);
    expect(titleOf(here, mineId)).toBe(original);
    expect(titleOf(here, theirId)).toBe('他们改的第四篇');
    await waitFor('the undo over there', () => titleOf(there, mineId) === original);
    expect(titleOf(there, theirId)).toBe('他们改的第四篇');
    await waitFor('the undo in both tables', async () =>
      (await Promise.all([mine, theirs].map((db) => db.articles.get(mineId)))).every(
        (a) => a?.title.text === original,
      ),
    );
    expect((await theirs.articles.get(theirId))?.title.text).toBe('他们改的第四篇');
    // Redo brings this archivist's edit back, still beside the other's.
    expect(here.redo()).toBe(true);
    await waitFor('the redo over there', () => titleOf(there, mineId) === '我改的第三篇');
    expect(titleOf(there, theirId)).toBe('他们改的第四篇');
  }, 60_000);

  it('each archivist sees who else has the page open, and the page assignment the owner makes', async () => {
    const [owner, editor] = syncs.map((sync) => sync.presence!);
    expect([owner.member, editor.member]).toEqual([
      { user: '王', role: 'owner' },
      { user: '李', role: 'editor' },
    ]);
    owner.show(PAGE);
    editor.show(PAGE);
    await waitFor(
      'each sees the other',
      () => owner.others(PAGE).join() === '李' && editor.others(PAGE).join() === '王',
    );
    editor.show(null);
    await waitFor('李 gone from the page', () => owner.others(PAGE).length === 0);
    owner.assign(PAGE, '李');
    await waitFor('the assignment over there', () => editor.assignee(PAGE) === '李');
  }, 60_000);

  it('keeps the updates compacted and a local copy after leaving', async () => {
    const rows = await mine.syncUpdates.count();
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(COMPACT_AFTER + 2);
    for (const s of syncs.splice(0)) s.leave();
    const left = await mine.articles.where('pageId').equals(PAGE).sortBy('order');
    expect(left[0].title.text).toBe('另一位编辑又改了');
  });
});
