// A backup's pages as the bundle the owner's upload sends (POST /projects/<id>/documents):
// the project document listing every page, and each page's document (raw text, articles,
// furniture). The app's Team dialog and `npm run server -- upload` send the same body.

import * as Y from 'yjs';
import { pageArticlesOf } from '../article/state';
import { projectSnapshot } from '../backup/snapshot';
import type { ProjectData } from '../backup/types';
import { encodeBundle } from './bundle';
import { pageDocName, projectDocName } from './names';
import { pageToDoc } from './pageDoc';
import { addPages } from './projectDoc';

export function backupBundle(project: string, data: ProjectData): Uint8Array<ArrayBuffer> {
  const pages = projectSnapshot(data).pages;
  const list = new Y.Doc();
  addPages(
    list,
    pages.map((p) => p.page),
  );
  return encodeBundle([
    { name: projectDocName(project), state: Y.encodeStateAsUpdate(list) },
    ...pages.map(({ page, raw, articles }) => ({
      name: pageDocName(project, page.id),
      state: Y.encodeStateAsUpdate(pageToDoc({ raw, state: pageArticlesOf(page, articles) })),
    })),
  ]);
}

/** The bundle's address beside the server's WebSocket one (ws → http, wss → https). */
export function bundleAddress(serverUrl: string, project: string, since?: number): string {
  const base = serverUrl.trim().replace(/^ws/, 'http').replace(/\/+$/, '');
  const query = since === undefined ? '' : `?since=${since}`;
  return `${base}/projects/${encodeURIComponent(project)}/documents${query}`;
}
