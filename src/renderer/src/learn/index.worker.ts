// The bigram index is built here, off the window's thread: this worker opens the same
// IndexedDB database and indexes the pages not yet in it (gramIndex.ts).

import { createDb } from '../db/db';
import { indexNewPages } from './gramIndex';

self.onmessage = (e: MessageEvent<{ dbName: string }>) => {
  const db = createDb(e.data.dbName);
  indexNewPages(db).then(
    (added) => {
      db.close();
      self.postMessage({ added });
    },
    (err: unknown) => {
      db.close();
      self.postMessage({ error: String(err) });
    },
  );
};
