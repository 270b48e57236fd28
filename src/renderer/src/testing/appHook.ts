// A window onto the app for the benchmark and end-to-end tests (build made for tests only).
// It reads what the app did and can time the import's store path on a database of its
// own; it never touches the archivist's data.

import { createDb } from '../db/db';
import { knownPages, storeChunk, type Decoded } from '../import/storeChunk';
import type { ImportReport } from '../import/types';

interface GalleyTestHook {
  imports: ImportReport[];
  /** Stores decoded pages into a fresh database `dbName` the way an import does; returns milliseconds. */
  timeStore(dbName: string, pages: Decoded['page'][], chunkPages: number): Promise<number>;
}

declare global {
  interface Window {
    __galleyTest?: GalleyTestHook;
  }
}

export function installAppHook(): void {
  window.__galleyTest = {
    imports: [],
    async timeStore(dbName, pages, chunkPages) {
      if (dbName === 'galley') throw new Error('timeStore never writes the app database');
      const db = createDb(dbName);
      await db.open();
      const report = {
        imported: 0,
        duplicates: 0,
        changed: 0,
        sameTextCount: 0,
        sameText: [],
        changedPages: [],
        warnings: [],
        pageIds: [] as string[],
      } as unknown as ImportReport;
      const started = performance.now();
      const known = await knownPages(db);
      for (let i = 0; i < pages.length; i += chunkPages) {
        await storeChunk(
          db,
          pages.slice(i, i + chunkPages).map((page) => ({ page })),
          report,
          known,
        );
      }
      const ms = performance.now() - started;
      db.close();
      return ms;
    },
  };
}

export function recordImport(report: ImportReport): void {
  window.__galleyTest?.imports.push(report);
}
