// Writing one page's session to IndexedDB: what changed since the last write, in one
// transaction, one write after another; typing waits up to SAVE_DELAY_MS; each article
// keeps one revision per editing burst. The session (ArticleSession.ts) owns the state.

import type { Changes, PageArticles } from '../../../../core/article';
import { changesBetween, isUnchanged } from '../../../../core/article';
import type { Revision } from '../../../../core/backup/types';
import type { GalleyDb } from '../../db/db';
import type { SaveObserver } from '../../instruments';
import { writeChanges } from './persist';

export const SAVE_DELAY_MS = 300;
/** Edits to an article closer together than this belong to one burst and share one revision. */
const BURST_MS = 10_000;

export type SaveStatus = 'saved' | 'saving' | 'error';

/** Rows of one page to write, handed out by takeWrite. */
export interface PendingWrite {
  state: PageArticles;
  coverage: number;
  /** checkPage's problems in `state` (the page list shows the count). */
  problemCount: number;
  changes: Changes;
  revisions: Revision[];
}

export interface WriterHost {
  /** The session's state now: what a write writes. */
  current(): PageArticles;
  coverageOf(state: PageArticles): number;
  problemCountOf(state: PageArticles): number;
  now(): number;
  newId(): string;
  /** The save status changed. */
  changed(): void;
  saveObserver?: SaveObserver | undefined;
}

export class PageWriter {
  private persisted: PageArticles;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private pending = 0;
  private failed = false;
  private bursts = new Map<string, { revisionId: string; at: number }>();

  constructor(
    private readonly db: GalleyDb,
    initial: PageArticles,
    private readonly host: WriterHost,
  ) {
    this.persisted = initial;
  }

  get status(): SaveStatus {
    return this.failed ? 'error' : this.pending > 0 || this.timer !== undefined ? 'saving' : 'saved';
  }

  /** Writes within SAVE_DELAY_MS (typing). */
  schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, SAVE_DELAY_MS);
  }

  /** Writes everything not yet written, in one transaction. Writes run one after another. */
  flush(): Promise<void> {
    const batch = this.takeWrite();
    if (!batch) return this.writing;
    const queued = performance.now();
    this.writing = this.writing
      .then(() =>
        writeChanges(
          this.db,
          batch.state,
          batch.coverage,
          batch.changes,
          batch.revisions,
          batch.problemCount,
        ),
      )
      .then(
        () => {
          this.host.saveObserver?.committed(performance.now() - queued);
          this.settle(true);
        },
        (err: unknown) => this.settle(false, err),
      );
    return this.writing;
  }

  /**
   * What is not yet written, counted from now on as being written: flush writes it, or a
   * step across pages (group.ts) writes it with other pages' in one transaction.
   */
  takeWrite(): PendingWrite | null {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const target = this.host.current();
    const changes = changesBetween(this.persisted, target);
    if (isUnchanged(changes)) return null;
    this.persisted = target;
    this.pending++;
    const revisions = this.revisionsFor(
      changes.put.map((a) => a.id),
      target,
    );
    return {
      state: target,
      coverage: this.host.coverageOf(target),
      problemCount: this.host.problemCountOf(target),
      changes,
      revisions,
    };
  }

  /** Waits for a shared write of what takeWrite handed out; this page's later writes wait for it too. */
  awaitWrite(commit: Promise<void>): Promise<void> {
    this.writing = this.writing
      .then(() => commit)
      .then(
        () => this.settle(true),
        (err: unknown) => this.settle(false, err),
      );
    return this.writing;
  }

  private settle(ok: boolean, err?: unknown): void {
    if (ok) {
      this.failed = false;
    } else {
      console.error('Saving articles failed', err);
      this.failed = true;
      // Write it all again next time.
      this.persisted = { ...this.persisted, articles: [], furniture: [] };
    }
    this.pending--;
    this.host.changed();
  }

  /** One revision per article per editing burst, updated in place while the burst lasts. */
  private revisionsFor(articleIds: string[], state: PageArticles): Revision[] {
    const now = this.host.now();
    const out: Revision[] = [];
    for (const id of articleIds) {
      const a = state.articles.find((x) => x.id === id);
      if (!a) continue;
      const burst = this.bursts.get(id);
      const revisionId = burst && now - burst.at < BURST_MS ? burst.revisionId : this.host.newId();
      this.bursts.set(id, { revisionId, at: now });
      const { section, kicker, title, subtitle, dateline, byline, paragraphs, captions, notes } = a;
      out.push({
        id: revisionId,
        articleId: id,
        pageId: a.pageId,
        createdAt: now,
        status: a.status,
        content: { section, kicker, title, subtitle, dateline, byline, paragraphs, captions, notes },
      });
    }
    return out;
  }
}
