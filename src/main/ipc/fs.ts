import type { Dirent, Stats } from 'node:fs';

/** The part of an open file (`FileHandle`) the writers use. */
export interface FileHandleLike {
  writeFile(data: string | Uint8Array): Promise<void>;
  /** fsync: the data is on the disk, not only in the cache, once this resolves. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls the handlers make; node:fs/promises in the app, wrapped in tests. */
export interface FileSystemLike {
  stat(path: string): Promise<Pick<Stats, 'size' | 'isFile' | 'isDirectory'>>;
  realpath(path: string): Promise<string>;
  readdir(path: string, options: { withFileTypes: true }): Promise<Dirent[]>;
  readFile(path: string): Promise<Uint8Array>;
  open(path: string, flags: string): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options?: { force?: boolean }): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
}
