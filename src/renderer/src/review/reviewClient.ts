// The window's side of the review worker: one worker for the window's life, reached through
// comlink. Unit tests (no module workers in happy-dom) run the same work in the window.

import { wrap } from 'comlink';
import type { GalleyDb } from '../db/db';
import { reviewWork, type ReviewWork } from './reviewWork';

let worker: ReviewWork | null = null;
const inWindow = new WeakMap<GalleyDb, ReviewWork>();

export function reviewWorkFor(db: GalleyDb): ReviewWork {
  if (typeof Worker === 'undefined' || import.meta.env.MODE === 'test') {
    let work = inWindow.get(db);
    if (!work) inWindow.set(db, (work = reviewWork(() => db)));
    return work;
  }
  worker ??= wrap<ReviewWork>(new Worker(new URL('./review.worker.ts', import.meta.url), { type: 'module' }));
  return worker;
}
