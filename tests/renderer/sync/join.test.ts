// Joining a shared project through the server's bundle: a member with an empty copy gets
// every page (raw text, articles, page rows) in one request and keeps no live connection
// to a page until it is in use or another member changes it; then that change arrives
// within seconds all the same.

import 'fake-indexeddb/auto';
import type { Server } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetSessions, openSession } from '../../../src/renderer/src/articles/session/registry';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import type { TeamSync } from '../../../src/renderer/src/sync/teamSync';
import { decodeBundle, pageDocName, type DocumentState } from '../../../src/core/sync';
import { pgliteStore, type DocumentStore } from '../../../src/server/store';
import { startServer, waitFor } from '../../server/support';
import { joinTeam } from './support';
import { acceptSuggested, seedPages } from '../cleanup/fixtures';

const PAGES = ['01-flood-drill', '02-street-roundup', '04-rural-revival'];
const PROJECT = 'morning-post';

describe('joining a shared project through the bundle', () => {
  let store: DocumentStore;
  let server: Server;
  let url: string;
  let owner: GalleyDb;
  let member: GalleyDb;
  const syncs: TeamSync[] = [];

  beforeAll(async () => {
    store = await pgliteStore('memory://');
    ({ server, url } = await startServer(store));
    owner = createDb(`galley-join-a-${crypto.randomUUID()}`);
    member = createDb(`galley-join-b-${crypto.randomUUID()}`);
    await seedPages(owner, PAGES);
    for (const pageId of PAGES) await acceptSuggested(owner, pageId);
  }, 180_000);
  afterAll(async () => {
    for (const s of syncs) s.leave();
    owner.close();
    member.close();
    await server.destroy();
    await store.close();
  });

  const team = (db: GalleyDb, user: string, role: 'owner' | 'editor'): Promise<TeamSync> =>
    joinTeam({ url, project: PROJECT, syncs }, db, user, role, true);

  it('an empty copy gets every page in one request, with no page live', async () => {
    const a = await team(owner, '王', 'owner');
    // The owner's pages are sent (the server lacked them): live until the server has them.
    expect(
      a
        .docs()
        .map(([id]) => id)
        .sort(),
    ).toEqual(PAGES);
    await waitFor('every page stored', async () => (await store.count()) >= PAGES.length + 1, 30_000);

    const b = await team(member, '李', 'editor');
    expect(b.docs()).toEqual([]);
    for (const pageId of PAGES) {
      const theirs = await owner.articles.where('pageId').equals(pageId).sortBy('order');
      const got = await member.articles.where('pageId').equals(pageId).sortBy('order');
      expect(theirs.length).toBeGreaterThan(0);
      expect(got.map((x) => [x.id, x.title.text])).toEqual(theirs.map((x) => [x.id, x.title.text]));
      expect((await member.texts.get(pageId))?.raw).toBe((await owner.texts.get(pageId))?.raw);
      expect((await member.pages.get(pageId))?.articleCount).toBe(theirs.length);
    }
  }, 90_000);

  it("another member's change to a page goes live here and arrives; a page opened here goes live", async () => {
    const [, b] = syncs;
    const here = await openSession(owner, PAGES[1]);
    const article = here.getSnapshot().state.articles[0];
    here.editText(article.id, { kind: 'title' }, '王改的标题');
    await waitFor(
      "the owner's edit in the member's tables",
      async () => (await member.articles.get(article.id))?.title.text === '王改的标题',
    );
    expect(b.docs().map(([id]) => id)).toEqual([PAGES[1]]);

    const there = await openSession(member, PAGES[2]);
    await waitFor('the opened page live', () => b.docs().some(([id]) => id === PAGES[2]));
    const second = there.getSnapshot().state.articles[0];
    there.editText(second.id, { kind: 'title' }, '李改的标题');
    await waitFor(
      "the member's edit in the owner's tables",
      async () => (await owner.articles.get(second.id))?.title.text === '李改的标题',
    );
    expect(b.docs().some(([id]) => id === PAGES[0])).toBe(false);
  }, 90_000);

  it('a copy that joins again merges the bundle; live: only the page it has open', async () => {
    syncs.splice(1, 1)[0].leave();
    const again = await team(member, '李', 'editor');
    expect(again.docs().map(([id]) => id)).toEqual([PAGES[2]]);
    expect((await member.articles.where('pageId').equals(PAGES[1]).sortBy('order'))[0].title.text).toBe(
      '王改的标题',
    );
  }, 90_000);

  it('a copy joining again downloads only the pages changed since its last catch-up, and gets their changes', async () => {
    syncs.splice(1, 1)[0].leave();
    const here = await openSession(owner, PAGES[1]);
    const article = here.getSnapshot().state.articles[1];
    const before = await store.changes();
    here.editText(article.id, { kind: 'title' }, '王又改的标题');
    await waitFor('the edit stored on the server', async () => (await store.changes()) > before);

    const asked: { url: string; entries: DocumentState[] }[] = [];
    const plainFetch = globalThis.fetch;
    globalThis.fetch = async (input, init) => {
      const response = await plainFetch(input, init);
      const body = new Uint8Array(await response.clone().arrayBuffer());
      asked.push({
        url: input instanceof Request ? input.url : input.toString(),
        entries: decodeBundle(body),
      });
      return response;
    };
    try {
      await team(member, '李', 'editor');
    } finally {
      globalThis.fetch = plainFetch;
    }
    expect(asked).toHaveLength(1);
    expect(asked[0].url).toMatch(/\?since=\d+$/);
    const pages = asked[0].entries.filter((e) => e.name.includes('/page/'));
    // The page edited meanwhile comes whole; a page the server stored again as the member
    // left (its store runs when its last connection closes, maybe after the catch-up) may
    // too, but a page untouched since comes as its state vector only.
    const whole = pages.filter((e) => !e.vector).map((e) => e.name);
    expect(whole).toContain(pageDocName(PROJECT, PAGES[1]));
    expect(whole).not.toContain(pageDocName(PROJECT, PAGES[0]));
    expect(pages).toHaveLength(PAGES.length);
    expect((await member.articles.get(article.id))?.title.text).toBe('王又改的标题');
  }, 90_000);

  it('a copy that marked a page the server has, before sharing it, keeps its marks: they are merged live', async () => {
    const third = createDb(`galley-join-c-${crypto.randomUUID()}`);
    await seedPages(third, [PAGES[0]]);
    await acceptSuggested(third, PAGES[0], (all) => all.slice(0, 1), 2);
    await forgetSessions(third);
    const mine = (await third.articles.where('pageId').equals(PAGES[0]).toArray()).map((a) => a.id);
    const theirs = (await owner.articles.where('pageId').equals(PAGES[0]).toArray()).map((a) => a.id);
    expect(mine).toHaveLength(1);
    expect(theirs).not.toContain(mine[0]);

    const c = await team(third, '张', 'editor');
    expect(c.docs().map(([id]) => id)).toContain(PAGES[0]);
    await waitFor('both sides marks in the third copy', async () => {
      const held = new Set(await third.articles.where('pageId').equals(PAGES[0]).primaryKeys());
      return [...mine, ...theirs].every((id) => held.has(id));
    });
    c.leave();
    third.close();
  }, 90_000);
});
