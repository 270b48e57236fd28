// Reading a project whose database Dexie could not open (a failed upgrade, a newer
// version): IndexedDB opened at whatever version it has, every table Galley knows read
// as it is, so the archivist can save a backup before anything else is tried.

import type { ProjectData } from '../../../core/backup';
import { emptyProjectData } from '../../../core/backup/types';

const TABLES = ['pages', 'texts', 'articles', 'revisions', 'rules', 'settings'] as const;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

function openAsItIs(name: string, factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // No version: the database opens at the version it has, with no upgrade.
    const r = factory.open(name);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB could not be opened'));
    r.onblocked = () => reject(new Error('another window holds the database'));
  });
}

export async function readStoredProject(name: string, factory: IDBFactory = indexedDB): Promise<ProjectData> {
  const idb = await openAsItIs(name, factory);
  try {
    const present = TABLES.filter((t) => idb.objectStoreNames.contains(t));
    if (present.length === 0) return emptyProjectData();
    const tx = idb.transaction(present, 'readonly');
    const read = async (t: (typeof TABLES)[number]): Promise<unknown[]> =>
      present.includes(t) ? request(tx.objectStore(t).getAll()) : [];
    const [pages, texts, articles, revisions, rules, settings] = await Promise.all(TABLES.map(read));
    // Records are whatever the stored version wrote; the backup's reader checks them on restore.
    return { pages, texts, articles, revisions, rules, settings } as ProjectData;
  } finally {
    idb.close();
  }
}
