// Team sync against the real server (Hocuspocus on embedded PGlite, in this process):
//   sync.first_load_s      a member joining a 10,000-page project: every page document in
//                          one bundle request, each read into its Y.Doc and articles (goal < 60 s);
//   sync.edit_latency_ms   p95 from an edit in one client to its arrival in another, loopback
//                          (goal < 200 ms);
//   sync.server_mb         the process's resident memory after 10,000 documents were opened,
//                          edited and closed (unloaded when unused; goal < 500 MB).
// GALLEY_BENCH_SYNC_PAGES sets the page count (default 10,000) for a quicker look.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { setFieldText } from '../src/core/article';
import { applyLocalChange, decodeBundle, docToPage, pageDocName, pageToDoc } from '../src/core/sync';
import { galleyServer } from '../src/server/server';
import { pgliteStore, postgresStore } from '../src/server/store';
import { mintToken } from '../src/server/token';
import { markedPage } from '../tests/core/sync/helpers';

const PAGES = Number(process.env.GALLEY_BENCH_SYNC_PAGES ?? 10_000);
const AT_ONCE = 100;
const PROJECT = 'bench';
const secret = new TextEncoder().encode('bench secret');

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

function socket(url: string): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    delay: 50,
    minDelay: 50,
    maxAttempts: 0,
  });
}

/** Opens `name` on the shared socket and resolves once it is synced. */
function open(ws: HocuspocusProviderWebsocket, name: string, token: string): Promise<HocuspocusProvider> {
  return new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({
      websocketProvider: ws,
      name,
      token,
      onSynced: () => resolve(provider),
      onAuthenticationFailed: ({ reason }) => reject(new Error(reason)),
    });
    provider.attach();
  });
}

async function inBatches(names: string[], work: (name: string) => Promise<void>): Promise<void> {
  for (let i = 0; i < names.length; i += AT_ONCE) await Promise.all(names.slice(i, i + AT_ONCE).map(work));
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}

const page = markedPage('01-flood-drill');
const state = Y.encodeStateAsUpdate(pageToDoc(page));
const names = Array.from({ length: PAGES }, (_, i) => pageDocName(PROJECT, `page-${i}`));
// A real PostgreSQL when one is named (as `.ci/run` does for the tests), else embedded PGlite,
// whose WebAssembly heap then counts in this process's memory.
const postgresUrl = process.env.GALLEY_TEST_POSTGRES_URL;
const store = postgresUrl ? await postgresStore(postgresUrl) : await pgliteStore('memory://');
const storeName = postgresUrl ? 'PostgreSQL' : 'PGlite';
for (const name of names) await store.store(name, state);
const server = galleyServer({ port: 0, address: '127.0.0.1', store, secret, debounce: 100 });
await server.listen();
const url = `ws://127.0.0.1:${server.address.port}`;
const token = await mintToken(secret, { project: PROJECT, user: 'bench', role: 'editor' }, 3600);

// Joining: the project's bundle in one request, every page read into its Y.Doc and articles.
{
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${server.address.port}/projects/${PROJECT}/documents`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const bundle = decodeBundle(new Uint8Array(await response.arrayBuffer()));
  const fetched = (performance.now() - started) / 1000;
  let articles = 0;
  for (const entry of bundle) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, entry.state);
    articles += docToPage(doc).state.articles.length;
  }
  const seconds = (performance.now() - started) / 1000;
  if (articles !== PAGES * page.state.articles.length) throw new Error(`joined with ${articles} articles`);
  console.log(
    `sync.first_load_s: ${seconds.toFixed(1)} s (${PAGES} pages, ${articles} articles; ${fetched.toFixed(1)} s of it the request, ${storeName})`,
  );
}

// Latency: one archivist types, the other sees it.
{
  const name = names[0];
  const [wsA, wsB] = [socket(url), socket(url)];
  const [a, b] = [await open(wsA, name, token), await open(wsB, name, token)];
  const id = page.state.articles[0].id;
  const delays: number[] = [];
  for (let i = 0; i < 200; i++) {
    const text = `标题${i}`;
    const arrived = new Promise<void>((resolve) => {
      const seen = (): void => {
        if (docToPage(b.document).state.articles[0].title.text !== text) return;
        b.document.off('update', seen);
        resolve();
      };
      b.document.on('update', seen);
    });
    const started = performance.now();
    const before = docToPage(a.document).state;
    applyLocalChange(a.document, before, setFieldText(before, id, { kind: 'title' }, text, Date.now()));
    await arrived;
    delays.push(performance.now() - started);
  }
  a.destroy();
  b.destroy();
  wsA.destroy();
  wsB.destroy();
  const median = [...delays].sort((x, y) => x - y)[delays.length >> 1];
  console.log(
    `sync.edit_latency_ms: ${p95(delays).toFixed(1)} ms (p95 of ${delays.length} edits; median ${median.toFixed(1)} ms)`,
  );
}

// Memory: every document opened, edited and let go; the server stores and unloads them.
{
  const ws = socket(url);
  await inBatches(names, async (name) => {
    const provider = await open(ws, name, token);
    const before = docToPage(provider.document).state;
    const id = before.articles[1].id;
    applyLocalChange(
      provider.document,
      before,
      setFieldText(before, id, { kind: 'kicker' }, '改过', Date.now()),
    );
    await new Promise<void>((resolve) => {
      const check = (): void => (provider.hasUnsyncedChanges ? void setTimeout(check, 5) : resolve());
      check();
    });
    provider.destroy();
  });
  ws.destroy();
  const until = Date.now() + 60_000;
  while (server.hocuspocus.getDocumentsCount() > 0 && Date.now() < until)
    await new Promise((r) => setTimeout(r, 100));
  gc();
  const mb = process.memoryUsage().rss / 1024 / 1024;
  console.log(
    `sync.server_mb: ${mb.toFixed(0)} MB (${PAGES} documents touched, ${server.hocuspocus.getDocumentsCount()} still loaded; heap ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB; server and clients in one process, ${storeName})`,
  );
}

await server.destroy();
await store.close();
