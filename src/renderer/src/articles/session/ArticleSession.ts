// One page's articles while the archivist works on them: the in-memory state the form
// and raw view show, the undo history, and the writes to IndexedDB. Dexie stays the store
// of record: every action is written in one transaction, structural actions at once and
// typing at a pause (writer.ts), kept in localStorage meanwhile, so nothing is lost if the
// window closes or crashes.

import type {
  AssignResult,
  AssignTarget,
  Choice,
  PageArticles,
  PageProblem,
  UnassignResult,
} from '../../../../core/article';
import {
  addParagraph,
  assign,
  deleteArticle,
  mergeArticles,
  nextGap,
  removeField,
  reorder,
  restoreContent,
  setFieldText,
  splitArticle,
  unassign,
} from '../../../../core/article';
import type { ArticleContent, ArticleStatus, FieldRef, Span } from '../../../../core/model';
import type { GalleyDb } from '../../db/db';
import { markStatus, reopenEdited } from '../../../../core/article/status';
import { reviewerOf } from '../../db/reviewer';
import { Coverage } from './coverage';
import { History, type SharedStep } from './history';
import { PageProblems } from './problems';
import { SnapshotStore } from './snapshotStore';
import type { SessionOptions, SessionSnapshot } from './types';
import { PageWriter } from './writer';

export { SAVE_DELAY_MS } from './writer';
export type { Selection, SessionOptions, SessionSnapshot } from './types';

export class ArticleSession extends SnapshotStore<SessionSnapshot> {
  private state: PageArticles;
  private readonly history = new History();
  /** Its writes to IndexedDB; a step across pages (group.ts) writes through it too. */
  readonly writer: PageWriter;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly coverage: Coverage;
  private readonly problems: PageProblems;

  constructor(
    private readonly db: GalleyDb,
    readonly raw: string,
    initial: PageArticles,
    opts: SessionOptions = {},
  ) {
    super();
    this.state = initial;
    this.now = opts.now ?? Date.now;
    this.newId = opts.newId ?? (() => crypto.randomUUID());
    this.writer = new PageWriter(db, initial, {
      raw,
      current: () => this.state,
      coverageOf: (state) => this.coverageOf(state),
      problemCountOf: (state) => this.problemsOf(state).length,
      now: this.now,
      newId: this.newId,
      changed: () => this.emit(),
      saveObserver: opts.saveObserver,
    });
    this.coverage = new Coverage(raw);
    this.problems = new PageProblems(raw, () => this.state);
  }

  get pageId(): string {
    return this.state.pageId;
  }

  protected makeSnapshot(version: number): SessionSnapshot {
    return {
      state: this.state,
      save: this.writer.status,
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
      version,
    };
  }

  // --- actions ---

  /**
   * Assigns raw ranges; on conflict nothing changes and the conflicts come back (ask, then
   * retry with move). A move out of a corrected field with no clean cut answers
   * needs-choice (ask which version each field keeps, then retry with `choices`): only the
   * call that succeeds is a step, so the whole move undoes at once.
   */
  assign(
    ranges: readonly Span[],
    target: AssignTarget,
    move = false,
    choices?: readonly Choice[],
  ): AssignResult {
    const r = assign(this.state, this.raw, ranges, target, {
      now: this.now(),
      newId: this.newId,
      move,
      ...(choices ? { choices } : {}),
    });
    if (r.ok) this.apply('assign', r.state);
    return r;
  }

  /** Makes raw ranges unassigned (from any owner); needs-choice as for assign. */
  unassign(ranges: readonly Span[], choices?: readonly Choice[]): UnassignResult {
    const r = unassign(this.state, this.raw, ranges, { now: this.now(), ...(choices ? { choices } : {}) });
    if (r.ok) this.apply('unassign', r.state);
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

  /** Reviewed records the reviewer name (a setting) and the time; see core/article/status. */
  setStatus(articleId: string, status: ArticleStatus): void {
    this.apply('status', markStatus(this.state, articleId, status, this.now(), reviewerOf(this.db)));
  }

  restore(articleId: string, content: ArticleContent): void {
    this.apply('restore', restoreContent(this.state, articleId, content, this.now(), this.raw));
  }

  /** Typing: applied at once in memory, saved within SAVE_DELAY_MS, one undo step per typing burst. */
  editText(articleId: string, ref: FieldRef, text: string): void {
    const now = this.now();
    const edited = setFieldText(this.state, articleId, ref, text, now);
    if (edited === this.state) return;
    // A reviewed article whose text changes is back to corrected (core/article/status). Only
    // the article typed into changed, so the page's others need no look (a keystroke).
    const reviewed = this.state.articles.find((a) => a.id === articleId)?.status === 'reviewed';
    const next = reviewed ? reopenEdited(this.state, edited, now) : edited;
    const key = `${articleId}/${ref.kind}/${'index' in ref ? ref.index : ''}`;
    this.history.push({ label: 'edit', before: this.state, after: next, coalesceKey: key, at: now });
    this.state = next;
    this.writer.schedule({ articleId, field: ref });
    this.emit();
  }

  /** Ends the current typing step (on blur), so the next edit undoes separately. */
  sealTyping(): void {
    this.history.seal();
  }

  undo = (): boolean => this.step('undo');
  redo = (): boolean => this.step('redo');

  private step(direction: 'undo' | 'redo'): boolean {
    const e = this.history.step(direction);
    if (e === 'shared') return true;
    if (!e) return false;
    this.state = direction === 'undo' ? e.before : e.after;
    void this.flush();
    this.emit();
    return true;
  }

  /** Share of the page's ink assigned or marked furniture (0..1). */
  coverageOf(state: PageArticles = this.state): number {
    return this.coverage.of(state);
  }

  /** checkPage over a state of this page (the last one asked about is remembered). */
  problemsOf(state: PageArticles = this.state): PageProblem[] {
    return this.problems.of(state);
  }

  gap(from: number): Span | null {
    return nextGap(this.raw, this.state.articles, this.state.furniture, from);
  }

  /** Replaces the page's articles in one undoable step (accepting suggestions, a cleanup); with `rebase`, in none (history.ts push). */
  change(label: string, changed: PageArticles, rebase?: (state: PageArticles) => PageArticles): void {
    this.apply(label, changed, rebase);
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

  private apply(label: string, changed: PageArticles, rebase?: (state: PageArticles) => PageArticles): void {
    if (changed === this.state) return;
    const next = rebase ? changed : reopenEdited(this.state, changed, this.now());
    this.history.push({ label, before: this.state, after: next, at: this.now() }, rebase);
    this.state = next;
    void this.flush();
    this.emit();
  }

  // --- saving (writer.ts) ---

  /** Writes everything not yet written, in one transaction. Writes run one after another. */
  flush(): Promise<void> {
    return this.writer.flush();
  }
}
