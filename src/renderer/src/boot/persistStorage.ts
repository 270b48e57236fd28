// A browser may evict a site's IndexedDB when the disk runs low unless the site's storage
// is persistent; a project is the archivist's work, so Galley asks. Electron's storage is
// never evicted, and a browser that says no leaves Galley working as before.

export async function askPersistentStorage(
  storage: StorageManager | undefined = navigator.storage,
): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
