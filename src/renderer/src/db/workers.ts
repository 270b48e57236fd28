// A feature's corpus work (backup, export, find, review) run off the window's thread: the
// worker opens its own connection to the same database and comlink carries the calls. Unit
// tests (no module workers in happy-dom) run the same work in the window.

import { expose, wrap } from 'comlink';
import { createDb, type Durability, type GalleyDb } from './db';

/**
 * How a feature's work reaches the database: by the name the window's connection has (and,
 * in a worker, a connection of another durability; the window has only its own).
 */
export type DbOf = (name: string, durability?: Durability) => GalleyDb;

/**
 * The window's side: one worker for the window's life, started by `spawn` on first use
 * (`spawn` holds the `new Worker(new URL(…))` Vite bundles the worker from).
 */
export function workClient<W>(make: (dbOf: DbOf) => W, spawn: () => Worker): (db: GalleyDb) => W {
  return endableWorkClient(make, spawn).workFor;
}

/**
 * workClient whose worker can be ended: all its memory goes back at once (a worker's heap,
 * grown by one large piece of work, is otherwise given back only when its garbage collector
 * gets to it), and the next use starts another. In unit tests there is nothing to end.
 */
export function endableWorkClient<W>(
  make: (dbOf: DbOf) => W,
  spawn: () => Worker,
): { workFor: (db: GalleyDb) => W; end: () => void } {
  let worker: { running: Worker; work: W } | null = null;
  const inWindow = new WeakMap<GalleyDb, W>();
  return {
    workFor(db) {
      if (typeof Worker === 'undefined' || import.meta.env.MODE === 'test') {
        let work = inWindow.get(db);
        if (!work) inWindow.set(db, (work = make(() => db)));
        return work;
      }
      if (!worker) {
        const running = spawn();
        worker = { running, work: wrap<W>(running) as W };
      }
      return worker.work;
    },
    end() {
      worker?.running.terminate();
      worker = null;
    },
  };
}

/** The worker's side: the work, over one connection per database name. */
export function exposeWork<W>(make: (dbOf: DbOf) => W): void {
  const dbs = new Map<string, GalleyDb>();
  expose(
    make((name, durability = 'strict') => {
      const key = `${durability}:${name}`;
      let db = dbs.get(key);
      if (!db) dbs.set(key, (db = createDb(name, durability)));
      return db;
    }),
  );
}
