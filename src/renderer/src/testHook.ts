// A read-only window onto the app for the benchmark and end-to-end tests, present only
// when the page was opened with `?galley-test`. It exposes nothing a user's own devtools
// could not already read, and changes nothing.

import type { ImportReport } from './import/types';

interface GalleyTestHook {
  imports: ImportReport[];
}

declare global {
  interface Window {
    __galleyTest?: GalleyTestHook;
  }
}

export function installTestHook(): void {
  if (new URLSearchParams(location.search).has('galley-test')) window.__galleyTest = { imports: [] };
}

export function recordImport(report: ImportReport): void {
  window.__galleyTest?.imports.push(report);
}
