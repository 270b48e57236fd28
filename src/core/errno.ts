// The one map from operating system error codes (Node's `error.code`: EACCES, ENOSPC, …) to
// what they mean for the person who asked for a read or write. Pure: it looks at the code
// string only, so the CLI, the Electron main process and tests share it.

import type { FileProblem, FileProblemCode } from './problems';

const BY_ERRNO: Record<string, FileProblemCode> = {
  ENOENT: 'file.not-found',
  EACCES: 'file.permission',
  EPERM: 'file.permission',
  EROFS: 'file.read-only',
  ENOSPC: 'file.disk-full',
  EDQUOT: 'file.quota',
  ENAMETOOLONG: 'file.name-too-long',
  ENOTDIR: 'file.file-in-the-way',
  EEXIST: 'file.file-in-the-way',
  EISDIR: 'file.folder-in-the-way',
};

/** The problem code for an errno string (`'EACCES'`), or `file.io` for any other. */
export function fileProblemCode(errno: unknown): FileProblemCode {
  return (typeof errno === 'string' && Object.hasOwn(BY_ERRNO, errno) && BY_ERRNO[errno]) || 'file.io';
}

/** The problem an error thrown by a file operation stands for; `detail` keeps its own message. */
export function fileProblem(error: unknown): FileProblem {
  const errno = (error as { code?: unknown } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  return { code: fileProblemCode(errno), detail };
}
