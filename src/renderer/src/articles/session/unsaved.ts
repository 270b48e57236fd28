// Which page writers hold work the store does not have yet, and which of them failed: the
// window asks before closing while any hold some, and a banner stays up while any failed.

import { SnapshotStore } from './snapshotStore';

interface UnsavedSnapshot {
  /** Writers with changes not yet committed (waiting, writing or failed). */
  unsaved: number;
  /** Writers whose last write failed and that are retrying. */
  failing: number;
  version: number;
}

interface WriterState {
  unsaved: boolean;
  failing: boolean;
}

class UnsavedWork extends SnapshotStore<UnsavedSnapshot> {
  private readonly writers = new Map<object, WriterState>();

  /** A writer's state changed; a writer with nothing unsaved is forgotten. */
  report(writer: object, state: WriterState): void {
    const before = this.writers.get(writer);
    if (before?.unsaved === state.unsaved && before.failing === state.failing) return;
    if (state.unsaved || state.failing) this.writers.set(writer, state);
    else this.writers.delete(writer);
    this.emit();
  }

  get hasUnsaved(): boolean {
    return this.writers.size > 0;
  }

  protected makeSnapshot(version: number): UnsavedSnapshot {
    let failing = 0;
    for (const s of this.writers.values()) if (s.failing) failing++;
    return { unsaved: this.writers.size, failing, version };
  }
}

/** The window's one record of unsaved work (every page's writer reports to it). */
export const unsavedWork = new UnsavedWork();
