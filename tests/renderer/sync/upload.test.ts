// Moving a project in from the app: the owner uploads a backup file to a server project
// from the Team dialog's upload; a member then joins by opening the server project with an
// empty copy and gets its pages; leaving keeps the local copy.

import 'fake-indexeddb/auto';
import type { Server } from '@hocuspocus/server';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBackup } from '../../../src/core/backup/format';
import { createDb } from '../../../src/renderer/src/db/db';
import { TeamSync } from '../../../src/renderer/src/sync/teamSync';
import { uploadBackupFile } from '../../../src/renderer/src/sync/uploadBackup';
import { pgliteStore, type DocumentStore } from '../../../src/server/store';
import { projectData } from '../../core/backup/fixtures';
import { startServer, token } from '../../server/support';

const PROJECT = 'county-gazette';

describe('uploading a backup file from the app', () => {
  let store: DocumentStore;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    store = await pgliteStore('memory://');
    ({ server, url } = await startServer(store));
  }, 120_000);
  afterAll(async () => {
    await server.destroy();
    await store.close();
  });

  const settings = async (role: 'owner' | 'editor') => ({
    url,
    project: PROJECT,
    token: await token({ project: PROJECT, user: role === 'owner' ? '王' : '李', role }),
  });

  it("takes the owner's upload once, refuses an editor's and a file that is no backup", async () => {
    const data = projectData();
    const file = makeBackup(data, { createdAt: 1 });
    expect(await uploadBackupFile(await settings('editor'), file)).toEqual({
      ok: false,
      problem: 'team.uploadRefused',
    });
    expect(await uploadBackupFile(await settings('owner'), new TextEncoder().encode('not a backup'))).toEqual(
      {
        ok: false,
        problem: 'team.uploadNotBackup',
      },
    );
    expect(await uploadBackupFile(await settings('owner'), file)).toEqual({
      ok: true,
      uploaded: data.pages.length,
      kept: 0,
    });
    expect(await uploadBackupFile(await settings('owner'), file)).toEqual({
      ok: true,
      uploaded: 0,
      kept: data.pages.length,
    });
    const nobody = { ...(await settings('owner')), url: 'ws://127.0.0.1:9' };
    expect(await uploadBackupFile(nobody, file)).toEqual({ ok: false, problem: 'team.uploadUnreachable' });
  }, 60_000);

  it("a member opening the server project with an empty copy gets the backup's pages, and keeps them on leaving", async () => {
    const data = projectData();
    const db = createDb(`galley-upload-${crypto.randomUUID()}`);
    const sync = new TeamSync(db, await settings('editor'), WebSocket);
    await sync.shareAll();
    await sync.loaded;
    sync.leave();
    expect((await db.pages.toArray()).map((p) => p.id).sort()).toEqual(data.pages.map((p) => p.id).sort());
    for (const page of data.pages) {
      const expected = data.articles.filter((a) => a.pageId === page.id).sort((a, b) => a.order - b.order);
      const got = await db.articles.where('pageId').equals(page.id).sortBy('order');
      expect(got.map((a) => [a.id, a.title.text])).toEqual(expected.map((a) => [a.id, a.title.text]));
      expect((await db.texts.get(page.id))?.raw).toBe(data.texts.find((t) => t.pageId === page.id)?.raw);
    }
    db.close();
  }, 60_000);
});
