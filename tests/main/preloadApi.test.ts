import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src/main/ipc/contract';
import { createApi, type IpcRendererLike } from '../../src/preload/api';

class FakeIpcRenderer implements IpcRendererLike {
  readonly invoked: unknown[][] = [];
  readonly listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  async invoke(channel: string, ...args: unknown[]) {
    this.invoked.push([channel, ...args]);
    return null;
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
    await api.writeExportFiles('t2', [{ path: 'a.txt', data: 'x' }], { confirmSourceFolder: false });
    expect(ipc.invoked).toEqual([
      [CHANNELS.pickFiles],
      [CHANNELS.readPicked, 't1'],
      [CHANNELS.readPicked, 't1', 'big5'],
      [CHANNELS.writeExportFiles, 't2', [{ path: 'a.txt', data: 'x' }], { confirmSourceFolder: false }],
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
});
