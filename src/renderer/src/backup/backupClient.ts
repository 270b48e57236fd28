// The window's side of the backup worker: one worker for the window's life, reached through
// comlink. Unit tests (no module workers in happy-dom) run the same work in the window.

import { workClient } from '../db/workers';
import { backupWork, type BackupWork } from './backupWork';

export const backupWorkFor = workClient<BackupWork>(
  backupWork,
  () => new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' }),
);
