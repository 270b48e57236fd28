// An import holds a Web Lock while it writes pages; background work that would compete with
// it for the database and the processor (the learn index over every new page) waits until
// no import holds it, so an import keeps its pace however large the project is. Where there
// are no Web Locks (unit tests in Node) nothing waits.

const IMPORT_LOCK = 'galley-import';

function locks(): LockManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.locks;
}

/** Runs an import's work while holding the lock. */
export async function whileImporting<T>(work: () => Promise<T>): Promise<T> {
  const l = locks();
  return l ? await l.request(IMPORT_LOCK, work) : await work();
}

/** Resolves once no import holds the lock (at once when none runs). */
export async function afterImports(): Promise<void> {
  await locks()?.request(IMPORT_LOCK, { mode: 'shared' }, () => undefined);
}
