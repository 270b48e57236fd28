// GET /projects/<id>/documents with `Authorization: Bearer <token>`: every document of the
// project as one bundle (core/sync/bundle), read straight from the database without
// loading a Y.Doc, so a member joining a large project gets it in one request; live sync
// per page then only exchanges what changed since. A document loaded here with changes not
// yet written is sent as it is now (they wait up to 10 s to be stored). `?since=N` (the
// change number the last answer's header gave) sends whole only the documents written
// since, the others as their state vectors: a member reconnecting downloads what changed.
// POST to the same address is the owner's upload (uploadRoute.ts).

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Hocuspocus } from '@hocuspocus/server';
import * as Y from 'yjs';
import { CHANGES_HEADER, encodeBundle, isProjectId } from '../core/sync';
import { PAGE_ROWS, type DocumentStore } from './store';
import { verifyToken } from './token';
import { receiveUpload } from './uploadRoute';

const ROUTE = /^\/projects\/([^/]+)\/documents$/;

export interface BundleSource {
  store: DocumentStore;
  secret: Uint8Array;
  /** The document as loaded on this server, if it is. */
  live: (name: string) => Y.Doc | undefined;
  /** Whether a loaded document holds changes not yet written to the store. */
  unstored: (name: string) => boolean;
  /** Names of the loaded documents starting with `prefix`. */
  loaded: (prefix: string) => string[];
  instance: Hocuspocus;
}

/** Answers the bundle route and returns true; false for any other request. */
export async function serveBundle(
  request: IncomingMessage,
  response: ServerResponse,
  { store, secret, live, unstored, loaded, instance }: BundleSource,
): Promise<boolean> {
  const match = ROUTE.exec(new URL(request.url ?? '/', 'http://galley').pathname);
  if (!match) return false;
  // The app's page is served from its own origin (app://galley, localhost): it may ask.
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
  response.setHeader('Access-Control-Allow-Methods', 'GET, POST');
  if (request.method === 'OPTIONS') return end(response, 204, '');
  if (request.method !== 'GET' && request.method !== 'POST') return end(response, 405, 'GET or POST only');
  const project = match[1];
  const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
  const member = bearer && isProjectId(project) ? await verifyToken(secret, bearer).catch(() => null) : null;
  if (!member) return end(response, 401, 'token refused');
  if (member.project !== project) return end(response, 403, 'token is for another project');
  if (request.method === 'POST') {
    const { status, body } = await receiveUpload(request, member, project, instance);
    return end(response, status, body);
  }
  const prefix = `${project}/`;
  const since = sinceOf(request.url);
  if (since === null) return end(response, 400, 'since must be a change number');
  const unsent = new Set(loaded(prefix));
  const now = (name: string): Uint8Array | undefined => {
    const doc = live(name);
    return doc ? Y.encodeStateAsUpdate(doc) : undefined;
  };
  // Read before the rows: a write landing meanwhile is sent again next time, never missed.
  const changes = await store.changes();
  response.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    [CHANGES_HEADER]: String(changes),
    'Access-Control-Expose-Headers': CHANGES_HEADER,
  });
  let after = '';
  for (;;) {
    const rows = await store.list(prefix, after, since);
    // A loaded document with changes still waiting to be stored is sent whole as it is now.
    const entries = rows.map(({ name, state, vector }) => {
      unsent.delete(name);
      const waiting = unstored(name) ? now(name) : undefined;
      return waiting ? { name, state: waiting } : { name, state, vector };
    });
    if (rows.length > 0) response.write(encodeBundle(entries));
    if (rows.length < PAGE_ROWS) break;
    after = rows[rows.length - 1].name;
  }
  // Loaded and not yet stored at all: a page uploaded a moment ago.
  const fresh = [...unsent].flatMap((name) => {
    const state = now(name);
    return state ? [{ name, state }] : [];
  });
  if (fresh.length > 0) response.write(encodeBundle(fresh));
  response.end();
  return true;
}

/** `?since=N`: only the documents written after change N whole (undefined: every one); null when malformed. */
function sinceOf(url: string | undefined): number | undefined | null {
  const value = new URL(url ?? '/', 'http://galley').searchParams.get('since');
  if (value === null) return undefined;
  return /^\d{1,15}$/.test(value) ? Number(value) : null;
}

function end(response: ServerResponse, status: number, text: string): true {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
  return true;
}
