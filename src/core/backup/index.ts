export { BACKUP_EXTENSION, BACKUP_FORMAT, BACKUP_VERSION, backupDocument, makeBackup } from './format';
export type { BackupDocument, BackupOptions } from './format';
export { parseBackup } from './parse';
export type { BackupError, BackupErrorKind, BackupReadResult } from './parse';
export { planRestore, sameValue } from './restore';
export type { RestoreConflict, RestoreCounts, RestorePlan, RestoreTable } from './restore';
export { projectSnapshot } from './snapshot';
export type { CleanupRule, ProjectData, Revision, Setting } from './types';
