// The backup worker: writes backups and reads, plans and writes restores off the window's
// thread (comlink carries the calls), over its own connection to the same database.

import { exposeWork } from '../db/workers';
import { backupWork } from './backupWork';

exposeWork(backupWork);
