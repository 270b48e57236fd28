// Fakes for the main-process handlers: an ipcMain that records handlers and invokes them
// like Electron would, a dialog with scripted answers, and a real file system in a
// temporary folder that can be told to fail the way disks fail.
import { randomBytes, randomUUID } from 'node:crypto';
import realFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { PickedPaths } from '../../src/main/ipc/allowlist';
import type { DialogLike } from '../../src/main/ipc/dialog';
import type { FileSystemLike } from '../../src/main/ipc/fs';
import type { HandlerDeps } from '../../src/main/ipc/deps';
import { registerIpcHandlers } from '../../src/main/ipc';
import type { InvokeEventLike, Registrar } from '../../src/main/ipc/registrar';
import { createSenderCheck, type SenderFrameLike } from '../../src/main/ipc/sender';
import { stringsFor, type MainStrings } from '../../src/main/strings';

export const APP_URL = 'app://galley/index.html';
export const appFrame: SenderFrameLike = { url: APP_URL, parent: null };

export class FakeIpcMain implements Registrar {
  readonly handlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  /** Calls a handler as a message from `frame` would. */
  async invoke<T = unknown>(
    channel: string,
    args: unknown[] = [],
    frame: SenderFrameLike | null = appFrame,
  ): Promise<T> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return (await handler({ senderFrame: frame }, ...args)) as T;
  }
}

type Answer = { canceled: boolean; filePaths?: string[]; filePath?: string; response?: number };

export class FakeDialog implements DialogLike {
  readonly answers: Answer[] = [];
  readonly asked: (OpenDialogOptions | SaveDialogOptions | MessageBoxOptions)[] = [];
  answer(a: Answer): this {
    this.answers.push(a);
    return this;
  }
  private next(options: OpenDialogOptions | SaveDialogOptions | MessageBoxOptions): Answer {
    this.asked.push(options);
    const a = this.answers.shift();
    if (!a) throw new Error('dialog shown without a scripted answer');
    return a;
  }
  async showOpenDialog(options: OpenDialogOptions) {
    const a = this.next(options);
    return { canceled: a.canceled, filePaths: a.filePaths ?? [] };
  }
  async showSaveDialog(options: SaveDialogOptions) {
    const a = this.next(options);
    return { canceled: a.canceled, ...(a.filePath ? { filePath: a.filePath } : {}) };
  }
  async showMessageBox(options: MessageBoxOptions) {
    return { response: this.next(options).response ?? 0 };
  }
}

/**
 * Real fs with optional failures: `failOn(op, predicate, code)` ('writeFile' fails writing
 * into an opened file). `synced` lists every path flushed to disk, files and folders, in order.
 */
export function failingFs(): FileSystemLike & {
  failOn(op: 'writeFile' | 'rename' | 'readFile' | 'mkdir', when: (p: string) => boolean, code: string): void;
  synced: string[];
} {
  const synced: string[] = [];
  const failures: { op: string; when: (p: string) => boolean; code: string }[] = [];
  const check = (op: string, p: string) => {
    const f = failures.find((x) => x.op === op && x.when(p));
    if (f) throw Object.assign(new Error(`${f.code}: simulated, ${op} '${p}'`), { code: f.code });
  };
  return {
    stat: (p) => realFs.stat(p),
    realpath: (p) => realFs.realpath(p),
    readdir: (p, o) => realFs.readdir(p, o),
    async readFile(p) {
      check('readFile', p);
      return realFs.readFile(p);
    },
    async open(p, flags) {
      const handle = await realFs.open(p, flags);
      return {
        async writeFile(d) {
          check('writeFile', p);
          return handle.writeFile(d);
        },
        async sync() {
          await handle.sync();
          synced.push(p);
        },
        close: () => handle.close(),
      };
    },
    async rename(a, b) {
      check('rename', b);
      return realFs.rename(a, b);
    },
    rm: (p, o) => realFs.rm(p, o),
    async mkdir(p, o) {
      check('mkdir', p);
      return realFs.mkdir(p, o);
    },
    synced,
    failOn(op, when, code) {
      failures.push({ op, when, code });
    },
  };
}

export async function tempDir(): Promise<string> {
  return realFs.realpath(await realFs.mkdtemp(path.join(os.tmpdir(), 'galley-main-')));
}

export function setUp(overrides: Partial<HandlerDeps> = {}) {
  const ipc = new FakeIpcMain();
  const dialog = new FakeDialog();
  const fs = failingFs();
  const picked = new PickedPaths(randomUUID);
  /** The words of every menu the handlers set, in order. */
  const menus: MainStrings[] = [];
  registerIpcHandlers({
    registrar: ipc,
    isTrustedSender: createSenderCheck(APP_URL),
    dialog,
    fs,
    picked,
    strings: stringsFor('en-GB'),
    newId: () => randomBytes(6).toString('hex'),
    setMenu: (strings) => menus.push(strings),
    ...overrides,
  });
  return { ipc, dialog, fs, picked, menus };
}

/** Every file under `root`, relative, sorted; hidden ones included so leftovers show. */
export async function listAll(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await realFs.readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out.push(path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  }
  return out.sort();
}
