// The window's side of the backup worker: one worker for the window's life, reached through
// comlink. Unit tests (no module workers in happy-dom) run the same work in the window.

import { wrap } from 'comlink';
import type { GalleyDb } from '../db/db';
import { backupWork, type BackupWork } from './backupWork';

let worker: BackupWork | null = null;
const inWindow = new WeakMap<GalleyDb, BackupWork>();

export function backupWorkFor(db: GalleyDb): BackupWork {
  if (typeof Worker === 'undefined' || import.meta.env.MODE === 'test') {
    let work = inWindow.get(db);
    if (!work) inWindow.set(db, (work = backupWork(() => db)));
    return work;
  }
  worker ??= wrap<BackupWork>(new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' }));
  return worker;
}
