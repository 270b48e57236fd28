// The export worker: makes an export's files, and zips them for a download, off the window's
// thread (comlink carries the calls), over its own connection to the same database.

import { expose } from 'comlink';
import { createDb, type GalleyDb } from '../db/db';
import { exportWork } from './exportWork';

const dbs = new Map<string, GalleyDb>();
function dbOf(name: string): GalleyDb {
  let db = dbs.get(name);
  if (!db) dbs.set(name, (db = createDb(name)));
  return db;
}

expose(exportWork(dbOf));
