// The backup worker: writes backups and reads, plans and writes restores off the window's
// thread (comlink carries the calls), over its own connection to the same database.

import { expose } from 'comlink';
import { createDb, type GalleyDb } from '../db/db';
import { backupWork } from './backupWork';

const dbs = new Map<string, GalleyDb>();
function dbOf(name: string): GalleyDb {
  let db = dbs.get(name);
  if (!db) dbs.set(name, (db = createDb(name)));
  return db;
}

expose(backupWork(dbOf));
