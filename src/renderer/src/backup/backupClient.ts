// The window's side of the backup work, reached through comlink. Backups run in one worker
// for the window's life; each restore in a worker of its own (the same code), ended once
// its undo is no longer offered, so the memory a restore of 100,000 articles grew goes back
// at once. Unit tests (no module workers in happy-dom) run the same work in the window.

import { endableWorkClient, workClient } from '../db/workers';
import { backupWork, type BackupWork } from './backupWork';

export const backupWorkFor = workClient<BackupWork>(
  backupWork,
  () => new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' }),
);

export const restoreWork = endableWorkClient<BackupWork>(
  backupWork,
  () => new Worker(new URL('./restore.worker.ts', import.meta.url), { type: 'module' }),
);
