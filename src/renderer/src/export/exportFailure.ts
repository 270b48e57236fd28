// Why an export or a backup could not be written, in a form the dialog words for the user:
// the Electron host reports a kind (permission, disk full, …); the browser's file system
// API throws DOMExceptions that mean the same things.

import type { WriteFailureKind } from '../../../shared/ipc/channels';

export type FailureKind = WriteFailureKind | 'cancelled' | 'other';

export interface Failure {
  kind: FailureKind;
  path?: string | undefined;
  written: number;
  detail: string;
}

export function describeFailure(error: unknown): Failure {
  // Matched by name: the browser build does not carry the Electron host's module.
  if (error instanceof Error && error.name === 'HostWriteError') {
    const e = error as Error & { kind: WriteFailureKind; path?: string; written: number };
    return { kind: e.kind, path: e.path, written: e.written, detail: e.message };
  }
  if (error instanceof DOMException) {
    const kind: FailureKind =
      error.name === 'NotAllowedError' || error.name === 'SecurityError'
        ? 'permission'
        : error.name === 'QuotaExceededError'
          ? 'disk-full'
          : error.name === 'AbortError'
            ? 'cancelled'
            : error.name === 'NoModificationAllowedError'
              ? 'read-only'
              : 'other';
    return { kind, written: 0, detail: `${error.name}: ${error.message}` };
  }
  return { kind: 'other', written: 0, detail: error instanceof Error ? error.message : String(error) };
}
