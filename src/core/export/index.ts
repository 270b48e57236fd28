export { exportProject } from './exportProject';
export { EXPORT_FORMATS } from './snapshot';
export type { ExportFormat, ExportOptions } from './snapshot';
export * from './schema';
