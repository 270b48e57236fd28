// Moving a project in from a backup file: its pages reach the server project in one step
// (through the running server), and a second upload leaves the team's pages alone.
import type { Server } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectSnapshot } from '../../src/core/backup/snapshot';
import { backupBundle, docToPage, listPages, pageDocName, projectDocName } from '../../src/core/sync';
import type { DocumentStore } from '../../src/server/store';
import { uploadBackup } from '../../src/server/upload';
import { projectData } from '../core/backup/fixtures';
import { connect, startServer, storeKinds, token, waitFor, type Client } from './support';

const PROJECT = 'morning-post';

describe.each(storeKinds())('uploading a backup ($name)', (kind) => {
  let store: DocumentStore;
  let server: Server;
  let url: string;
  const clients: Client[] = [];
  beforeAll(async () => {
    store = await kind.open();
    ({ server, url } = await startServer(store));
  }, 120_000);
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.destroy();
    await store.close();
  });

  it("writes every page of the backup, and a member joining reads the backup's articles", async () => {
    const data = projectData();
    const owner = await token({ project: PROJECT, user: '王', role: 'owner' });
    expect(await uploadBackup(url, owner, PROJECT, data)).toEqual({ uploaded: data.pages.length, kept: 0 });

    const member = await token({ project: PROJECT, user: '李', role: 'editor' });
    const list = connect(url, projectDocName(PROJECT), member);
    clients.push(list);
    await waitFor('the list of pages', () => listPages(list.doc).length === data.pages.length);
    for (const page of data.pages) {
      const c = connect(url, pageDocName(PROJECT, page.id), member);
      clients.push(c);
      const expected = data.articles.filter((a) => a.pageId === page.id).sort((a, b) => a.order - b.order);
      await waitFor(`page ${page.id}`, () => docToPage(c.doc).state.articles.length === expected.length);
      const got = docToPage(c.doc);
      expect(got.raw).toBe(data.texts.find((t) => t.pageId === page.id)?.raw);
      expect(got.state.articles.map((a) => [a.id, a.title.text, a.paragraphs.map((p) => p.text)])).toEqual(
        expected.map((a) => [a.id, a.title.text, a.paragraphs.map((p) => p.text)]),
      );
    }
  }, 60_000);

  it('leaves pages the project already has as they are', async () => {
    const data = projectData();
    data.articles = data.articles.map((a) => ({ ...a, title: { ...a.title, text: '不该覆盖' } }));
    const owner = await token({ project: PROJECT, user: '王', role: 'owner' });
    expect(await uploadBackup(url, owner, PROJECT, data)).toEqual({ uploaded: 0, kept: data.pages.length });
    const c = connect(url, pageDocName(PROJECT, data.pages[0].id), owner);
    clients.push(c);
    await waitFor('the page', () => docToPage(c.doc).state.articles.length > 0);
    expect(docToPage(c.doc).state.articles.some((a) => a.title.text === '不该覆盖')).toBe(false);
  }, 60_000);

  it('tells plainly when no server answers', async () => {
    const owner = await token({ project: PROJECT, user: '王', role: 'owner' });
    await expect(uploadBackup('ws://127.0.0.1:9', owner, PROJECT, projectData())).rejects.toThrow(
      /no Galley server answers at ws:\/\/127\.0\.0\.1:9/,
    );
  });

  it("takes a bundle from the app by POST, only with the owner's token, and only the pages it lacks", async () => {
    const data = projectData();
    const project = 'from-the-app';
    const pages = projectSnapshot(data).pages;
    const body = backupBundle(project, data);
    const post = async (role: 'owner' | 'editor', who = project) =>
      fetch(`${url.replace(/^ws/, 'http')}/projects/${project}/documents`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${await token({ project: who, user: '王', role })}` },
        body,
      });
    expect((await post('editor')).status).toBe(403);
    expect((await post('owner', 'elsewhere')).status).toBe(403);
    const first = await post('owner');
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ uploaded: pages.length, kept: 0 });
    expect(await (await post('owner')).json()).toEqual({ uploaded: 0, kept: pages.length });

    const member = await token({ project, user: '李', role: 'editor' });
    const listed = connect(url, projectDocName(project), member);
    clients.push(listed);
    await waitFor('the list of pages', () => listPages(listed.doc).length === pages.length);
    const c = connect(url, pageDocName(project, pages[0].page.id), member);
    clients.push(c);
    await waitFor('the page', () => docToPage(c.doc).state.articles.length === pages[0].articles.length);
  }, 60_000);
});
