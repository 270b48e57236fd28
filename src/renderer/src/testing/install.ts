// Present only in the build made for tests (see instruments.ts): the windows onto the app
// that end-to-end tests and benchmarks read.

import type { Instruments } from '../instruments';
import { installAppHook, recordImport } from './appHook';
import { installArticlesHook, recordCommit } from './articlesHook';

export function installTestHooks(instruments: Instruments): void {
  installAppHook();
  instruments.importDone = recordImport;
  instruments.sessionShown = installArticlesHook;
  instruments.save = { committed: recordCommit };
}
