// Wiring only: the window factory, security guards, menu and IPC handlers live in their
// own modules and receive what they need from here.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, rendererEntry, serveAppFile } from './appProtocol';
import { windowDialog } from './electronDialog';
import { PickedPaths } from './ipc/allowlist';
import { CHANNELS, type MenuCommand } from '../shared/ipc';
import { registerIpcHandlers } from './ipc';
import { sendEvent } from './ipc/events';
import { createSenderCheck } from './ipc/sender';
import { menuTemplate } from './menu';
import { watchRenderer } from './recovery';
import { guardUnload } from './unload';
import { guardWebContents, hardenSession } from './security';
import { stringsFor, type MainStrings } from './strings';
import { createAppWindow } from './window';

// The dev server only for an unpackaged development build; otherwise app://galley/.
const { devUrl, appUrl } = rendererEntry({
  isPackaged: app.isPackaged,
  devBuild: import.meta.env.DEV,
  rendererUrl: process.env['ELECTRON_RENDERER_URL'],
});
const rendererRoot = path.join(__dirname, '../renderer');
const isAppFrame = createSenderCheck(appUrl);
const isAppUrl = (url: string): boolean => isAppFrame({ url, parent: null });

let mainWindow: BrowserWindow | null = null;

// Every renderer sandboxed, whatever a window's own preferences say.
app.enableSandbox();
// A standard, secure scheme: the page gets a real origin (storage, fetch, workers) without file://.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

function openMainWindow(strings: MainStrings): void {
  const window = createAppWindow({ preload: path.join(__dirname, '../preload/index.cjs') });
  mainWindow = window;
  const contents = window.webContents;
  // A crashed page is reloaded and the user told; a hung one, the user chooses.
  watchRenderer(window, contents, {
    reload: () => contents.reload(),
    crashRenderer: () => contents.forcefullyCrashRenderer(),
    dialog: windowDialog(() => mainWindow),
    strings,
    now: Date.now,
  });
  // The page refuses to unload while work is unsaved: ask whether to leave anyway.
  guardUnload(contents, (options) => dialog.showMessageBoxSync(window, options), strings);
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(appUrl);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isAppUrl));

  void app.whenReady().then(() => {
    const strings = stringsFor(app.getLocale());
    hardenSession(session.defaultSession, devUrl);
    protocol.handle(APP_SCHEME, async (request) => {
      const { status, headers, body } = await serveAppFile(request.url, rendererRoot, fs);
      // Copied into an ArrayBuffer-backed array, the only kind a Response body takes.
      return new Response(body && new Uint8Array(body), { status, headers });
    });
    const send = (command: MenuCommand): void => {
      if (mainWindow) sendEvent(mainWindow.webContents, CHANNELS.menuCommand, command);
    };
    // In the system's language until the page says which language the app speaks.
    const setMenu = (menuStrings: MainStrings): void =>
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          menuTemplate(menuStrings, send, { platform: process.platform, dev: devUrl !== undefined }),
        ),
      );
    setMenu(strings);
    registerIpcHandlers({
      registrar: ipcMain,
      isTrustedSender: isAppFrame,
      dialog: windowDialog(() => mainWindow),
      fs,
      picked: new PickedPaths(randomUUID),
      strings,
      setMenu,
      newId: () => randomBytes(6).toString('hex'),
    });
    openMainWindow(strings);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow(strings);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
