// The review worker: reads and ranks the corpus's kept figures and searches article text
// off the window's thread (comlink carries the calls). It opens the same IndexedDB database
// itself, so only the rows the list shows cross back.

import { exposeWork } from '../db/workers';
import { reviewWork } from './reviewWork';

exposeWork(reviewWork);
