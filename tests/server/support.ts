// A real Galley server in this process and simulated archivists' clients in Node:
// Hocuspocus providers over the `ws` WebSocket (Node 20 has no global WebSocket).

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { Server } from '@hocuspocus/server';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { galleyServer } from '../../src/server/server';
import { pgliteStore, postgresStore, type DocumentStore } from '../../src/server/store';
import { mintToken, type Member } from '../../src/server/token';

export { waitFor } from '../support/waitFor';

export const SECRET = new TextEncoder().encode('test secret, never a real one');

/** The PostgreSQL server `.ci/run` starts (a private cluster); absent on most machines. */
export const POSTGRES_URL = process.env.GALLEY_TEST_POSTGRES_URL;

export interface StoreKind {
  name: string;
  open: () => Promise<DocumentStore>;
}

/** PGlite always; the real PostgreSQL too when `.ci/run` (or the developer) started one. */
export function storeKinds(): StoreKind[] {
  const kinds: StoreKind[] = [{ name: 'PGlite', open: () => pgliteStore('memory://') }];
  if (POSTGRES_URL) kinds.push({ name: 'PostgreSQL', open: () => freshPostgres(POSTGRES_URL) });
  else console.log('GALLEY_TEST_POSTGRES_URL not set: server tests run on PGlite only (.ci/run sets it)');
  return kinds;
}

async function freshPostgres(url: string): Promise<DocumentStore> {
  const store = await postgresStore(url);
  // Each suite starts from an empty table: the cluster is the tests' own.
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: url });
  await client.connect();
  await client.query('TRUNCATE galley_documents');
  await client.end();
  return store;
}

/** A store whose writes stop when `kill()` is called: what a killed server process leaves. */
export function killable(store: DocumentStore): DocumentStore & { kill(): void } {
  let dead = false;
  return {
    fetch: (name) => store.fetch(name),
    store: async (name, state, vector) => {
      if (!dead) await store.store(name, state, vector);
    },
    list: (prefix, after, since) => store.list(prefix, after, since),
    changes: () => store.changes(),
    count: () => store.count(),
    close: async () => undefined,
    kill: () => {
      dead = true;
    },
  };
}

export async function startServer(store: DocumentStore, port = 0): Promise<{ server: Server; url: string }> {
  const server = galleyServer({ port, address: '127.0.0.1', store, secret: SECRET, debounce: 50 });
  await server.listen();
  return { server, url: `ws://127.0.0.1:${server.address.port}` };
}

/** Ends a server abruptly: every socket dropped, nothing stored (its store should be killed first). */
export async function killServer(server: Server): Promise<void> {
  for (const client of server.webSocketServer.clients) client.terminate();
  await new Promise<void>((resolve) => server.webSocketServer.close(() => resolve()));
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

export function token(member: Member, seconds = 3600): Promise<string> {
  return mintToken(SECRET, member, seconds);
}

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  closes: string[];
  failures: string[];
  goOffline(): void;
  goOnline(): void;
  destroy(): void;
}

export function connect(url: string, name: string, authToken: string, doc = new Y.Doc()): Client {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxDelay: 300,
    maxAttempts: 0,
  });
  const closes: string[] = [];
  const failures: string[] = [];
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token: authToken,
    onClose: ({ event }) => closes.push(`${event.code} ${event.reason}`),
    onAuthenticationFailed: ({ reason }) => failures.push(reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    closes,
    failures,
    goOffline: () => socket.disconnect(),
    goOnline: () => void socket.connect(),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Every client holds the same state (same state vector, same content). */
export function converged(clients: readonly { doc: Y.Doc }[]): boolean {
  const [first, ...rest] = clients.map((c) => Y.encodeStateVector(c.doc).toString());
  return rest.every((v) => v === first);
}

/** The document as the server stored it, or null before it was written. */
export async function stored(store: DocumentStore, name: string): Promise<Y.Doc | null> {
  const state = await store.fetch(name);
  if (!state) return null;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return Y.encodeStateVector(a).toString() === Y.encodeStateVector(b).toString();
}
