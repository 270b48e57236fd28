// The window's side of the export worker: one worker for the window's life, reached through
// comlink. Unit tests (no module workers in happy-dom) run the same work in the window.

import { wrap } from 'comlink';
import type { GalleyDb } from '../db/db';
import { exportWork, type ExportWork } from './exportWork';

let worker: ExportWork | null = null;
const inWindow = new WeakMap<GalleyDb, ExportWork>();

export function exportWorkFor(db: GalleyDb): ExportWork {
  if (typeof Worker === 'undefined' || import.meta.env.MODE === 'test') {
    let work = inWindow.get(db);
    if (!work) inWindow.set(db, (work = exportWork(() => db)));
    return work;
  }
  worker ??= wrap<ExportWork>(new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' }));
  return worker;
}
