// The window's side of the find worker: one worker for the window's life, reached through
// comlink. Unit tests (no module workers in happy-dom) run the same work in the window.

import { workClient } from '../db/workers';
import { findWork, type FindWork } from './findWork';

export const findWorkFor = workClient<FindWork>(
  (dbOf) => findWork(dbOf),
  () => new Worker(new URL('./find.worker.ts', import.meta.url), { type: 'module' }),
);
