// Team sync against the real server (Hocuspocus on PGlite, or PostgreSQL when
// GALLEY_TEST_POSTGRES_URL names one), the server in a process of its own, as deployed:
//   sync.first_load_s      a member joining a 10,000-page project: the app's own TeamSync
//                          (Dexie on fake-indexeddb in Node) from an empty copy until every
//                          page's articles are in its tables (goal < 60 s);
//   sync.edit_latency_ms   p95 from an edit in one client to its arrival in another, loopback
//                          (goal < 200 ms);
//   sync.server_mb         the server process's resident memory after 10,000 documents were
//                          opened, edited and closed (unloaded when unused; goal < 500 MB).
// The page count: `npm run bench -- sync 1000` (or GALLEY_BENCH_SYNC_PAGES); default 10,000.
import 'fake-indexeddb/auto';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { PGlite } from '@electric-sql/pglite';
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { setFieldText } from '../src/core/article';
import type { Page } from '../src/core/model';
import {
  addPages,
  applyLocalChange,
  docToPage,
  pageDocName,
  pageToDoc,
  projectDocName,
} from '../src/core/sync';
import { createDb } from '../src/renderer/src/db/db';
import { TeamSync } from '../src/renderer/src/sync/teamSync';
import { galleyServer } from '../src/server/server';
import { pgliteStore, postgresStore } from '../src/server/store';
import { mintToken } from '../src/server/token';
import { markedPage } from '../tests/core/sync/helpers';

const [role, where] = process.argv.slice(2);
const PAGES = Number(/^\d+$/.test(role ?? '') ? role : (process.env.GALLEY_BENCH_SYNC_PAGES ?? 10_000));
const AT_ONCE = 100;
const PROJECT = 'bench';
const secret = new TextEncoder().encode('bench secret');
const postgresUrl = process.env.GALLEY_TEST_POSTGRES_URL;
const storeName = postgresUrl ? 'PostgreSQL' : 'PGlite on disk';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

const pageId = (i: number): string => `page-${String(i).padStart(5, '0')}`;

/** Child process: the project's documents written to the store, 100 to a statement. */
async function fill(dir: string, pages: number): Promise<void> {
  const template = markedPage('01-flood-drill');
  const rows: [string, string][] = [];
  const list: Page[] = [];
  for (let i = 0; i < pages; i++) {
    const id = pageId(i);
    const articles = template.state.articles.map((a) => ({ ...a, id: `${id}-${a.id}`, pageId: id }));
    const doc = pageToDoc({ raw: template.raw, state: { pageId: id, articles, furniture: [] } });
    rows.push([pageDocName(PROJECT, id), Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64')]);
    list.push({
      ...{ id, name: `${id}.txt`, relativePath: `${id}.txt`, sha256: id, encoding: 'utf-8', bom: false },
      ...{ lineEndings: 'lf', byteLength: template.raw.length, charLength: template.raw.length },
      ...{ importedAt: 0, empty: false, furniture: [], articleCount: 0, coverage: 0 },
    });
  }
  const project = new Y.Doc();
  addPages(project, list);
  rows.push([projectDocName(PROJECT), Buffer.from(Y.encodeStateAsUpdate(project)).toString('base64')]);
  // The store makes its table; the rows then go in as plain SQL, many to a statement.
  await (postgresUrl ? await postgresStore(postgresUrl) : await pgliteStore(dir)).close();
  const sql = postgresUrl ? new pg.Client({ connectionString: postgresUrl }) : null;
  const lite = sql ? null : await PGlite.create(dir);
  await sql?.connect();
  const query = async (text: string, params: string[] = []): Promise<void> => {
    await (sql ? sql.query(text, params) : lite!.query(text, params));
  };
  await query('DELETE FROM galley_documents');
  for (let i = 0; i < rows.length; i += 100) {
    const part = rows.slice(i, i + 100);
    const values = part.map((_, j) => `($${2 * j + 1}, decode($${2 * j + 2}, 'base64'))`).join(', ');
    await query(`INSERT INTO galley_documents (name, state) VALUES ${values}`, part.flat());
  }
  await sql?.end();
  await lite?.close();
}

/** Child process: the server, telling its port and, when asked, its memory once all is unloaded. */
async function serve(dir: string): Promise<void> {
  const store = postgresUrl ? await postgresStore(postgresUrl) : await pgliteStore(dir);
  // As deployed: changes stored 2 s after the last (at once when its last member leaves).
  const server = galleyServer({ port: 0, address: '127.0.0.1', store, secret });
  await server.listen();
  process.send?.({ port: server.address.port });
  process.on('message', (message) => {
    if (message === 'cpu') process.send?.(process.cpuUsage());
    if (message === 'stop') void server.destroy().then(() => store.close().then(() => process.exit(0)));
    if (message !== 'memory') return;
    void (async () => {
      const until = Date.now() + 60_000;
      while (server.hocuspocus.getDocumentsCount() > 0 && Date.now() < until)
        await new Promise((r) => setTimeout(r, 100));
      gc();
      const { rss, heapUsed } = process.memoryUsage();
      process.send?.({ rss, heapUsed, loaded: server.hocuspocus.getDocumentsCount() });
    })();
  });
}

interface Memory {
  rss: number;
  heapUsed: number;
  loaded: number;
}

function ask<T>(child: ChildProcess, message?: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T));
    if (message) child.send(message);
  });
}

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

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
}

