import type { Dirent, Stats } from 'node:fs';

/** The file-system calls the handlers make; node:fs/promises in the app, wrapped in tests. */
export interface FileSystemLike {
  stat(path: string): Promise<Pick<Stats, 'size' | 'isFile' | 'isDirectory'>>;
  realpath(path: string): Promise<string>;
  readdir(path: string, options: { withFileTypes: true }): Promise<Dirent[]>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array, options?: { flag?: string }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options?: { force?: boolean }): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
}
