// The review worker: reads and ranks the corpus's kept figures and searches article text
// off the window's thread (comlink carries the calls). It opens the same IndexedDB database
// itself, so only the rows the list shows cross back.

import { expose } from 'comlink';
import { createDb, type GalleyDb } from '../db/db';
import { reviewWork } from './reviewWork';

const dbs = new Map<string, GalleyDb>();
function dbOf(name: string): GalleyDb {
  let db = dbs.get(name);
  if (!db) dbs.set(name, (db = createDb(name)));
  return db;
}

expose(reviewWork(dbOf));
