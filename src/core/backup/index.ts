export { BACKUP_EXTENSION, makeBackup } from './format';
export { parseBackup } from './parse';
export type { BackupError, BackupErrorKind } from './parse';
export { planRestore } from './restore';
export type { RestoreConflict, RestorePlan, RestoreTable } from './restore';
export { projectSnapshot } from './snapshot';
export { BackupWriter, streamBackup } from './stream';
export type { ProjectData } from './types';
