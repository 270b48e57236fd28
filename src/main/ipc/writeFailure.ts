import { fileProblemCode } from '../../core/errno';
import type { FileProblemCode } from '../../core/problems';
import type { WriteFailureKind } from '../../shared/ipc';

/** What each file problem (core/errno.ts, the one errno map) is called in a write outcome. */
const KIND: Partial<Record<FileProblemCode, WriteFailureKind>> = {
  'file.permission': 'permission',
  'file.disk-full': 'disk-full',
  'file.quota': 'disk-full',
  'file.read-only': 'read-only',
  'file.name-too-long': 'name-too-long',
};

/** Maps an OS error to the reason the user is told. */
export function writeFailureKind(error: unknown): WriteFailureKind {
  return KIND[fileProblemCode((error as { code?: unknown } | null)?.code)] ?? 'io';
}

export function errorDetail(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}
