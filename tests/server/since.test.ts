// A member reconnecting asks for the bundle since the change number it last saw: only the
// documents written meanwhile come whole, the rest as their state vectors, and nothing
// written after the number it was given is left out.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '@hocuspocus/server';
import { setFieldText } from '../../src/core/article';
import * as Y from 'yjs';
import {
  applyLocalChange,
  CHANGES_HEADER,
  decodeBundle,
  docToPage,
  pageDocName,
  pageToDoc,
  type DocumentState,
} from '../../src/core/sync';
import type { DocumentStore } from '../../src/server/store';
import { markedPage } from '../core/sync/helpers';
import { connect, startServer, storeKinds, token, waitFor, type Client } from './support';

const PROJECT = 'evening-news';
const PAGES = ['p1', 'p2', 'p3'];

describe.each(storeKinds())('the bundle since a change number ($name)', (kind) => {
  let store: DocumentStore;
  let server: Server;
  let url: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    store = await kind.open();
    ({ server, url } = await startServer(store));
    const owner = await token({ project: PROJECT, user: '王', role: 'owner' });
    for (const pageId of PAGES) {
      const c = connect(url, pageDocName(PROJECT, pageId), owner);
      clients.push(c);
      await waitFor('synced', () => c.provider.isSynced);
      const page = markedPage();
      const articles = page.state.articles.map((a) => ({ ...a, id: `${pageId}-${a.id}`, pageId }));
      pageToDoc({ raw: page.raw, state: { pageId, articles, furniture: [] } }, c.doc);
    }
    // Left alone, every page is stored and unloaded: the bundle reads them from the database.
    for (const c of clients.splice(0)) c.destroy();
    await waitFor('every page stored and unloaded', async () => {
      return (await store.count()) === PAGES.length && server.hocuspocus.getDocumentsCount() === 0;
    });
  }, 180_000);
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.destroy();
    await store.close();
  });

  async function bundle(since?: number): Promise<{ changes: number; entries: DocumentState[] }> {
    const member = await token({ project: PROJECT, user: '李', role: 'editor' });
    const query = since === undefined ? '' : `?since=${since}`;
    const response = await fetch(`${url.replace(/^ws/, 'http')}/projects/${PROJECT}/documents${query}`, {
      headers: { Authorization: `Bearer ${member}` },
    });
    expect(response.status).toBe(200);
    const entries = decodeBundle(new Uint8Array(await response.arrayBuffer()));
    return { changes: Number(response.headers.get(CHANGES_HEADER)), entries };
  }

  it('sends whole only what was written since; the others as state vectors that match the stored pages', async () => {
    const first = await bundle();
    expect(first.entries.map((e) => [e.name, e.vector === true])).toEqual(
      PAGES.map((p) => [pageDocName(PROJECT, p), false]),
    );
    expect(first.changes).toBeGreaterThan(0);
    const nothing = await bundle(first.changes);
    expect(nothing.entries.every((e) => e.vector)).toBe(true);
    expect(nothing.changes).toBe(first.changes);
    for (const entry of nothing.entries) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, first.entries.find((e) => e.name === entry.name)!.state);
      expect(entry.state).toEqual(Y.encodeStateVector(doc));
    }

    // Another member edits p2 and leaves: the page is stored under a newer change number.
    const editor = connect(
      url,
      pageDocName(PROJECT, 'p2'),
      await token({ project: PROJECT, user: '张', role: 'editor' }),
    );
    clients.push(editor);
    await waitFor(
      'editor synced',
      () => editor.provider.isSynced && docToPage(editor.doc).state.articles.length > 0,
    );
    const before = docToPage(editor.doc).state;
    const id = before.articles[0].id;
    applyLocalChange(
      editor.doc,
      before,
      setFieldText(before, id, { kind: 'title' }, '张改的标题', Date.now()),
    );
    clients.splice(clients.indexOf(editor), 1);
    editor.destroy();
    await waitFor('the edit stored', async () => (await store.changes()) > first.changes);

    const since = await bundle(first.changes);
    const whole = since.entries.filter((e) => !e.vector);
    expect(whole.map((e) => e.name)).toEqual([pageDocName(PROJECT, 'p2')]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, whole[0].state);
    expect(docToPage(doc).state.articles[0].title.text).toBe('张改的标题');
    expect(since.entries.filter((e) => e.vector).map((e) => e.name)).toEqual(
      ['p1', 'p3'].map((p) => pageDocName(PROJECT, p)),
    );
    expect(since.changes).toBeGreaterThan(first.changes);
    expect((await bundle(since.changes)).entries.every((e) => e.vector)).toBe(true);
  }, 60_000);

  it('refuses a since that is not a change number', async () => {
    const member = await token({ project: PROJECT, user: '李', role: 'editor' });
    const response = await fetch(
      `${url.replace(/^ws/, 'http')}/projects/${PROJECT}/documents?since=yesterday`,
      {
        headers: { Authorization: `Bearer ${member}` },
      },
    );
    expect(response.status).toBe(400);
  });
});
