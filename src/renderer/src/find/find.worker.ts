// The find worker: searches every page's articles off the window's thread (comlink carries
// the calls). It opens the same IndexedDB database itself, so only the hits cross back.

import { exposeWork } from '../db/workers';
import { findWork } from './findWork';

exposeWork((dbOf) => findWork(dbOf));
