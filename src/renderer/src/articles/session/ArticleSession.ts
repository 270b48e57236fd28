// One page's articles while the archivist works on them: the in-memory state the form
// and raw view show, the undo history, and the writes to IndexedDB. Dexie stays the store
// of record: every action is written in one transaction, structural actions at once and
// typing within SAVE_DELAY_MS, so nothing is lost if the window closes.

import type { AssignResult, AssignTarget, Changes, InkIndex, PageArticles } from '../../../../core/article';
import {
  addParagraph,
  assign,
  changesBetween,
  deleteArticle,
  inkIndex,
  isUnchanged,
  mergeArticles,
  nextGap,
  removeField,
  reorder,
  restoreContent,
  setFieldText,
  splitArticle,
} from '../../../../core/article';
import type { Revision } from '../../../../core/backup/types';
import type { ArticleContent, ArticleStatus, FieldRef, Span } from '../../../../core/model';
import type { GalleyDb } from '../../db/db';
import type { SaveObserver } from '../../instruments';
import { markStatus, reopenEdited } from '../../review/statusFlow';
import { reviewerOf } from '../../review/reviewer';
import { History, type SharedStep } from './history';
import { writeChanges } from './persist';
import { sameSpans } from './sameSpans';

export const SAVE_DELAY_MS = 300;
/** Edits to an article closer together than this belong to one burst and share one revision. */
const BURST_MS = 10_000;

export type SaveStatus = 'saved' | 'saving' | 'error';

export interface Selection {
  articleId: string;
  field?: FieldRef;
}

export interface SessionSnapshot {
  state: PageArticles;
  save: SaveStatus;
  canUndo: boolean;
  canRedo: boolean;
  version: number;
}

/** Rows of one page to write, handed out by takeWrite. */
export interface PendingWrite {
  state: PageArticles;
  coverage: number;
  changes: Changes;
  revisions: Revision[];
}

export interface SessionOptions {
  now?: () => number;
  newId?: () => string;
  /** Told how long each write took, from handing the change to Dexie to the committed transaction. */
  saveObserver?: SaveObserver;
}

export class ArticleSession {
  private state: PageArticles;
  private persisted: PageArticles;
  private readonly history = new History();
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private pending = 0;
  private failed = false;
  private snapshot: SessionSnapshot;
  private bursts = new Map<string, { revisionId: string; at: number }>();
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly ink: InkIndex;
  /** The last coverage worked out: typing keeps every span, so it is reused until one moves. */
  private covered: { state: PageArticles; value: number } | undefined;
  private readonly saveObserver: SaveObserver | undefined;

  constructor(
    private readonly db: GalleyDb,
    readonly raw: string,
    initial: PageArticles,
    opts: SessionOptions = {},
  ) {
    this.state = initial;
    this.persisted = initial;
    this.now = opts.now ?? Date.now;
    this.newId = opts.newId ?? (() => crypto.randomUUID());
    this.saveObserver = opts.saveObserver;
    this.ink = inkIndex(raw);
    this.snapshot = this.makeSnapshot(0);
  }

  get pageId(): string {
    return this.state.pageId;
  }

  // --- for React's useSyncExternalStore ---
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  private makeSnapshot(version: number): SessionSnapshot {
    return {
      state: this.state,
      save: this.failed ? 'error' : this.pending > 0 || this.timer !== undefined ? 'saving' : 'saved',
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
      version,
    };
  }

  private emit(): void {
    this.snapshot = this.makeSnapshot(this.snapshot.version + 1);
    for (const l of this.listeners) l();
  }

  // --- actions ---

  /** Assigns raw ranges; on conflict nothing changes and the conflicts come back (ask, then retry with move). */
  assign(ranges: readonly Span[], target: AssignTarget, move = false): AssignResult {
    const r = assign(this.state, this.raw, ranges, target, { now: this.now(), newId: this.newId, move });
    if (r.ok) this.apply('assign', r.state);
    return r;
  }

  merge(intoId: string, fromId: string): void {
    this.apply('merge', mergeArticles(this.state, intoId, fromId, this.now()));
  }

  split(articleId: string, paragraphIndex: number, offset: number): string | undefined {
    const r = splitArticle(this.state, this.raw, articleId, paragraphIndex, offset, {
      now: this.now(),
      newId: this.newId,
    });
    this.apply('split', r.state);
    return r.newArticleId;
  }

  delete(articleId: string): void {
    this.apply('delete', deleteArticle(this.state, articleId));
  }

  reorder(articleId: string, to: number): void {
    this.apply('reorder', reorder(this.state, articleId, to));
  }

  removeField(articleId: string, ref: FieldRef): void {
    this.apply('remove-field', removeField(this.state, articleId, ref, this.now()));
  }

  addParagraph(articleId: string, after?: number): void {
    this.apply('add-paragraph', addParagraph(this.state, articleId, this.now(), after));
  }

  /** Reviewed records the reviewer name (a setting) and the time; see review/statusFlow. */
  setStatus(articleId: string, status: ArticleStatus): void {
    this.apply('status', markStatus(this.state, articleId, status, this.now(), reviewerOf(this.db)));
  }

  restore(articleId: string, content: ArticleContent): void {
    this.apply('restore', restoreContent(this.state, articleId, content, this.now()));
  }

