// A project shared with a team: every page's document kept in Dexie (docStore), synced live
// through the server while it is reachable, with the article tables as its projection.
//   - this archivist's change: an open page's session state, followed through the
//     session registry's subscription point, written into the document at once (typing
//     within TYPING_MS), stored locally and sent;
//   - another archivist's change: merged into the document, projected into Dexie and
//     brought into the page's open session as a step of its own ('sync').
// Offline, changes pile up in Dexie and the providers send them when the server is back.

import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { PageArticles } from '../../../core/article/state';
import {
  applyLocalChange,
  articlesMap,
  deletedWhileEdited,
  docToPage,
  pageDocName,
  pageMap,
  pageToDoc,
  rawOf,
  readArticle,
  resolveDeletedEdited,
} from '../../../core/sync';
import { listenToSessions, openedSession } from '../articles/session/registry';
import type { ArticleSession } from '../articles/session/ArticleSession';
import type { GalleyDb } from '../db/db';
import { LOCAL_STORE, loadDoc, saveUpdate } from './docStore';
import { LOCAL_EDIT, projectPage } from './projection';

export interface TeamSettings {
  /** ws:// or wss:// address of the server. */
  url: string;
  token: string;
  project: string;
}

export type TeamStatus = 'connecting' | 'connected' | 'offline' | 'refused';

const TYPING_MS = 100;

interface SharedPage {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** The state the document and the page's session last agreed on (the base of a capture). */
  base: PageArticles | undefined;
  unfollow?: () => void;
  pending: boolean;
  projecting: Promise<void>;
}

export class TeamSync {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly pages = new Map<string, SharedPage>();
  private readonly listeners = new Set<(status: TeamStatus) => void>();
  private readonly unlisten: () => void;
  private refused = false;
  status: TeamStatus = 'connecting';

  constructor(
    private readonly db: GalleyDb,
    private readonly settings: TeamSettings,
    webSocket?: unknown,
  ) {
    this.socket = new HocuspocusProviderWebsocket({
      url: settings.url,
      ...(webSocket ? { WebSocketPolyfill: webSocket } : {}),
      delay: 500,
      minDelay: 500,
      maxDelay: 10_000,
      maxAttempts: 0,
      onStatus: ({ status }) => this.setStatus(statusOf(status, this.refused)),
    });
    this.unlisten = listenToSessions((db, pageId, session) => {
      if (db === this.db) this.follow(pageId, session);
    });
  }

