// A project shared with a team: every page's document kept in Dexie (docStore), synced live
// through the server while it is reachable, with the article tables as its projection.
//   - this archivist's change: an open page's session state, followed through the
//     session registry's subscription point, written into the document at once (typing
//     within TYPING_MS), stored locally and sent;
//   - another archivist's change: merged into the document, projected into Dexie and
//     brought into the page's open session as a step of its own ('sync').
// Each time the project document syncs (joining, reconnecting) the server's bundle brings
// every page up to date in one request (bundleLoad.ts); a page is live (a provider of its
// own) only while in use, changed by another member (announced on the project document),
// or holding changes the server lacks. Offline, changes pile up in Dexie and are sent when
// the server is back. Presence and assignments live on the project document (teamPresence.ts).

import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { Page } from '../../../core/model';
import {
  changedPageOf,
  pageDocName,
  addPages,
  listPages,
  projectDocName,
  projectPages,
} from '../../../core/sync';
import { listenToSessions, openedSession } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';
import { fetchBundle, keepChanges, lastChanges } from './bundleFetch';
import { mergeBundle } from './bundleLoad';
import { LOCAL_STORE, loadDoc, saveUpdate } from './docStore';
import { LOCAL_EDIT, seedPageDoc } from './projection';
import { LivePage } from './livePage';
import { TeamPresence, memberOf } from './teamPresence';

export interface TeamSettings {
  /** ws:// or wss:// address of the server. */
  url: string;
  token: string;
  project: string;
}

export type TeamStatus = 'connecting' | 'connected' | 'offline' | 'refused';

export class TeamSync {
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly pages = new Map<string, LivePage>();
  private readonly listeners = new Set<(status: TeamStatus) => void>();
  private readonly unlisten: () => void;
  private refused = false;
  private projectProvider: HocuspocusProvider | undefined;
  /** Pages listed by the project and not yet in this copy: their metadata until they arrive. */
  private readonly joining = new Map<string, Page>();
  private catchingUp: Promise<void> = Promise.resolve();
  private caughtUp!: () => void;
  /** Resolves once the first bundle has been merged (joining a project). */
  readonly loaded = new Promise<void>((resolve) => (this.caughtUp = resolve));
  status: TeamStatus = 'connecting';
  presence: TeamPresence | undefined;

  constructor(
    readonly db: GalleyDb,
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
      if (db === this.db) void this.share(pageId).then(() => this.pages.get(pageId)?.follow(session));
    });
  }

  onStatus(listener: (status: TeamStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Shares the project: its list of pages (what a member joining gets); once the project
   * document syncs, the bundle brings every page and the pages the server lacks are sent.
   */
  async shareAll(): Promise<void> {
    const project = await this.openProject();
    const pages = await this.db.pages.toArray();
    const listed = new Set(projectPages(project).keys());
    const fresh = pages.filter((p) => !listed.has(p.id));
    if (fresh.length > 0) project.transact(() => addPages(project, fresh), LOCAL_EDIT);
    this.noteListed(project);
  }

  /** Every page brought up to date from the bundle; then live: the pages in use or unsent. */
  private catchUp(project: Y.Doc): void {
    this.catchingUp = this.catchingUp
      .then(async () => {
        const local = (await this.db.pages.toCollection().primaryKeys()).map(String);
        // No bundle (a proxy passing only WebSockets): every page syncs live, as it can.
        const toSend = (await this.mergeChanges(project, local)) ?? [
          ...new Set([...local, ...listPages(project).map((p) => p.id)]),
        ];
        const inUse = local.filter((id) => openedSession(this.db, id) !== undefined);
        for (const pageId of new Set([...toSend, ...inUse])) await this.share(pageId);
        this.caughtUp();
      })
      .catch((e: unknown) => console.error('team sync: the project could not be brought up to date', e));
  }

  /**
   * Merges what the server wrote since the last catch-up (everything the first time, or
   * when this copy lacks a page the server did not send whole); the pages to make live, or
   * null when there is no bundle to be had.
   */
  private async mergeChanges(project: Y.Doc, local: string[]): Promise<string[] | null> {
    const since = await lastChanges(this.db, this.settings);
    for (const ask of since === undefined ? [undefined] : [since, undefined]) {
      const bundle = await fetchBundle(this.settings, ask);
      if (!bundle) return null;
      const listed = new Map(listPages(project).map((p) => [p.id, p]));
      const live = new Set(this.pages.keys());
      const outcome = await mergeBundle(this.db, this.settings.project, bundle.pieces, listed, local, live);
      if (outcome.missing > 0 && ask !== undefined) continue;
      if (bundle.changes !== null) await keepChanges(this.db, this.settings, bundle.changes);
      return outcome.toSend;
    }
    return null;
  }

  private async openProject(): Promise<Y.Doc> {
    const name = projectDocName(this.settings.project);
    const doc = await loadDoc(this.db, name);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL_STORE) void saveUpdate(this.db, name, update);
      if (origin !== LOCAL_EDIT && origin !== LOCAL_STORE) this.noteListed(doc);
    });
    this.projectProvider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name,
      document: doc,
      token: this.settings.token,
      // Joining and every reconnection: what changed meanwhile comes in one request.
      onSynced: () => this.catchUp(doc),
      onStateless: ({ payload }) => {
        const pageId = changedPageOf(payload);
        if (pageId) void this.share(pageId);
      },
    });
    this.projectProvider.attach();
    this.presence = new TeamPresence(this.projectProvider, doc, memberOf(this.settings.token));
    return doc;
  }

  /** Pages another member shared: made locally (if lacking) once their document arrives. */
  private noteListed(project: Y.Doc): void {
    for (const page of listPages(project)) this.joining.set(page.id, page);
  }

  /** Shares one page: its document from Dexie (written from the page's articles the first time). */
  async share(pageId: string): Promise<void> {
    if (this.pages.has(pageId)) return;
    const name = pageDocName(this.settings.project, pageId);
    const shared = new LivePage(this.db, pageId, new Y.Doc(), (id) => this.joining.get(id));
    this.pages.set(pageId, shared);
    const doc = await loadDoc(this.db, name, shared.doc);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOCAL_STORE) void saveUpdate(this.db, name, update);
      if (origin !== LOCAL_EDIT && origin !== LOCAL_STORE) shared.scheduleRemote();
    });
    await seedPageDoc(this.db, pageId, doc);
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
    if (open) shared.follow(await open);
  }

  /** Every shared page's document (conflicts are read from them: conflictList.ts). */
  docs(): [string, Y.Doc][] {
    return [...this.pages].map(([pageId, { doc }]) => [pageId, doc]);
  }

  /** Stops syncing; the local copy (documents and article tables) stays. */
  leave(): void {
    this.unlisten();
    for (const page of this.pages.values()) page.close();
    this.pages.clear();
    this.projectProvider?.destroy();
    this.socket.destroy();
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
