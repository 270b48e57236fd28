// The restore worker: reads, plans and writes one restore and keeps its undo, off the
// window's thread, then is ended (backupClient.ts). The same work as the backup worker.

import { exposeWork } from '../db/workers';
import { backupWork } from './backupWork';

exposeWork(backupWork);