  onStatus(listener: (status: TeamStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Shares every page of the local project: uploads what the server lacks, then syncs live. */
  async shareAll(): Promise<void> {
    const pages = await this.db.pages.toArray();
    for (const page of pages) await this.share(page.id);
  }

  /** Shares one page: its document from Dexie (written from the page's articles the first time). */
  async share(pageId: string): Promise<void> {
    if (this.pages.has(pageId)) return;
    const name = pageDocName(this.settings.project, pageId);
    const doc = await loadDoc(this.db, name);
    const shared: SharedPage = {
      doc,
      provider: undefined as unknown as HocuspocusProvider,
      base: undefined,
      pending: false,
      projecting: Promise.resolve(),
    };
    this.pages.set(pageId, shared);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL_STORE) void saveUpdate(this.db, name, update);
      if (origin !== LOCAL_EDIT && origin !== LOCAL_STORE) this.scheduleRemote(pageId, shared);
    });
    await this.seed(pageId, doc);
    shared.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      token: this.settings.token,
      onAuthenticationFailed: () => {
        this.refused = true;
        this.setStatus('refused');
      },
    });
    shared.provider.attach();
    const open = openedSession(this.db, pageId);
    if (open) this.follow(pageId, await open);
  }

  /**
   * A page's document the first time it is shared from here: the raw text (written once,
   * whoever is first) and, when this archivist has marked the page, its articles and
   * furniture. An unmarked page waits for the server's copy instead of offering an empty one.
   */
  private async seed(pageId: string, doc: Y.Doc): Promise<void> {
    if (rawOf(doc) !== undefined) return;
    const [text, articles, page] = await Promise.all([
      this.db.texts.get(pageId),
      this.db.articles.where('pageId').equals(pageId).sortBy('order'),
      this.db.pages.get(pageId),
    ]);
    const furniture = page?.furniture ?? [];
    const state: PageArticles = {
      pageId,
      articles,
      furniture,
      ...(page?.handOrdered ? { handOrdered: true } : {}),
    };
    doc.transact(() => {
      if (articles.length > 0 || furniture.length > 0) pageToDoc({ raw: text?.raw ?? '', state }, doc);
      else {
        pageMap(doc).set('pageId', pageId);
        pageMap(doc).set('raw', text?.raw ?? '');
      }
    }, LOCAL_EDIT);
  }

  /** How many pages still hold changes the server has not confirmed. */
  unsynced(): number {
    return [...this.pages.values()].filter((p) => p.provider.hasUnsyncedChanges).length;
  }

  /** Articles deleted here or there while another archivist changed them, page by page. */
  deletedEdited(): { pageId: string; articleId: string; title: string }[] {
    const found: { pageId: string; articleId: string; title: string }[] = [];
    for (const [pageId, { doc }] of this.pages) {
      for (const articleId of deletedWhileEdited(doc)) {
        const map = articlesMap(doc).get(articleId);
        found.push({ pageId, articleId, title: map ? readArticle(map, pageId).title.text : '' });
      }
    }
    return found;
  }

  /** Settles one: the document changes as if another archivist had, so it is projected and sent. */
  resolve(pageId: string, articleId: string, choice: 'keep' | 'delete'): void {
    const doc = this.pages.get(pageId)?.doc;
    if (doc) resolveDeletedEdited(doc, articleId, choice);
  }

  /** Stops syncing; the local copy (documents and article tables) stays. */
  leave(): void {
    this.unlisten();
    for (const page of this.pages.values()) {
      page.unfollow?.();
      page.provider.destroy();
    }
    this.pages.clear();
    this.socket.destroy();
  }

  private follow(pageId: string, session: ArticleSession): void {
    const shared = this.pages.get(pageId);
    if (!shared || shared.unfollow) return;
    shared.base = docToPage(shared.doc).state;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = session.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => this.capture(shared, session), TYPING_MS);
    });
    shared.unfollow = () => {
      clearTimeout(timer);
      unsubscribe();
    };
    this.capture(shared, session);
  }

  /** Writes what the session changed since the last agreed state into the document. */
  private capture(shared: SharedPage, session: ArticleSession): void {
    const state = session.getSnapshot().state;
    if (shared.base && shared.base !== state) applyLocalChange(shared.doc, shared.base, state, LOCAL_EDIT);
    shared.base = state;
  }

  /** One projection at a time per page; changes arriving meanwhile are taken by the next. */
  private scheduleRemote(pageId: string, shared: SharedPage): void {
    if (shared.pending) return;
    shared.pending = true;
    shared.projecting = shared.projecting
      .then(() => {
        shared.pending = false;
        return this.remoteChange(pageId, shared);
      })
      .catch((e: unknown) => console.error('team sync: a page could not be brought up to date', e));
  }

  private async remoteChange(pageId: string, shared: SharedPage): Promise<void> {
    const open = openedSession(this.db, pageId);
    const session = open ? await open : undefined;
    // This archivist's latest typing goes in first, so the merged state keeps it.
    if (session && shared.unfollow) this.capture(shared, session);
    const merged = await projectPage(this.db, shared.doc);
    if (session && shared.unfollow) {
      shared.base = merged;
      session.change('sync', merged);
      shared.base = session.getSnapshot().state;
    }
  }

  private setStatus(status: TeamStatus): void {
    if (status === this.status) return;
    this.status = status;
    for (const l of this.listeners) l(status);
  }
}

function statusOf(status: WebSocketStatus, refused: boolean): TeamStatus {
  if (refused) return 'refused';
  if (status === WebSocketStatus.Connected) return 'connected';
  if (status === WebSocketStatus.Connecting) return 'connecting';
  return 'offline';
}
