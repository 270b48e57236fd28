// The shared modal in Chromium: the page behind a modal <dialog> is inert, so Tab and
// Shift+Tab never leave the dialog and nothing outside can take the focus; Escape closes
// it and the focus goes back to the button that opened it. Every dialog of the top bar is
// checked so: export, the back-up result, a restore's answer, the team dialog, the palette
// and the shortcut list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGalley, type GalleySession } from './support/browser';

let galley: GalleySession;
beforeAll(async () => {
  galley = await startGalley();
});
afterAll(async () => {
  await galley?.close();
});

/** Where the focus is: inside the open dialog, on the page behind it, or nowhere in the page. */
function focusPlace(page: import('playwright-core').Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const dialog = document.querySelector('dialog[open]');
    if (!active || active === document.body) return 'none';
    return dialog?.contains(active) ? 'inside' : `outside:${active.tagName}`;
  });
}

describe('the shared modal', () => {
  it('keeps the focus inside, closes on Escape and returns the focus to its opener', async () => {
    const page = await galley.open();
    const opener = page.getByRole('button', { name: 'Export…' });
    await opener.focus();
    await opener.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export the corpus' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.querySelector('dialog[open]')!.matches(':modal'))).toBe(true);
    expect(await focusPlace(page)).toBe('inside');

    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < 16; i++) {
        await page.keyboard.press(key);
        // Past the last element the browser may hand the focus to its own UI, never to the page.
        expect(await focusPlace(page)).not.toMatch(/^outside/);
      }
    }
    // Nothing behind the dialog can take the focus, not even programmatically.
    await page.evaluate(() => document.querySelector<HTMLButtonElement>('.top-bar button')?.focus());
    expect(await focusPlace(page)).not.toMatch(/^outside/);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export…');
  });

  /** Opens a dialog from `opener` with the keyboard, closes it with Escape, says where the focus went. */
  async function escapeFrom(
    page: import('playwright-core').Page,
    opener: import('playwright-core').Locator,
    name: string | RegExp,
    open: () => Promise<unknown> = () => opener.press('Enter'),
  ): Promise<string | null | undefined> {
    await opener.focus();
    await open();
    const dialog = page.getByRole('dialog', { name });
    await dialog.waitFor();
    // Settled: nothing is still working (the back-up result says where it went first).
    await page.waitForFunction(() => !document.querySelector('dialog[open] button[disabled]'));
    // The keys go to the dialog: the focus is inside it once it has something to say.
    await expect.poll(() => focusPlace(page)).toBe('inside');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.querySelectorAll('dialog').length)).toBe(0);
    return page.evaluate(() => document.activeElement?.textContent);
  }

  it('closes every top-bar dialog on Escape, the back-up result too, and gives the focus back to its opener', async () => {
    const page = await galley.open();
    await page.setViewportSize({ width: 1440, height: 900 });

    const backUp = page.getByRole('button', { name: 'Back up…' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      escapeFrom(page, backUp, 'Project backup').then((focus) => expect(focus).toBe('Back up…')),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.galley-backup$/);

    const restore = page.getByRole('button', { name: 'Restore…' });
    const focusAfterRestore = await escapeFrom(page, restore, 'Restore from a backup', async () => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), restore.press('Enter')]);
      await chooser.setFiles({
        name: 'notes.galley-backup',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('{"hello":1}'),
      });
    });
    expect(focusAfterRestore).toBe('Restore…');

    const team = page.getByRole('button', { name: /^Team/ });
    expect(await escapeFrom(page, team, 'Work as a team')).toMatch(/^Team/);

    const palette = page.getByRole('button', { name: 'Commands…' });
    expect(await escapeFrom(page, palette, 'Commands')).toBe('Commands…');
    // Ctrl+K from anywhere gives the focus back to where it was.
    expect(await escapeFrom(page, backUp, 'Commands', () => page.keyboard.press('Control+k'))).toBe(
      'Back up…',
    );
  });
});
