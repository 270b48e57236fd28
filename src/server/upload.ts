// Moving a project in from a backup file in one step, on the server's own machine:
// `npm run server -- upload BACKUP --project ID [--url ws://localhost:8787]`. It connects to
// the running server as the project's owner (a token signed with the server's secret) and
// writes each page of the backup that the project lacks (raw text, articles, furniture) and
// the project's list of pages, through Hocuspocus like any member, so a running server
// and members already connected take the pages in at once. Pages the project already has
// are left as they are: their shared history is the team's.

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import { pageArticlesOf } from '../core/article/state';
import type { ProjectData } from '../core/backup/types';
import { projectSnapshot } from '../core/backup/snapshot';
import { addPages, pageDocName, pageToDoc, projectDocName, projectPages, rawOf } from '../core/sync';

export interface UploadOutcome {
  uploaded: number;
  /** Pages the project had already (left as they are). */
  kept: number;
}

function opened(
  socket: HocuspocusProviderWebsocket,
  name: string,
  token: string,
): Promise<HocuspocusProvider> {
  return new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token,
      onSynced: () => resolve(provider),
      onAuthenticationFailed: ({ reason }) => reject(new Error(`the server refused the token: ${reason}`)),
    });
    provider.attach();
  });
}

async function sent(provider: HocuspocusProvider, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (provider.hasUnsyncedChanges) {
    if (Date.now() > until) throw new Error(`the server did not confirm ${provider.configuration.name}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Throws a clear message when nothing answers at `url` (the provider would retry for ever). */
function reachable(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = new WebSocket(url);
    probe.once('open', () => {
      probe.close();
      resolve();
    });
    probe.once('error', (e) => reject(new Error(`no Galley server answers at ${url} (${e.message})`)));
  });
}

/** Writes the backup's pages the project lacks; resolves once the server has confirmed them. */
export async function uploadBackup(
  url: string,
  token: string,
  project: string,
  data: ProjectData,
): Promise<UploadOutcome> {
  await reachable(url);
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxAttempts: 3 });
  const providers: HocuspocusProvider[] = [];
  try {
    const list = await opened(socket, projectDocName(project), token);
    providers.push(list);
    const outcome: UploadOutcome = { uploaded: 0, kept: 0 };
    for (const { page, raw, articles } of projectSnapshot(data).pages) {
      const provider = await opened(socket, pageDocName(project, page.id), token);
      providers.push(provider);
      const doc: Y.Doc = provider.document;
      if (rawOf(doc) !== undefined) {
        outcome.kept++;
      } else {
        pageToDoc({ raw, state: pageArticlesOf(page, articles) }, doc);
        outcome.uploaded++;
      }
      if (!projectPages(list.document).has(page.id)) addPages(list.document, [page]);
      await sent(provider);
      provider.destroy();
    }
    await sent(list);
    return outcome;
  } finally {
    for (const p of providers) p.destroy();
    socket.destroy();
  }
}
