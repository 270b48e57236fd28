// The window's side of the review worker: one worker for the window's life, reached through
// comlink. Unit tests (no module workers in happy-dom) run the same work in the window.

import { db } from '../db/db';
import { workClient } from '../db/workers';
import { reviewWork, type ReviewWork } from './reviewWork';

export const reviewWorkFor = workClient<ReviewWork>(
  reviewWork,
  () => new Worker(new URL('./review.worker.ts', import.meta.url), { type: 'module' }),
);

// The worker is started once the window is idle after it opens: loading and compiling its
// script took most of a second under load, which opening the review then waited for.
if (
  typeof Worker !== 'undefined' &&
  typeof requestIdleCallback !== 'undefined' &&
  import.meta.env.MODE !== 'test'
)
  requestIdleCallback(() => void reviewWorkFor(db), { timeout: 5_000 });