const cpuSeconds = ({ user, system }: NodeJS.CpuUsage): number => (user + system) / 1e6;

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-sync-bench-'));
  const self = process.argv[1];
  const made = spawnSync(process.execPath, [...process.execArgv, self, 'fill', dir, String(PAGES)], {
    stdio: 'inherit',
  });
  if (made.status !== 0) throw new Error('could not fill the store');
  const child = fork(self, ['serve', dir], { execArgv: [...process.execArgv, '--expose-gc'] });
  try {
    const { port } = await ask<{ port: number }>(child);
    const url = `ws://127.0.0.1:${port}`;
    const token = await mintToken(secret, { project: PROJECT, user: 'bench', role: 'editor' }, 3600);
    const idle = await ask<Memory>(child, 'memory');
    const articlesPerPage = markedPage('01-flood-drill').state.articles.length;

    // Joining: the app's TeamSync from an empty copy until every page's articles are in Dexie.
    {
      const db = createDb(`galley-bench-${crypto.randomUUID()}`);
      const [cpu, serverCpu] = [process.cpuUsage(), await ask<NodeJS.CpuUsage>(child, 'cpu')];
      const started = performance.now();
      const sync = new TeamSync(db, { url, project: PROJECT, token }, WebSocket);
      await sync.shareAll();
      await sync.loaded;
      const seconds = (performance.now() - started) / 1000;
      const [ours, theirs] = [process.cpuUsage(cpu), await ask<NodeJS.CpuUsage>(child, 'cpu')];
      const serverSeconds = cpuSeconds(theirs) - cpuSeconds(serverCpu);
      const [articles, live] = [await db.articles.count(), sync.docs().length];
      sync.leave();
      db.close();
      if (articles !== PAGES * articlesPerPage) throw new Error(`joined with ${articles} articles`);
      console.log(
        `sync.first_load_s: ${seconds.toFixed(1)} s (${PAGES} pages, ${articles} articles into Dexie on fake-indexeddb; ${live} pages live after; ${storeName})`,
      );
      console.log(`sync.first_load_cpu_s: ${cpuSeconds(ours).toFixed(1)} s (the joining app's CPU time)`);
      console.log(
        `sync.first_load_server_cpu_s: ${serverSeconds.toFixed(1)} s (the server's CPU time meanwhile)`,
      );
    }

    // Latency: one archivist types, the other sees it.
    {
      const name = pageDocName(PROJECT, pageId(0));
      const [wsA, wsB] = [socket(url), socket(url)];
      const [a, b] = [await open(wsA, name, token), await open(wsB, name, token)];
      const id = docToPage(a.document).state.articles[0].id;
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
      for (const x of [a, b, wsA, wsB]) x.destroy();
      const median = [...delays].sort((x, y) => x - y)[delays.length >> 1];
      console.log(
        `sync.edit_latency_ms: ${p95(delays).toFixed(1)} ms (p95 of ${delays.length} edits; median ${median.toFixed(1)} ms)`,
      );
    }

    // Memory: every document opened, edited and let go; the server stores and unloads them.
    {
      const ws = socket(url);
      const names = Array.from({ length: PAGES }, (_, i) => pageDocName(PROJECT, pageId(i)));
      for (let i = 0; i < names.length; i += AT_ONCE) {
        await Promise.all(
          names.slice(i, i + AT_ONCE).map(async (name) => {
            const provider = await open(ws, name, token);
            const before = docToPage(provider.document).state;
            const kicker = setFieldText(
              before,
              before.articles[1].id,
              { kind: 'kicker' },
              '改过',
              Date.now(),
            );
            applyLocalChange(provider.document, before, kicker);
            while (provider.hasUnsyncedChanges) await new Promise((r) => setTimeout(r, 5));
            provider.destroy();
          }),
        );
      }
      ws.destroy();
      const after = await ask<Memory>(child, 'memory');
      console.log(
        `sync.server_mb: ${mb(after.rss)} MB (server process; ${PAGES} documents touched, ${after.loaded} still loaded; heap ${mb(after.heapUsed)} MB; ${mb(idle.rss)} MB before any was opened; ${storeName})`,
      );
    }
  } finally {
    child.send('stop');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

if (role === 'fill') await fill(where, Number(process.argv[4]));
else if (role === 'serve') await serve(where);
else await main();
