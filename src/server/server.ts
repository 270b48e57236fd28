// The team server: Hocuspocus on a DocumentStore. Every connection proves membership with a
// signed token for the document's project; every incoming change is checked against the
// member's role before it is applied. Documents nobody has open are stored and unloaded,
// so memory follows the documents in use, not the project's size.

import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import * as Y from 'yjs';
import { changedNotice, parseDocName, projectDocName, refusedUpdate } from '../core/sync';
import { serveBundle } from './bundleRoute';
import { updateIn } from './message';
import type { DocumentStore } from './store';
import { verifyToken, type Member } from './token';

export interface ServerOptions {
  port: number;
  address?: string;
  store: DocumentStore;
  secret: Uint8Array;
  /** redis://host:port: several instances behind one load balancer share their updates. */
  redisUrl?: string;
  /** Milliseconds a document's changes wait before being written (and unloaded). */
  debounce?: number;
}

/** The close code a refused change ends its document's connection with (4000–4999: the application's). */
const CLOSE_FORBIDDEN = 4403;

export function galleyServer(options: ServerOptions): Server {
  const extensions: Extension[] = [
    new Database({
      fetch: ({ documentName }) => options.store.fetch(documentName),
      store: ({ documentName, state, document }) =>
        options.store.store(documentName, state, Y.encodeStateVector(document)),
    }),
  ];
  if (options.redisUrl) extensions.push(redisExtension(options.redisUrl));
  return new Server({
    name: 'galley',
    port: options.port,
    address: options.address ?? '0.0.0.0',
    quiet: true,
    stopOnSignals: false,
    debounce: options.debounce ?? 2000,
    maxDebounce: 10_000,
    unloadImmediately: true,
    extensions,
    async onRequest({ request, response, instance }) {
      const live = (name: string) => instance.documents.get(name);
      const unstored = (name: string): boolean => {
        const [doc, id] = [live(name), `onStoreDocument-${name}`];
        const { debouncer } = instance;
        return (
          !!doc &&
          (debouncer.isDebounced(id) || debouncer.isCurrentlyExecuting(id) || doc.saveMutex.isLocked())
        );
      };
      const loaded = (prefix: string) => [...instance.documents.keys()].filter((n) => n.startsWith(prefix));
      // Rejecting with nothing is Hocuspocus' sign that the request was answered here.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (await serveBundle(request, response, { ...options, live, unstored, loaded, instance })) throw null;
    },
    async onChange({ documentName, context, instance }) {
      // A member's change (not one loaded from the store or relayed by Redis) is announced
      // on the project document, which every member of the project keeps open.
      if (!(context as Partial<Member>).user) return;
      const doc = parseDocName(documentName);
      if (doc?.kind !== 'page') return;
      instance.documents.get(projectDocName(doc.projectId))?.broadcastStateless(changedNotice(doc.pageId));
    },
    async onAuthenticate({ token, documentName }): Promise<Member> {
      const member = await verifyToken(options.secret, token).catch((e: unknown) => {
        throw new Error(`token refused: ${e instanceof Error ? e.message : String(e)}`);
      });
      const doc = parseDocName(documentName);
      if (!doc || doc.projectId !== member.project) throw new Error('token is for another project');
      return member;
    },
    async beforeHandleMessage({ context, document, update: message }) {
      const member = context as Member;
      const update = updateIn(message);
      if (!update) return;
      const refusal = refusedUpdate(member.role, document, update);
      // The client's document is closed with the refusal as its reason; nothing was applied.
      if (refusal) throw Object.assign(new Error(refusal), { code: CLOSE_FORBIDDEN, reason: refusal });
    },
  });
}

function redisExtension(url: string): Redis {
  const parsed = new URL(url);
  const db = Number(parsed.pathname.slice(1));
  return new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(Number.isInteger(db) && db > 0 ? { db } : {}),
    },
  });
}
