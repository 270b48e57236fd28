import type { WriteFailureKind } from '../../shared/ipc';

/** Maps an OS error to the reason the user is told. */
export function writeFailureKind(error: unknown): WriteFailureKind {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EROFS':
      return 'read-only';
    case 'ENAMETOOLONG':
      return 'name-too-long';
    default:
      return 'io';
  }
}

export function errorDetail(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}
