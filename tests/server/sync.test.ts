// Archivists' clients against the real server (Hocuspocus on PGlite, and on PostgreSQL when
// GALLEY_TEST_POSTGRES_URL names one): every client and the database end with the same
// articles, and every edit made is in them or listed as a conflict.

import { WebSocketStatus } from '@hocuspocus/provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageArticles } from '../../src/core/article';
import { setFieldText } from '../../src/core/article';
import { applyLocalChange, docToPage, pageDocName, pageToDoc, syncConflicts } from '../../src/core/sync';
import type { DocumentStore } from '../../src/server/store';
import { markedPage } from '../core/sync/helpers';
import type { Client } from './support';
import {
  connect,
  converged,
  killServer,
  killable,
  sameState,
  startServer,
  storeKinds,
  stored,
  token,
  waitFor,
} from './support';

const PROJECT = 'evening-news';
const NAME = pageDocName(PROJECT, 'p1');

/** One archivist's edit: their client's local step, written as the app writes it. */
function edit(client: Client, change: (s: PageArticles) => PageArticles): void {
  const before = docToPage(client.doc).state;
  applyLocalChange(client.doc, before, change(before));
}

function titleEdit(articleId: string, text: string) {
  return (s: PageArticles) => setFieldText(s, articleId, { kind: 'title' }, text, Date.now());
}

describe.each(storeKinds())('sync on $name', ({ open }) => {
  let store: DocumentStore;
  const clients: Client[] = [];
  const page = markedPage();
  const ids = page.state.articles.map((a) => a.id);

  beforeAll(async () => {
    store = await open();
  }, 180_000);
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await store.close();
  });

  function join(url: string, t: string): Client {
    const c = connect(url, NAME, t);
    clients.push(c);
    return c;
  }

  it('two clients: an uploaded page reaches the other and the database, edits both ways', async () => {
    const { server, url } = await startServer(store);
    const owner = join(url, await token({ project: PROJECT, user: '王', role: 'owner' }));
    const editor = join(url, await token({ project: PROJECT, user: '李', role: 'editor' }));
    await waitFor('both synced', () => owner.provider.isSynced && editor.provider.isSynced);
    pageToDoc(page, owner.doc);
    await waitFor(
      'the page on the other client',
      () => docToPage(editor.doc).state.articles.length === ids.length,
    );
    edit(editor, titleEdit(ids[0], '编辑改的标题'));
    edit(owner, titleEdit(ids[1], '主人改的标题'));
    await waitFor('both edits everywhere', () => converged([owner, editor]));
    const merged = docToPage(owner.doc);
    expect(merged.state.articles.map((a) => a.title.text).slice(0, 2)).toEqual([
      '编辑改的标题',
      '主人改的标题',
    ]);
    expect(docToPage(editor.doc)).toEqual(merged);
    await waitFor('the database', async () => {
      const db = await stored(store, NAME);
      return !!db && sameState(db, owner.doc);
    });
    const db = await stored(store, NAME);
    expect(db && docToPage(db)).toEqual(merged);
    owner.destroy();
    editor.destroy();
    await server.destroy();
  }, 60_000);

  it('ten clients, three offline for a while: all converge, every edit present or a conflict', async () => {
    const { server, url } = await startServer(store);
    const team = await Promise.all(
      Array.from({ length: 10 }, async (_, i) =>
        join(url, await token({ project: PROJECT, user: `archivist${i}`, role: 'editor' })),
      ),
    );
    await waitFor('all synced', () =>
      team.every((c) => c.provider.isSynced && docToPage(c.doc).state.articles.length > 0),
    );
    const away = team.slice(7);
    for (const c of away) c.goOffline();
    await waitFor('offline', () => away.every((c) => c.socket.status === WebSocketStatus.Disconnected));
    // Everyone types at the start of the first paragraph of an article of their own choosing,
    // twice; the ones away also delete an article another is editing.
    const marks: string[] = [];
    for (let round = 0; round < 2; round++) {
      team.forEach((c, i) => {
        const mark = `〔${i}-${round}〕`;
        marks.push(mark);
        const id = ids[i % ids.length];
        edit(c, (s) => {
          const a = s.articles.find((x) => x.id === id);
          if (!a) return s;
          const first = a.paragraphs[0]?.text ?? '';
          return setFieldText(s, id, { kind: 'paragraph', index: 0 }, mark + first, Date.now());
        });
      });
    }
    edit(away[0], (s) => ({
      ...s,
      articles: s.articles.filter((a) => a.id !== ids[0]).map((a, order) => ({ ...a, order })),
    }));
    await new Promise((r) => setTimeout(r, 300));
    for (const c of away) c.goOnline();
    await waitFor('all converged', () => converged(team), 60_000);
    const merged = docToPage(team[0].doc);
    for (const c of team) expect(docToPage(c.doc)).toEqual(merged);
    const conflicts = syncConflicts(team[0].doc);
    expect(conflicts).toContainEqual({ code: 'sync.deleted-edited', articleId: ids[0] });
    const text = merged.state.articles.map((a) => a.paragraphs[0]?.text ?? '').join('\n');
    const listed = new Set(conflicts.flatMap((c) => ('articleId' in c ? [c.articleId] : [])));
    marks.forEach((mark, k) => {
      const id = ids[(k % team.length) % ids.length];
      if (!listed.has(id)) expect(text).toContain(mark);
    });
    await waitFor('the database', async () => {
      const db = await stored(store, NAME);
      return !!db && sameState(db, team[0].doc);
    });
    for (const c of team) c.destroy();
    await server.destroy();
  }, 120_000);

  it('a server killed mid-sync and started again loses nothing', async () => {
    const mortal = killable(store);
    const first = await startServer(mortal);
    const port = Number(new URL(first.url).port);
    const a = join(first.url, await token({ project: PROJECT, user: 'a', role: 'editor' }));
    const b = join(first.url, await token({ project: PROJECT, user: 'b', role: 'editor' }));
    await waitFor(
      'synced',
      () => a.provider.isSynced && b.provider.isSynced && docToPage(b.doc).state.articles.length > 0,
    );
    edit(a, titleEdit(ids[1], '停机前'));
    mortal.kill();
    await killServer(first.server);
    // While the server is gone, both go on working.
    edit(a, titleEdit(ids[2], '停机中甲'));
    edit(b, titleEdit(ids[3], '停机中乙'));
    const again = await startServer(store, port);
    await waitFor(
      'reconnected and converged',
      () =>
        converged([a, b]) &&
        docToPage(b.doc).state.articles.find((x) => x.id === ids[2])?.title.text === '停机中甲',
      60_000,
    );
    const titles = docToPage(b.doc).state.articles.map((x) => x.title.text);
    expect(titles).toEqual(expect.arrayContaining(['停机前', '停机中甲', '停机中乙']));
    await waitFor('the database', async () => {
      const db = await stored(store, NAME);
      return !!db && sameState(db, a.doc);
    });
    a.destroy();
    b.destroy();
    await again.server.destroy();
  }, 120_000);
});
