// Writing one page's session to IndexedDB: what changed since the last write, in one
// transaction, one write after another; typing is written at a pause (SAVE_DELAY_MS with no
// keystroke, and at least every TYPING_MAX_WAIT_MS while it goes on) and then at the
// window's next idle moment (at most IDLE_WAIT_MS more), so a write's work (~5 ms of script
// on a 80-article page) falls between keystrokes instead of every few of them; meanwhile
// the fields typed into are kept in localStorage within TYPING_STASH_MS of a keystroke
// (stash.ts), so a crash loses at most that much typing. Each article keeps one revision
// per editing burst. The session (ArticleSession.ts) owns the state.

import type { Changes, PageArticles } from '../../../../core/article';
import { changesBetween, isUnchanged } from '../../../../core/article';
import type { Revision } from '../../../../core/backup/types';
import { getField, type FieldRef } from '../../../../core/model';
import type { GalleyDb } from '../../db/db';
import type { SaveObserver } from '../../instruments';
import { writeChanges } from './persist';
import { recoveryChanges } from './recovery';
import { unsavedWork } from './unsaved';
import { whenIdlePast } from './idle';
import { clearTyping, stashTyping, type TypedField } from './stash';

export const SAVE_DELAY_MS = 300;
/** Unbroken typing is written at least this often: the pause it waits for may not come. */
export const TYPING_MAX_WAIT_MS = 2_000;
/**
 * Typed fields go to localStorage at most this often: setItem costs ~1 ms a call for a long
 * paragraph (a CPU profile of the browser-articles bench, load 11), too much for every key.
 */
export const TYPING_STASH_MS = 200;
/** How long a typing write due waits at most for the window to be idle. */
const IDLE_WAIT_MS = 200;
/** Edits to an article closer together than this belong to one burst and share one revision. */
const BURST_MS = 10_000;
/** A failed write is tried again after this, doubling each time up to RETRY_MAX_MS. */
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 30_000;

export type SaveStatus = 'saved' | 'saving' | 'error';

/** Rows of one page to write, handed out by takeWrite. */
export interface PendingWrite {
  state: PageArticles;
  coverage: number;
  /** checkPage's problems in `state` (the page list shows the count). */
  problemCount: number;
  changes: Changes;
  revisions: Revision[];
  /** The page's raw text (the session holds it). */
  raw: string;
  /** What the write was computed from, and whether it is a write after a failure. */
  base: PageArticles;
  recovery: boolean;
  /** The typed fields kept in localStorage when the write was taken: written by it. */
  typed: ReadonlyMap<string, TypedField>;
}

/** Writes one page's pending rows (inside the caller's transaction when there is one). */
export function writePending(db: GalleyDb, w: PendingWrite): Promise<void> {
  return writeChanges(db, w.state, w.coverage, w.changes, w.revisions, w.problemCount, w.raw);
}

export interface WriterHost {
  /** The page's raw text. */
  raw: string;
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
  /** What the store holds for this page, as far as a committed write tells. */
  private confirmed: PageArticles;
  /** What the store will hold once the writes handed out have committed. */
  private persisted: PageArticles;
  /**
   * Articles put or removed by writes handed out since `confirmed`: after a failure some
   * of them may be in the store in a state no longer wanted, so the recovery write covers them.
   */
  private readonly touched = new Set<string>();
  /** A write failed: the next write is a recovery write from `confirmed`, not from `persisted`. */
  private recovering = false;
  private failures = 0;
  /** Cancels the typing write waiting (for its delay, then for an idle moment); undefined when none waits. */
  private timer: (() => void) | undefined;
  /** When the waiting typing write's delay ends, and when typing not yet written began (performance.now()). */
  private due = 0;
  private typingSince: number | undefined;
  /** Fields typed into since they were last handed to a write, as kept in localStorage. */
  private readonly typed = new Map<string, TypedField>();
  private stashTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private pending = 0;
  private bursts = new Map<string, { revisionId: string; at: number }>();

  constructor(
    private readonly db: GalleyDb,
    initial: PageArticles,
    private readonly host: WriterHost,
  ) {
    this.confirmed = initial;
    this.persisted = initial;
  }

  get status(): SaveStatus {
    if (this.recovering) return 'error';
    return this.pending > 0 || this.timer !== undefined ? 'saving' : 'saved';
  }

