export {
  BACKUP_EXTENSION,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_FILE_BYTES,
  MAX_BACKUP_UNPACKED_BYTES,
  backupDocument,
  makeBackup,
  unpackLimit,
} from './format';
export type { BackupDocument, BackupOptions } from './format';
export { parseBackup } from './parse';
export type { BackupError, BackupErrorKind, BackupReadResult, ParseOptions } from './parse';
export { crc32, gunzipChecked } from './gunzip';
export { planRestore, sameValue } from './restore';
export type { RestoreConflict, RestoreCounts, RestorePlan, RestoreTable } from './restore';
export { projectSnapshot } from './snapshot';
export type { CleanupRule, ProjectData, Revision, Setting } from './types';
