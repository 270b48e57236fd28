// An import holds a Web Lock while it writes pages, and an export (or a backup) while it
// makes its files; background work that would compete with them for the database and the
// processor (the learn index over every new page) waits until neither holds theirs, so an
// import keeps its pace however large the project is, and an export or a backup made just
// after a large restore does not share the processor with indexing every restored page.
// Where there are no Web Locks (unit tests in Node) nothing waits.

const IMPORT_LOCK = 'galley-import';
const EXPORT_LOCK = 'galley-export';

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

/** Runs an export's (or a backup's) work while holding its lock (a second one, in another window, waits its turn). */
export async function whileExporting<T>(work: () => Promise<T>): Promise<T> {
  const l = locks();
  return l ? await l.request(EXPORT_LOCK, work) : await work();
}

/** Resolves once neither an import nor an export holds its lock. */
export async function afterImportsAndExports(): Promise<void> {
  await afterImports();
  await locks()?.request(EXPORT_LOCK, { mode: 'shared' }, () => undefined);
}
