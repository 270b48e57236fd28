// The export worker: makes an export's files, and zips them for a download, off the window's
// thread (comlink carries the calls), over its own connection to the same database.

import { exposeWork } from '../db/workers';
import { exportWork } from './exportWork';

exposeWork(exportWork);
