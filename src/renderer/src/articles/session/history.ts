// Session undo/redo: a stack of before/after snapshots of a page's articles. Snapshots
// share every untouched article object, so keeping them is cheap and the rows to write on
// undo are exactly the ones that differ (see core changesBetween).

import type { PageArticles } from '../../../../core/article';

export interface HistoryEntry {
  label: string;
  before: PageArticles;
  after: PageArticles;
  /** Typing into one field coalesces into one entry while this key stays the same. */
  coalesceKey?: string | undefined;
  at: number;
  /** Set when the step was made on several pages at once (session/group.ts). */
  group?: SharedStep;
}

/** An undo step shared by several pages: undoing it on any of them undoes it on all. */
export interface SharedStep {
  readonly applied: boolean;
  undo(): void;
  redo(): void;
}

/**
 * Told of every step taken (`do`, after typing coalesced it), undone or redone, on any
 * page. learn/ listens, to learn from the archivist's own edits (label `edit`) and to
 * forget one the archivist undoes; nothing here depends on it.
 */
export type HistoryListener = (entry: HistoryEntry, how: 'do' | 'undo' | 'redo') => void;
const listeners = new Set<HistoryListener>();

export function listenToHistory(listener: HistoryListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function tell(entry: HistoryEntry, how: 'do' | 'undo' | 'redo'): void {
  for (const l of listeners) l(entry, how);
}

const LIMIT = 500;
/** Typing pauses longer than this start a new undo step. */
const COALESCE_MS = 1500;

export class History {
  private done: HistoryEntry[] = [];
  private undone: HistoryEntry[] = [];

  /**
   * Takes a step. With `rebase` (another archivist's change merged in by team sync) it is no
   * step: every kept snapshot gets the change instead (core/sync rebaseState), so an undo
   * afterwards takes back only this archivist's own step and keeps the other's work.
   */
  push(entry: HistoryEntry, rebase?: (state: PageArticles) => PageArticles): void {
    if (rebase) return this.rebase(rebase);
    const last = this.done[this.done.length - 1];
    if (entry.coalesceKey && last?.coalesceKey === entry.coalesceKey && entry.at - last.at < COALESCE_MS) {
      this.done[this.done.length - 1] = { ...last, after: entry.after, at: entry.at };
    } else {
      this.done.push(entry);
      if (this.done.length > LIMIT) this.done.shift();
    }
    this.undone = [];
    const top = this.done[this.done.length - 1];
    if (top) tell(top, 'do');
  }

  private rebase(map: (state: PageArticles) => PageArticles): void {
    // One snapshot is the `after` of a step and the `before` of the next: rebased once, kept shared.
    const done = new Map<PageArticles, PageArticles>();
    const once = (state: PageArticles): PageArticles => {
      const known = done.get(state) ?? map(state);
      done.set(state, known);
      return known;
    };
    // A step across pages (group.ts) undoes through its own snapshots of every page.
    const moved = (e: HistoryEntry): HistoryEntry =>
      e.group ? e : { ...e, before: once(e.before), after: once(e.after) };
    this.done = this.done.map(moved);
    this.undone = this.undone.map(moved);
  }

  /** Ends typing coalescing, so the next edit is its own step. */
  seal(): void {
    const last = this.done[this.done.length - 1];
    if (last?.coalesceKey) this.done[this.done.length - 1] = { ...last, coalesceKey: undefined };
  }

  undo(): HistoryEntry | undefined {
    const e = this.done.pop();
    if (e) this.undone.push(e);
    if (e) tell(e, 'undo');
    return e;
  }

  redo(): HistoryEntry | undefined {
    const e = this.undone.pop();
    if (e) this.done.push(e);
    if (e) tell(e, 'redo');
    return e;
  }

  /** The step undo would take, left in place. */
  peekUndo(): HistoryEntry | undefined {
    return this.done[this.done.length - 1];
  }

  peekRedo(): HistoryEntry | undefined {
    return this.undone[this.undone.length - 1];
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /**
   * One step back or forth. A shared step (session/group.ts) moves on every page at once:
   * one still to move is moved here and `'shared'` comes back; one another page already
   * moved is stepped over. Otherwise the entry whose state to show, or undefined at the end.
   */
  step(direction: 'undo' | 'redo'): HistoryEntry | 'shared' | undefined {
    const undo = direction === 'undo';
    for (;;) {
      const top = undo ? this.peekUndo() : this.peekRedo();
      if (!top?.group) return undo ? this.undo() : this.redo();
      if (top.group.applied === undo) {
        if (undo) top.group.undo();
        else top.group.redo();
        return 'shared';
      }
      if (undo) this.undo();
      else this.redo();
    }
  }
}
