// Nothing hung: a crashed page is reloaded and the user told; a hung one, the user chooses.
import { describe, expect, it } from 'vitest';
import {
  CRASH_WINDOW_MS,
  MAX_CRASHES,
  watchRenderer,
  type RenderProcessGoneDetails,
} from '../../src/main/recovery';
import { stringsFor } from '../../src/main/strings';
import { FakeDialog } from './fakes';

function setUpWindow() {
  const windowListeners = new Map<string, () => void>();
  let gone: ((event: unknown, details: RenderProcessGoneDetails) => void) | undefined;
  const log: string[] = [];
  const dialog = new FakeDialog();
  let time = 0;
  watchRenderer(
    { on: (event, listener) => windowListeners.set(event, listener) },
    {
      on: (_event, listener) => {
        gone = listener;
      },
    },
    {
      reload: () => log.push('reload'),
      crashRenderer: () => log.push('crash'),
      dialog,
      strings: stringsFor('en-US'),
      now: () => time,
    },
  );
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    log,
    dialog,
    settle,
    advance: (ms: number) => (time += ms),
    crash: (reason: string) => gone?.({}, { reason, exitCode: 139 }),
    hang: () => windowListeners.get('unresponsive')?.(),
  };
}

describe('when the page crashes or hangs', () => {
  it('reloads a page whose process is gone and says so', async () => {
    const w = setUpWindow();
    w.dialog.answer({ canceled: false, response: 0 });
    w.crash('crashed');
    await w.settle();
    expect(w.log).toEqual(['reload']);
    expect(w.dialog.asked).toHaveLength(1);
    expect(JSON.stringify(w.dialog.asked[0])).toContain('stopped and was reloaded');
    expect(JSON.stringify(w.dialog.asked[0])).toContain('crashed');
  });

  it('does nothing on a clean exit', () => {
    const w = setUpWindow();
    w.crash('clean-exit');
    expect(w.log).toEqual([]);
    expect(w.dialog.asked).toEqual([]);
  });

  it('stops reloading a page that keeps crashing, and says that instead', async () => {
    const w = setUpWindow();
    for (let i = 0; i <= MAX_CRASHES; i++) w.dialog.answer({ canceled: false, response: 0 });
    for (let i = 0; i <= MAX_CRASHES; i++) {
      w.crash('oom');
      w.advance(1000);
    }
    await w.settle();
    expect(w.log).toEqual(Array.from({ length: MAX_CRASHES }, () => 'reload'));
    expect(JSON.stringify(w.dialog.asked.at(-1))).toContain('keeps stopping');
    // Crashes long apart are each reloaded again.
    w.advance(CRASH_WINDOW_MS * 2);
    w.dialog.answer({ canceled: false, response: 0 });
    w.crash('oom');
    expect(w.log).toHaveLength(MAX_CRASHES + 1);
  });

  it('asks about a hung page once: Wait leaves it, Reload ends and reloads it without a second message', async () => {
    const w = setUpWindow();
    w.dialog.answer({ canceled: false, response: 0 });
    w.hang();
    w.hang(); // still asking: no second dialog
    await w.settle();
    expect(w.dialog.asked).toHaveLength(1);
    expect(JSON.stringify(w.dialog.asked[0])).toContain('not responding');
    expect(w.log).toEqual([]);

    w.dialog.answer({ canceled: false, response: 1 });
    w.hang();
    await w.settle();
    expect(w.log).toEqual(['crash', 'reload']);
    w.crash('killed'); // the end the user asked for
    expect(w.log).toEqual(['crash', 'reload']);
    expect(w.dialog.asked).toHaveLength(2);
  });
});
