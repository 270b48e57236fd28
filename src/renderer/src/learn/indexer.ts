// Starts the index worker (index.worker.ts) for new pages, one run at a time, once no
// import is writing (db/importLock.ts): indexing beside an import slowed the import more
// the larger the project grew. Where workers are missing (tests in happy-dom) nothing
// runs: lookups read unindexed pages.

import type { GalleyDb } from '../db/db';
import { afterImportsAndExports } from '../db/importLock';

let running: Promise<number> | null = null;

export function indexInWorker(db: GalleyDb): Promise<number> {
  if (typeof Worker === 'undefined') return Promise.resolve(0);
  running ??= afterImportsAndExports().then(() => startWorker(db));
  return running;
}

function startWorker(db: GalleyDb): Promise<number> {
  return new Promise<number>((resolve) => {
    const worker = new Worker(new URL('./index.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ added?: number; error?: string }>) => {
      worker.terminate();
      running = null;
      if (e.data.error) console.error('Indexing raw texts failed', e.data.error);
      resolve(e.data.added ?? 0);
    };
    worker.onerror = (e) => {
      worker.terminate();
      running = null;
      console.error('Indexing raw texts failed', e.message);
      resolve(0);
    };
    worker.postMessage({ dbName: db.name });
  });
}
