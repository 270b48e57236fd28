// Where the end-to-end tests and benchmarks look in. In every build users get nothing sets
// these, so each call site is a no-op; only the build made for tests (`vite build --mode
// e2e`) installs them, from testing/install.ts, which no other build contains.

import type { ArticleSession } from './articles/session/ArticleSession';
import type { ImportReport } from './import/types';
import type { RawViewControl } from './rawview/control';

/** Told when an article session's write committed, with how long it took (ms). */
export interface SaveObserver {
  committed(ms: number): void;
}

export interface Instruments {
  importDone?(report: ImportReport): void;
  /** A page's session is shown beside its raw view; returns what to do when it is hidden. */
  sessionShown?(session: ArticleSession, control: RawViewControl): () => void;
  save?: SaveObserver;
}

export const instruments: Instruments = {};

/** The build made for tests: `import.meta.env.MODE` is replaced at build time, so in any other build this and the import go. */
export async function installTestInstruments(): Promise<void> {
  if (import.meta.env.MODE !== 'e2e') return;
  const { installTestHooks } = await import('./testing/install');
  installTestHooks(instruments);
}
