// Nothing hung: when the page's process dies, the window is reloaded and the user is told;
// when it stops responding, the user chooses to wait or reload. Electron's objects are
// passed in (the window's and its web contents' events, a dialog), so tests use fakes.
import type { DialogLike } from './ipc/dialog';
import type { MainStrings } from './strings';

export interface RenderProcessGoneDetails {
  reason: string;
  exitCode: number;
}

/** The part of a BrowserWindow this needs. */
export interface WindowEventsLike {
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
}

/** The part of a WebContents this needs. */
export interface ContentsEventsLike {
  on(
    event: 'render-process-gone',
    listener: (event: unknown, details: RenderProcessGoneDetails) => void,
  ): unknown;
}

export interface RecoveryDeps {
  /** Loads the app page again (`webContents.reload()`). */
  reload: () => void;
  /** Ends a hung page's process (`webContents.forcefullyCrashRenderer()`). */
  crashRenderer: () => void;
  dialog: Pick<DialogLike, 'showMessageBox'>;
  strings: MainStrings;
  now: () => number;
}

/** More crashes than this within CRASH_WINDOW_MS and the page is not reloaded again. */
export const MAX_CRASHES = 3;
export const CRASH_WINDOW_MS = 60_000;

export function watchRenderer(
  window: WindowEventsLike,
  contents: ContentsEventsLike,
  deps: RecoveryDeps,
): void {
  const { dialog, strings } = deps;
  const crashes: number[] = [];
  let asking = false;
  /** The page's end the user asked for (Reload on a hung page): already reloading, no message. */
  let ending = false;

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    if (ending) {
      ending = false;
      return;
    }
    const now = deps.now();
    crashes.push(now);
    while (crashes.length > 0 && crashes[0] < now - CRASH_WINDOW_MS) crashes.shift();
    const giveUp = crashes.length > MAX_CRASHES;
    if (!giveUp) deps.reload();
    void dialog
      .showMessageBox({
        type: giveUp ? 'error' : 'warning',
        message: giveUp ? strings.pageKeepsStopping : strings.pageReloaded,
        detail: `${strings.pageReloadedDetail}\n\n(${details.reason}, ${details.exitCode})`,
        buttons: ['OK'],
      })
      .catch(() => undefined);
  });

  window.on('unresponsive', () => {
    if (asking) return;
    asking = true;
    void dialog
      .showMessageBox({
        type: 'warning',
        message: strings.pageUnresponsive,
        detail: strings.pageUnresponsiveDetail,
        buttons: [strings.wait, strings.reload],
        defaultId: 0,
        cancelId: 0,
      })
      .then(({ response }) => {
        if (response !== 1) return;
        ending = true;
        deps.crashRenderer();
        deps.reload();
      })
      .catch(() => undefined)
      .finally(() => {
        asking = false;
      });
  });
}
