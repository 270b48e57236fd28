// The window's side of the find worker: one worker for the window's life, reached through
// comlink. Unit tests (no module workers in happy-dom) run the same work in the window.

import { wrap } from 'comlink';
import type { GalleyDb } from '../db/db';
import { findWork, type FindWork } from './findWork';

let worker: FindWork | null = null;
const inWindow = new WeakMap<GalleyDb, FindWork>();

export function findWorkFor(db: GalleyDb): FindWork {
  if (typeof Worker === 'undefined' || import.meta.env.MODE === 'test') {
    let work = inWindow.get(db);
    if (!work) inWindow.set(db, (work = findWork(() => db)));
    return work;
  }
  worker ??= wrap<FindWork>(new Worker(new URL('./find.worker.ts', import.meta.url), { type: 'module' }));
  return worker;
}
