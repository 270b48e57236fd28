/**
 * One file of an export: a relative path with '/' separators (made safe by ./filenames) and
 * its content, UTF-8 text with LF line endings. The same shape as ExportFile in the
 * renderer's Host contract, defined here so the core and the CLI need not import the renderer.
 */
export interface ExportFile {
  path: string;
  data: string | Uint8Array;
}
