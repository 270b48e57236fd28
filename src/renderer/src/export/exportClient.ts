// The window's side of the export worker: one worker for the window's life, reached through
// comlink. Unit tests (no module workers in happy-dom) run the same work in the window.

import { workClient } from '../db/workers';
import { exportWork, type ExportWork } from './exportWork';

export const exportWorkFor = workClient<ExportWork>(
  exportWork,
  () => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' }),
);
