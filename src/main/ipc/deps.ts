import type { PickedPaths } from './allowlist';
import type { DialogLike } from './dialog';
import type { FileSystemLike } from './fs';
import type { Registrar } from './registrar';
import type { SenderFrameLike } from './sender';
import type { MainStrings } from '../strings';

/** What every group of IPC handlers is given, so each can be tested with fakes. */
export interface HandlerDeps {
  registrar: Registrar;
  isTrustedSender: (frame: SenderFrameLike | null) => boolean;
  dialog: DialogLike;
  fs: FileSystemLike;
  picked: PickedPaths;
  strings: MainStrings;
  /** Sets the native menu again with these words (the app's language changed). */
  setMenu: (strings: MainStrings) => void;
  /** Unique names for temporary files. */
  newId: () => string;
}
