// A project shared with a team: every page's document kept in Dexie (docStore), synced live
// through the server while it is reachable, with the article tables as its projection.
//   - this archivist's change: an open page's session state, followed through the
//     session registry's subscription point, written into the document at once (typing
//     within TYPING_MS), stored locally and sent;
//   - another archivist's change: merged into the document, projected into Dexie and
//     brought into the page's open session as a step of its own ('sync').
// Offline, changes pile up in Dexie and the providers send them when the server is back.
// Presence and assignments live on the project document (teamPresence.ts).

import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { PageArticles } from '../../../core/article/state';
import type { Page } from '../../../core/model';
import {
  applyLocalChange,
  docToPage,
  pageDocName,
  addPages,
  listPages,
  projectDocName,
  projectPages,
  rawOf,
  rebaseState,
} from '../../../core/sync';
import { listenToSessions, openedSession } from '../articles/session/registry';
import type { ArticleSession } from '../articles/session/ArticleSession';
import type { GalleyDb } from '../db/db';
import { LOCAL_STORE, loadDoc, saveUpdate } from './docStore';
import { LOCAL_EDIT, addJoinedPage, projectPage, seedPageDoc } from './projection';
import { TeamPresence, memberOf } from './teamPresence';

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
  private projectProvider: HocuspocusProvider | undefined;
  /** Pages listed by the project and not yet in this copy: their metadata until they arrive. */
  private readonly joining = new Map<string, Page>();
  status: TeamStatus = 'connecting';
  presence: TeamPresence | undefined;

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

  /**
   * Shares the project: its list of pages (what a member joining gets), every local page
   * (uploads what the server lacks), then syncs live; pages other members share arrive too.
   */
  async shareAll(): Promise<void> {
    const project = await this.openProject();
    const pages = await this.db.pages.toArray();
    const listed = new Set(projectPages(project).keys());
    const fresh = pages.filter((p) => !listed.has(p.id));
    if (fresh.length > 0) project.transact(() => addPages(project, fresh), LOCAL_EDIT);
    for (const page of pages) await this.share(page.id);
    await this.joinListed(project);
  }

  private async openProject(): Promise<Y.Doc> {
    const name = projectDocName(this.settings.project);
    const doc = await loadDoc(this.db, name);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL_STORE) void saveUpdate(this.db, name, update);
      if (origin !== LOCAL_EDIT && origin !== LOCAL_STORE) void this.joinListed(doc);
    });
    this.projectProvider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      token: this.settings.token,
    });
    this.projectProvider.attach();
    this.presence = new TeamPresence(this.projectProvider, doc, memberOf(this.settings.token));
    return doc;
  }

  /** Pages another member shared that this copy lacks: made locally once their document arrives. */
  private async joinListed(project: Y.Doc): Promise<void> {
    for (const page of listPages(project)) {
      if (this.pages.has(page.id)) continue;
      this.joining.set(page.id, page);
      await this.share(page.id);
    }
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
    if (!this.joining.has(pageId)) await seedPageDoc(this.db, pageId, doc);
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

  /** Every shared page's document (conflicts are read from them: conflictList.ts). */
  docs(): [string, Y.Doc][] {
    return [...this.pages].map(([pageId, { doc }]) => [pageId, doc]);
  }

  /** Stops syncing; the local copy (documents and article tables) stays. */
  leave(): void {
    this.unlisten();
    for (const page of this.pages.values()) {
      page.unfollow?.();
      page.provider.destroy();
    }
    this.pages.clear();
    this.projectProvider?.destroy();
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
    const joining = this.joining.get(pageId);
    const raw = rawOf(shared.doc);
    if (joining && raw !== undefined) {
      this.joining.delete(pageId);
      await addJoinedPage(this.db, joining, raw);
    }
    const open = openedSession(this.db, pageId);
    const session = open ? await open : undefined;
    // This archivist's latest typing goes in first, so the merged state keeps it.
    if (session && shared.unfollow) this.capture(shared, session);
    const base = shared.base;
    const merged = await projectPage(this.db, shared.doc);
    if (session && shared.unfollow && base) {
      // No undo step: the change goes into every kept step and into typing since the capture.
      const rebase = (state: PageArticles): PageArticles => rebaseState(state, base, merged);
      shared.base = merged;
      session.change('sync', rebase(session.getSnapshot().state), rebase);
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
