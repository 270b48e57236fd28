// The server refuses what a token does not allow: another project, an expired or forged
// token, and an editor's attempt to mark an article reviewed.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '@hocuspocus/server';
import { markStatus } from '../../src/core/article/status';
import * as Y from 'yjs';
import {
  applyLocalChange,
  decodeBundle,
  docToPage,
  pageDocName,
  pageToDoc,
  projectDocName,
  assignPage,
} from '../../src/core/sync';
import { pgliteStore, type DocumentStore } from '../../src/server/store';
import { mintToken } from '../../src/server/token';
import { markedPage } from '../core/sync/helpers';
import { connect, startServer, token, waitFor, type Client } from './support';

const NAME = pageDocName('evening-news', 'p1');

describe('who may connect and what they may change', () => {
  let store: DocumentStore;
  let server: Server;
  let url: string;
  const clients: Client[] = [];
  const page = markedPage();
  const first = page.state.articles[0].id;

  beforeAll(async () => {
    store = await pgliteStore('memory://');
    ({ server, url } = await startServer(store));
    const owner = connect(url, NAME, await token({ project: 'evening-news', user: '王', role: 'owner' }));
    clients.push(owner);
    await waitFor('owner synced', () => owner.provider.isSynced);
    pageToDoc(page, owner.doc);
  }, 180_000);
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.destroy();
    await store.close();
  });

  async function refusedWith(t: string): Promise<string[]> {
    const c = connect(url, NAME, t);
    clients.push(c);
    await waitFor('refused', () => c.failures.length > 0);
    expect(c.provider.isSynced).toBe(false);
    expect(docToPage(c.doc).state.articles).toEqual([]);
    return c.failures;
  }

  it('refuses a token for another project', async () => {
    await refusedWith(await token({ project: 'morning-post', user: '王', role: 'owner' }));
  });

  it('refuses an expired token', async () => {
    const t = await token({ project: 'evening-news', user: '王', role: 'owner' }, 1);
    await new Promise((r) => setTimeout(r, 2100));
    await refusedWith(t);
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await mintToken(
      new TextEncoder().encode('guessed'),
      { project: 'evening-news', user: '王', role: 'owner' },
      3600,
    );
    await refusedWith(forged);
  });

  it('refuses an editor marking an article reviewed, and takes it from a reviewer', async () => {
    const editor = connect(url, NAME, await token({ project: 'evening-news', user: '李', role: 'editor' }));
    clients.push(editor);
    await waitFor(
      'editor synced',
      () => editor.provider.isSynced && docToPage(editor.doc).state.articles.length > 0,
    );
    const before = docToPage(editor.doc).state;
    applyLocalChange(editor.doc, before, markStatus(before, first, 'reviewed', Date.now(), '李'));
    await waitFor('the editor told why', () => editor.closes.some((c) => c.endsWith('review.forbidden')));
    const held = server.hocuspocus.documents.get(NAME);
    expect(held && docToPage(held).state.articles[0].status).toBe('draft');
    editor.destroy();

    const reviewer = connect(
      url,
      NAME,
      await token({ project: 'evening-news', user: '赵', role: 'reviewer' }),
    );
    clients.push(reviewer);
    await waitFor(
      'reviewer synced',
      () => reviewer.provider.isSynced && docToPage(reviewer.doc).state.articles.length > 0,
    );
    const seen = docToPage(reviewer.doc).state;
    applyLocalChange(reviewer.doc, seen, markStatus(seen, first, 'reviewed', Date.now(), '赵'));
    await waitFor('the review on the server', () => {
      const doc = server.hocuspocus.documents.get(NAME);
      return !!doc && docToPage(doc).state.articles[0].reviewer === '赵';
    });
    expect(reviewer.closes).toEqual([]);
  }, 60_000);

  it('hands a member the whole project in one bundle, and nobody else', async () => {
    const http = url.replace(/^ws/, 'http');
    const get = async (t: string) =>
      fetch(`${http}/projects/evening-news/documents`, { headers: { Authorization: `Bearer ${t}` } });
    await waitFor('the page stored', async () => (await store.fetch(NAME)) !== null);
    const ok = await get(await token({ project: 'evening-news', user: '李', role: 'editor' }));
    expect(ok.status).toBe(200);
    const entries = decodeBundle(new Uint8Array(await ok.arrayBuffer()));
    const page1 = entries.find((e) => e.name === NAME);
    const doc = new Y.Doc();
    if (page1) Y.applyUpdate(doc, page1.state);
    expect(docToPage(doc).state.articles.map((a) => a.id)).toEqual(page.state.articles.map((a) => a.id));
    expect((await get(await token({ project: 'morning-post', user: '李', role: 'owner' }))).status).toBe(403);
    expect((await get('not a token')).status).toBe(401);
  }, 60_000);

  it('refuses an editor assigning pages', async () => {
    const project = projectDocName('evening-news');
    const editor = connect(
      url,
      project,
      await token({ project: 'evening-news', user: '李', role: 'editor' }),
    );
    clients.push(editor);
    await waitFor('editor synced', () => editor.provider.isSynced);
    assignPage(editor.doc, 'p1', '李');
    await waitFor('the editor told why', () => editor.closes.some((c) => c.endsWith('assign.forbidden')));
    expect(server.hocuspocus.documents.get(project)?.getMap('assignments').get('p1')).toBeUndefined();
  }, 60_000);
});
