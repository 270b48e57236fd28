// src/main/index.ts with Electron replaced by fakes: what the app sets up when it starts.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../src/shared/ipc';
import { FakeIpcMain } from './fakes';

const state = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; url?: string }[],
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  sandboxEnabled: false,
  // The assertions type the hoisted state (a plain `null` would make it `null` for good);
  // no-unnecessary-type-assertion misses that vi.hoisted infers its type from them.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  menu: null as unknown,
  permissionAnswer: undefined as boolean | undefined,
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  ipc: null as unknown,
  privileged: [] as unknown[],
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
}));

vi.mock('electron', async () => {
  const { FakeIpcMain: Ipc } = await import('./fakes');
  state.ipc = new Ipc();
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    webContents = { send: vi.fn(), on: vi.fn(), reload: vi.fn(), forcefullyCrashRenderer: vi.fn() };
    record: { options: Record<string, unknown>; url?: string };
    constructor(options: Record<string, unknown>) {
      this.record = { options };
      state.windows.push(this.record);
    }
    once() {}
    on() {}
    isMinimized = () => false;
    async loadURL(url: string) {
      this.record.url = url;
    }
  }
  return {
    app: {
      isPackaged: false,
      enableSandbox: () => {
        state.sandboxEnabled = true;
      },
      requestSingleInstanceLock: () => true,
      on: (name: string, listener: (...args: unknown[]) => void) => state.appEvents.set(name, listener),
      whenReady: () => Promise.resolve(),
      getLocale: () => 'zh-CN',
      quit: vi.fn(),
    },
    BrowserWindow,
    ipcMain: state.ipc,
    dialog: {},
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => {
        state.menu = menu;
      },
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: vi.fn() },
        setPermissionRequestHandler: (handler: (c: unknown, p: string, cb: (ok: boolean) => void) => void) =>
          handler(null, 'media', (ok) => {
            state.permissionAnswer = ok;
          }),
        setPermissionCheckHandler: vi.fn(),
      },
    },
  };
});

beforeAll(async () => {
  // electron-vite/node declares it readonly; the test runs the built renderer, not the dev server.
  Reflect.deleteProperty(process.env, 'ELECTRON_RENDERER_URL');
  await import('../../src/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe('starting the app', () => {
  it('opens one sandboxed, isolated window on the built renderer with the bundled preload', () => {
    expect(state.sandboxEnabled).toBe(true);
    expect(state.windows).toHaveLength(1);
    const { options, url } = state.windows[0];
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: path.resolve('src/preload/index.cjs'),
    });
    expect(url).toBe('app://galley/index.html');
  });

  it('serves the page from app://, a privileged standard secure scheme, never file://', async () => {
    expect(state.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const handler = state.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    // Under test the main bundle's folder is src/main, so the renderer root is src/renderer.
    const page = await handler!({ url: 'app://galley/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    expect(
      (await handler!({ url: 'app://galley/%2e%2e/%2e%2e/package.json' })).status,
    ).toBeGreaterThanOrEqual(400);
  });

  it('registers every IPC handler, a menu in the system language, and refuses permissions', () => {
    const ipc = state.ipc as FakeIpcMain;
    expect([...ipc.handlers.keys()].sort()).toEqual(
      Object.values(CHANNELS)
        .filter((c) => c !== CHANNELS.menuCommand)
        .sort(),
    );
    expect(JSON.stringify(state.menu)).toContain('打开文件夹');
    expect(state.permissionAnswer).toBe(false);
  });

  it('sets the menu again in the language the page says the app speaks', async () => {
    await (state.ipc as FakeIpcMain).invoke(CHANNELS.setMenuLanguage, ['en']);
    expect(JSON.stringify(state.menu)).toContain('Open Folder…');
    expect(JSON.stringify(state.menu)).not.toContain('打开文件夹');
  });

  it('guards every web contents against navigation, new windows and webviews', () => {
    const listeners = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>();
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      on: (name: string, l: (event: { preventDefault: () => void }, url?: string) => void) =>
        listeners.set(name, l),
      setWindowOpenHandler: (h: () => { action: string }) => {
        openHandler = h;
      },
    };
    state.appEvents.get('web-contents-created')?.({}, contents);
    const prevented = (name: string, url?: string) => {
      let yes = false;
      listeners.get(name)?.({ preventDefault: () => (yes = true) }, url);
      return yes;
    };
    const appUrl = 'app://galley/index.html';
    expect(prevented('will-navigate', 'https://example.com/')).toBe(true);
    expect(prevented('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(prevented('will-navigate', pathToFileURL(path.resolve('src/renderer/index.html')).href)).toBe(
      true,
    );
    expect(prevented('will-navigate', 'app://other/index.html')).toBe(true);
    expect(prevented('will-navigate', appUrl)).toBe(false);
    expect(prevented('will-redirect', 'https://example.com/')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(openHandler?.()).toEqual({ action: 'deny' });
  });
});
