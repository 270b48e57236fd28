import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CHANNELS, type IpcArgs, type IpcResult, type RequestChannel } from '../../src/shared/ipc';
import { createApi, type IpcRendererLike } from '../../src/preload/api';

class FakeIpcRenderer implements IpcRendererLike {
  readonly invoked: unknown[][] = [];
  readonly listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  /** Records the call; no main process answers, so it resolves with nothing. */
  async invoke<C extends RequestChannel>(channel: C, ...args: IpcArgs<C>): Promise<IpcResult<C>> {
    this.invoked.push([channel, ...args]);
    return undefined as never;
  }
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
    if (!this.listeners.has(channel)) this.listeners.set(channel, new Set());
    this.listeners.get(channel)!.add(listener);
  }
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
    this.listeners.get(channel)?.delete(listener);
  }
  emit(channel: string, ...args: unknown[]) {
    for (const l of this.listeners.get(channel) ?? []) l({}, ...args);
  }
}

describe('the preload API', () => {
  it('sends each method on its own channel with only its own arguments', async () => {
    const ipc = new FakeIpcRenderer();
    const api = createApi(ipc);
    await api.pickFiles();
    await api.readPicked('t1');
    await api.readPicked('t1', 'big5');
    await api.writeExportFiles('t2', [{ path: 'a.txt', data: 'x' }]);
    await api.setMenuLanguage('zh');
    expect(ipc.invoked).toEqual([
      [CHANNELS.pickFiles],
      [CHANNELS.readPicked, 't1'],
      [CHANNELS.readPicked, 't1', 'big5'],
      [CHANNELS.writeExportFiles, 't2', [{ path: 'a.txt', data: 'x' }]],
      [CHANNELS.setMenuLanguage, 'zh'],
    ]);
  });

  it('passes on known menu commands only, until unsubscribed', () => {
    const ipc = new FakeIpcRenderer();
    const api = createApi(ipc);
    const heard: string[] = [];
    const off = api.onMenuCommand((c) => heard.push(c));
    ipc.emit(CHANNELS.menuCommand, 'open-folder');
    ipc.emit(CHANNELS.menuCommand, 'format-disk');
    off();
    ipc.emit(CHANNELS.menuCommand, 'undo');
    expect(heard).toEqual(['open-folder']);
    expect(ipc.listeners.get(CHANNELS.menuCommand)?.size).toBe(0);
  });

  it('exposes no generic way to reach IPC', () => {
    const api = createApi(new FakeIpcRenderer());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.keys(api)).not.toContain('invoke');
    expect(Object.keys(api)).not.toContain('send');
  });

  it('loads nothing at run time that a sandboxed preload cannot require', async () => {
    // The bundle keeps packages external, and a sandboxed preload can require `electron`
    // only: the contract (zod) must be imported for its types, the channel names from
    // the dependency-free channels module.
    const runtimeImports = async (file: string) =>
      [...(await readFile(file, 'utf8')).matchAll(/^import (?!type )[^;]*? from '([^']+)';/gm)].map(
        (m) => m[1],
      );
    expect(await runtimeImports('src/preload/index.ts')).toEqual(['electron', './api']);
    expect(await runtimeImports('src/preload/api.ts')).toEqual(['../shared/ipc/channels']);
    expect(await runtimeImports('src/shared/ipc/channels.ts')).toEqual([]);
  });
});
