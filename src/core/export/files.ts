/**
 * One file of an export: a relative path with '/' separators (made safe by ./filenames) and
 * its content, UTF-8 text with LF line endings. The one definition: the CLI, the renderer's
 * Host and the IPC contract (src/shared/ipc) use this type.
 */
export interface ExportFile {
  path: string;
  data: string | Uint8Array;
}
