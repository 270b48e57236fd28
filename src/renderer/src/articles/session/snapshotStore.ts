// The part of a session React reads through useSyncExternalStore: listeners, and one
// immutable snapshot object per change (a new version), made on first read.

export abstract class SnapshotStore<S extends { version: number }> {
  private readonly listeners = new Set<() => void>();
  private snapshot: S | undefined;

  protected abstract makeSnapshot(version: number): S;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): S => (this.snapshot ??= this.makeSnapshot(0));

  protected emit(): void {
    this.snapshot = this.makeSnapshot((this.snapshot?.version ?? 0) + 1);
    for (const l of this.listeners) l();
  }
}
