// The find worker: searches every page's articles off the window's thread (comlink carries
// the calls). It opens the same IndexedDB database itself, so only the hits cross back.

import { expose } from 'comlink';
import { createDb, type GalleyDb } from '../db/db';
import { findWork } from './findWork';

const dbs = new Map<string, GalleyDb>();
function dbOf(name: string): GalleyDb {
  let db = dbs.get(name);
  if (!db) dbs.set(name, (db = createDb(name)));
  return db;
}

expose(findWork(dbOf));
