// The shared modal in Chromium: the page behind a modal <dialog> is inert, so Tab and
// Shift+Tab never leave the dialog and nothing outside can take the focus; Escape closes
// it and the focus goes back to the button that opened it.
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
});
