// Compile-time checks of the IPC contract (src/shared/ipc/contract.ts). Vitest does not run
// this file; `tsc -p tsconfig.test.json` (part of `npm run typecheck`) compiles it, and each
// `@ts-expect-error` fails the typecheck as soon as its line compiles: that is, as soon as
// the contract stops catching the mistake below it. Lines without one must compile.
import type { DecodeResult } from '../../src/core/decode/types';
import { handle, type GuardedRegistrar } from '../../src/main/ipc/registrar';
import type { GalleyApi, IpcRendererLike } from '../../src/preload/api';
import { CHANNELS, type ExportFile, type PickedFile, type WriteOutcome } from '../../src/shared/ipc';

declare const ipc: IpcRendererLike;
declare const api: GalleyApi;
declare const deps: GuardedRegistrar;

/** Calls from the preload (and the page's API) whose arguments disagree with the contract. */
export function callsThatDisagree(files: ExportFile[]): void {
  void ipc.invoke(CHANNELS.readPicked, 'token');
  void ipc.invoke(CHANNELS.readPicked, 'token', 'big5');
  void ipc.invoke(CHANNELS.writeExportFiles, 'token', files);

  // @ts-expect-error the renderer cannot claim the user confirmed: main keeps the dialog's answer
  void ipc.invoke(CHANNELS.writeExportFiles, 'token', files, { confirmSourceFolder: true });
  // @ts-expect-error a token is a string
  void ipc.invoke(CHANNELS.readPickedBytes, 42);
  // @ts-expect-error not one of the encodings
  void ipc.invoke(CHANNELS.readPicked, 'token', 'koi8-r');
  // @ts-expect-error the bytes are missing
  void ipc.invoke(CHANNELS.saveFile, 'backup.galley');
  // @ts-expect-error the data must be bytes
  void ipc.invoke(CHANNELS.saveFile, 'backup.galley', 'text');
  // @ts-expect-error picking files takes no arguments
  void ipc.invoke(CHANNELS.pickFiles, '/etc');
  // @ts-expect-error an export file needs a path
  void ipc.invoke(CHANNELS.writeExportFiles, 'token', [{ data: 'x' }]);
  // @ts-expect-error the menu channel is main → renderer, not a request
  void ipc.invoke(CHANNELS.menuCommand);
  void ipc.invoke(CHANNELS.setMenuLanguage, 'zh');
  // @ts-expect-error the menu speaks the app's languages only, named as the app names them
  void ipc.invoke(CHANNELS.setMenuLanguage, 'zh-CN');
  // @ts-expect-error the page's API takes the same languages
  void api.setMenuLanguage('fr');
  // @ts-expect-error not a channel at all
  void ipc.invoke('galley:format-disk');

  // @ts-expect-error the page's API is derived from the preload: a token is a string
  void api.readPicked(42);
  // @ts-expect-error an export file's data is text or bytes
  void api.writeExportFiles('token', [{ path: 'a.txt', data: 1 }]);
}

/** A preload method that sends what its channel does not take does not compile. */
export function mismatchedPreloadMethod(bytes: Uint8Array) {
  // @ts-expect-error the contract says a token, the method sends bytes
  return ipc.invoke(CHANNELS.readPickedBytes, bytes);
}

/** Calls resolve to the channel's result type, with no cast in the preload. */
export async function resultsAreTheContracts(): Promise<void> {
  const picked: PickedFile[] = await ipc.invoke(CHANNELS.pickFiles);
  const page: DecodeResult = await api.readPicked('token');
  const outcome: WriteOutcome | null = await api.saveFile('b.galley', new Uint8Array());
  void [picked, page, outcome];

  // @ts-expect-error a PickedFile[] is no string
  const wrong: string = await ipc.invoke(CHANNELS.pickFiles);
  // @ts-expect-error saving resolves to null when cancelled
  const written: number = (await api.saveFile('b.galley', new Uint8Array())).written;
  void [wrong, written];
}

/** Handlers in the main process whose arguments or results disagree with the contract. */
export function handlersThatDisagree(): void {
  handle(deps, CHANNELS.readPicked, async ([token, encoding]) => {
    const names = { name: token, relativePath: token };
    return { ok: false, ...names, reason: 'unreadable', detail: encoding ?? 'detected' };
  });
  handle(deps, CHANNELS.confirmSourceFolder, () => true);

  // @ts-expect-error picking files resolves to PickedFile[]
  handle(deps, CHANNELS.pickFiles, async () => 'x');
  // @ts-expect-error confirming resolves to a boolean, never null
  handle(deps, CHANNELS.confirmSourceFolder, async () => null);
  // @ts-expect-error not one of the write failure kinds
  handle(deps, CHANNELS.saveFile, async () => ({ ok: false, kind: 'oops', written: 0, bytes: 0 }));
  // @ts-expect-error the parsed arguments of readPickedBytes are one token, not two
  handle(deps, CHANNELS.readPickedBytes, async ([, second]) => new TextEncoder().encode(second));
  // @ts-expect-error the menu channel has no handler
  handle(deps, CHANNELS.menuCommand, async () => undefined);
}