  /** Typing: applied at once in memory, saved within SAVE_DELAY_MS, one undo step per typing burst. */
  editText(articleId: string, ref: FieldRef, text: string): void {
    // A reviewed article whose text changes is back to corrected (review/statusFlow).
    const next = reopenEdited(
      this.state,
      setFieldText(this.state, articleId, ref, text, this.now()),
      this.now(),
    );
    if (next === this.state) return;
    const key = `${articleId}/${ref.kind}/${'index' in ref ? ref.index : ''}`;
    this.history.push({ label: 'edit', before: this.state, after: next, coalesceKey: key, at: this.now() });
    this.state = next;
    this.scheduleSave();
    this.emit();
  }

  /** Ends the current typing step (on blur), so the next edit undoes separately. */
  sealTyping(): void {
    this.history.seal();
  }

  undo(): boolean {
    const top = this.history.peekUndo();
    if (top?.group) {
      if (top.group.applied) {
        top.group.undo();
        return true;
      }
      // Already undone from another page: step over it.
      this.history.undo();
      return this.undo();
    }
    const e = this.history.undo();
    if (!e) return false;
    this.state = e.before;
    void this.flush();
    this.emit();
    return true;
  }

  redo(): boolean {
    const top = this.history.peekRedo();
    if (top?.group) {
      if (!top.group.applied) {
        top.group.redo();
        return true;
      }
      this.history.redo();
      return this.redo();
    }
    const e = this.history.redo();
    if (!e) return false;
    this.state = e.after;
    void this.flush();
    this.emit();
    return true;
  }

  /** Share of the page's ink assigned or marked furniture (0..1). */
  coverageOf(state: PageArticles = this.state): number {
    const last = this.covered;
    if (last && last.state.furniture === state.furniture && sameSpans(last.state.articles, state.articles)) {
      return last.value;
    }
    const value = this.ink.coverage(state.articles, state.furniture);
    this.covered = { state, value };
    return value;
  }

  gap(from: number): Span | null {
    return nextGap(this.raw, this.state.articles, this.state.furniture, from);
  }

  /** Replaces the page's articles in one undoable step (accepting suggestions, a cleanup). */
  change(label: string, changed: PageArticles): void {
    this.apply(label, changed);
  }

  /**
   * This page's part of a step made on several pages at once (session/group.ts): taken
   * into memory and history now; the group writes all pages in one transaction.
   */
  joinGroup(label: string, changed: PageArticles, group: SharedStep): PageArticles {
    if (changed === this.state) return this.state;
    const next = reopenEdited(this.state, changed, this.now());
    this.history.push({ label, before: this.state, after: next, group, at: this.now() });
    this.state = next;
    this.emit();
    return next;
  }

  /** A shared step undone or redone: moves it in this page's history when it is on top, and shows `next`. */
  groupStep(group: SharedStep, direction: 'undo' | 'redo', next: PageArticles): void {
    const top = direction === 'undo' ? this.history.peekUndo() : this.history.peekRedo();
    if (top?.group === group) {
      if (direction === 'undo') this.history.undo();
      else this.history.redo();
    }
    this.state = next;
    this.emit();
  }

  private apply(label: string, changed: PageArticles): void {
    if (changed === this.state) return;
    const next = reopenEdited(this.state, changed, this.now());
    this.history.push({ label, before: this.state, after: next, at: this.now() });
    this.state = next;
    void this.flush();
    this.emit();
  }

  // --- saving ---

  private scheduleSave(): void {
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
      .then(() => writeChanges(this.db, batch.state, batch.coverage, batch.changes, batch.revisions))
      .then(
        () => {
          this.saveObserver?.committed(performance.now() - queued);
          this.settleWrite(true);
        },
        (err: unknown) => this.settleWrite(false, err),
      );
    return this.writing;
  }

  /**
   * What is not yet written, counted from now on as being written: flush writes it, or a
   * step across pages (session/group.ts) writes it with other pages' in one transaction.
   */
  takeWrite(): PendingWrite | null {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    const target = this.state;
    const changes = changesBetween(this.persisted, target);
    if (isUnchanged(changes)) return null;
    this.persisted = target;
    this.pending++;
    const revisions = this.revisionsFor(
      changes.put.map((a) => a.id),
      target,
    );
    return { state: target, coverage: this.coverageOf(target), changes, revisions };
  }

  /** Waits for a shared write of what takeWrite handed out; this page's later writes wait for it too. */
  awaitWrite(commit: Promise<void>): Promise<void> {
    this.writing = this.writing
      .then(() => commit)
      .then(
        () => this.settleWrite(true),
        (err: unknown) => this.settleWrite(false, err),
      );
    return this.writing;
  }

  private settleWrite(ok: boolean, err?: unknown): void {
    if (ok) {
      this.failed = false;
    } else {
      console.error('Saving articles failed', err);
      this.failed = true;
      // Write it all again next time.
      this.persisted = { ...this.persisted, articles: [], furniture: [] };
    }
    this.pending--;
    this.emit();
  }

  /** One revision per article per editing burst, updated in place while the burst lasts. */
  private revisionsFor(articleIds: string[], state: PageArticles): Revision[] {
    const now = this.now();
    const out: Revision[] = [];
    for (const id of articleIds) {
      const a = state.articles.find((x) => x.id === id);
      if (!a) continue;
      const burst = this.bursts.get(id);
      const revisionId = burst && now - burst.at < BURST_MS ? burst.revisionId : this.newId();
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
