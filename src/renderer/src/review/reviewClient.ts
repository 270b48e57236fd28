// The window's side of the review worker: one worker for the window's life, reached through
// comlink. Unit tests (no module workers in happy-dom) run the same work in the window.

import { workClient } from '../db/workers';
import { reviewWork, type ReviewWork } from './reviewWork';

export const reviewWorkFor = workClient<ReviewWork>(
  reviewWork,
  () => new Worker(new URL('./review.worker.ts', import.meta.url), { type: 'module' }),
);