  /**
   * Typing into a field: kept in localStorage within TYPING_STASH_MS, written once typing pauses for
   * SAVE_DELAY_MS (or has gone on for TYPING_MAX_WAIT_MS), at the window's next idle moment.
   */
  schedule(typedInto?: { articleId: string; field: FieldRef }): void {
    if (typedInto) this.keepTyped(typedInto.articleId, typedInto.field);
    const now = performance.now();
    this.typingSince ??= now;
    // The waiting write reads `due` when its delay ends: a keystroke only moves it.
    this.due = Math.min(now + SAVE_DELAY_MS, this.typingSince + TYPING_MAX_WAIT_MS);
    if (this.timer !== undefined) return;
    const write = () => {
      this.timer = undefined;
      void this.flush();
    };
    this.timer = whenIdlePast(write, () => this.due, IDLE_WAIT_MS);
    this.report();
  }

  private keepTyped(articleId: string, field: FieldRef): void {
    const state = this.host.current();
    const article = state.articles.find((a) => a.id === articleId);
    const text = article && getField(article, field)?.text;
    if (!article || text === undefined) return;
    const key = `${articleId}/${field.kind}/${'index' in field ? field.index : ''}`;
    this.typed.set(key, { articleId, field, text, at: article.updatedAt });
    if (this.stashTimer !== undefined) return;
    this.stashTimer = setTimeout(() => {
      this.stashTimer = undefined;
      if (this.typed.size > 0) stashTyping(this.db, state.pageId, this.typed.values());
    }, TYPING_STASH_MS);
  }

  /** Writes everything not yet written, in one transaction. Writes run one after another. */
  flush(): Promise<void> {
    const batch = this.takeWrite();
    if (!batch) return this.writing;
    const queued = performance.now();
    this.writing = this.writing
      .then(() => writePending(this.db, batch))
      .then(
        () => {
          this.host.saveObserver?.committed(performance.now() - queued);
          this.settle(batch, true);
        },
        (err: unknown) => this.settle(batch, false, err),
      );
    return this.writing;
  }

  /**
   * What is not yet written, counted from now on as being written: flush writes it, or a
   * step across pages (group.ts) writes it with other pages' in one transaction.
   */
  takeWrite(): PendingWrite | null {
    this.timer?.();
    this.timer = undefined;
    this.typingSince = undefined;
    const target = this.host.current();
    const recovery = this.recovering;
    const base = recovery ? this.confirmed : this.persisted;
    const changes = recovery
      ? recoveryChanges(this.confirmed, target, this.touched)
      : changesBetween(base, target);
    if (isUnchanged(changes)) {
      if (recovery && this.pending === 0) this.recovered();
      this.report();
      return null;
    }
    for (const a of changes.put) this.touched.add(a.id);
    for (const id of changes.remove) this.touched.add(id);
    this.persisted = target;
    this.pending++;
    this.report();
    return {
      state: target,
      raw: this.host.raw,
      base,
      recovery,
      typed: new Map(this.typed),
      coverage: this.host.coverageOf(target),
      problemCount: this.host.problemCountOf(target),
      changes,
      revisions: this.revisionsFor(
        changes.put.map((a) => a.id),
        target,
      ),
    };
  }

  /** Waits for a shared write of what takeWrite handed out; this page's later writes wait for it too. */
  awaitWrite(batch: PendingWrite, commit: Promise<void>): Promise<void> {
    this.writing = this.writing
      .then(() => commit)
      .then(
        () => this.settle(batch, true),
        (err: unknown) => this.settle(batch, false, err),
      );
    return this.writing;
  }

  private settle(batch: PendingWrite, ok: boolean, err?: unknown): void {
    this.pending--;
    if (ok) {
      // A write made on top of a failed one proves nothing about the store; a recovery
      // write or one on top of the committed state does.
      if (batch.recovery || batch.base === this.confirmed) {
        this.confirmed = batch.state;
        if (batch.recovery) this.recovered();
      }
      if (!this.recovering && this.confirmed === this.persisted) this.touched.clear();
      this.written(batch);
    } else {
      console.error('Saving articles failed', err);
      this.recovering = true;
      this.persisted = this.confirmed;
      this.retryLater();
    }
    this.report();
    this.host.changed();
  }

  /** The typed fields a committed write held leave localStorage (unless typed into since). */
  private written(batch: PendingWrite): void {
    if (batch.typed.size === 0) return;
    for (const [key, field] of batch.typed) if (this.typed.get(key) === field) this.typed.delete(key);
    if (this.typed.size === 0) clearTyping(this.db, batch.state.pageId);
  }

  private recovered(): void {
    this.recovering = false;
    this.failures = 0;
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  /** Tries again after 1 s, 2 s, 4 s … up to 30 s, until a write commits. */
  private retryLater(): void {
    if (this.retryTimer !== undefined) return;
    const delay = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** this.failures);
    this.failures++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.flush();
    }, delay);
  }

  private report(): void {
    unsavedWork.report(this, {
      unsaved: this.recovering || this.pending > 0 || this.timer !== undefined,
      failing: this.recovering,
    });
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
