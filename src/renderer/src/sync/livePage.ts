// One page with a live connection to the server: this archivist's changes to its open
// session written into its document within TYPING_MS, and another archivist's changes
// projected into Dexie and into the open session as a step of its own ('sync').

import type { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { PageArticles } from '../../../core/article/state';
import type { Page } from '../../../core/model';
import { applyLocalChange, docToPage, rawOf, rebaseState } from '../../../core/sync';
import type { ArticleSession } from '../articles/session/ArticleSession';
import { openedSession } from '../articles/session/registry';
import type { GalleyDb } from '../db/db';
import { LOCAL_EDIT, addJoinedPage, projectPage } from './projection';

const TYPING_MS = 100;

export class LivePage {
  provider: HocuspocusProvider | undefined;
  /** The state the document and the page's session last agreed on (the base of a capture). */
  private base: PageArticles | undefined;
  private unfollow: (() => void) | undefined;
  private pending = false;
  private projecting: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: GalleyDb,
    readonly pageId: string,
    readonly doc: Y.Doc,
    /** The project's metadata of a page, to make it here when it arrives. */
    private readonly listed: (pageId: string) => Page | undefined,
  ) {}

  close(): void {
    this.unfollow?.();
    this.provider?.destroy();
  }

  follow(session: ArticleSession): void {
    if (this.unfollow) return;
    this.base = docToPage(this.doc).state;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = session.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(() => this.capture(session), TYPING_MS);
    });
    this.unfollow = () => {
      clearTimeout(timer);
      unsubscribe();
    };
    this.capture(session);
  }

  /** Writes what the session changed since the last agreed state into the document. */
  private capture(session: ArticleSession): void {
    const state = session.getSnapshot().state;
    if (this.base && this.base !== state) applyLocalChange(this.doc, this.base, state, LOCAL_EDIT);
    this.base = state;
  }

  /** One projection at a time per page; changes arriving meanwhile are taken by the next. */
  scheduleRemote(): void {
    if (this.pending) return;
    this.pending = true;
    this.projecting = this.projecting
      .then(() => {
        this.pending = false;
        return this.remoteChange();
      })
      .catch((e: unknown) => console.error('team sync: a page could not be brought up to date', e));
  }

  private async remoteChange(): Promise<void> {
    const { pageId } = this;
    const joining = this.listed(pageId);
    const raw = rawOf(this.doc);
    if (joining && raw !== undefined) await addJoinedPage(this.db, joining, raw);
    const open = openedSession(this.db, pageId);
    const session = open ? await open : undefined;
    // This archivist's latest typing goes in first, so the merged state keeps it.
    if (session && this.unfollow) this.capture(session);
    const base = this.base;
    const merged = await projectPage(this.db, this.doc);
    if (session && this.unfollow && base) {
      // No undo step: the change goes into every kept step and into typing since the capture.
      const rebase = (state: PageArticles): PageArticles => rebaseState(state, base, merged);
      this.base = merged;
      session.change('sync', rebase(session.getSnapshot().state), rebase);
    }
  }
}
