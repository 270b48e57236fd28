// `npm run screenshots`: every main view of the article desk (first run, a page with its
// articles, the command palette, the review) at 1440×900 and 1024×700, light and dark,
// English and 简体中文, as PNGs in docs/screenshots/ (name: view-size-theme-language.png).
// It drives the web build made for tests (`npm run build:e2e`, or GALLEY_DIST_WEB) in
// Chromium, through the same helpers as the end-to-end tests, on a fixture page.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { fixture } from '../tests/fixtures/index';
import { openFiles, pageRow, rawView, waitForImport } from '../tests/e2e/support/app';
import { startGalley } from '../tests/e2e/support/browser';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/screenshots');
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
];
const THEMES = ['light', 'dark'] as const;
const LANGUAGES = ['en', 'zh'] as const;

interface View {
  name: string;
  show: (page: Page) => Promise<void>;
  hide?: (page: Page) => Promise<void>;
}

async function setLanguage(page: Page, code: string): Promise<void> {
  // In the bar in a wide window, in the View menu in a narrow one.
  const inBar = page.locator('.top-bar .language-switch.wide-only select');
  if (await inBar.isVisible()) await inBar.selectOption(code);
  else {
    await page.locator('.view-button').click();
    await page.locator('.view-menu .language-switch select').selectOption(code);
    await page.keyboard.press('Escape');
  }
  await page.waitForFunction((c) => document.documentElement.lang.startsWith(c), code);
}

async function shoot(page: Page, view: View, size: { width: number; height: number }): Promise<void> {
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    for (const language of LANGUAGES) {
      await setLanguage(page, language);
      await view.show(page);
      // No focus ring left on the control that switched the language.
      if (!view.hide) await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.waitForTimeout(300);
      const file = path.join(OUT, `${view.name}-${size.width}x${size.height}-${theme}-${language}.png`);
      await page.screenshot({ path: file });
      await view.hide?.(page);
      console.log(path.relative(process.cwd(), file));
    }
  }
}

mkdirSync(OUT, { recursive: true });
const p = fixture('01-flood-drill');
for (const size of SIZES) {
  const galley = await startGalley({ viewport: size });
  try {
    const page = await galley.open();
    await shoot(page, { name: 'first-run', show: async () => {} }, size);

    await openFiles(page, [p.path]);
    await waitForImport(page);
    await pageRow(page, p.name).click();
    await rawView(page).waitFor();
    // Articles to show: the suggested ones, accepted, and the first one chosen.
    await page.locator('.suggestions button.primary, .suggestions .button.primary').first().click();
    await page.locator('.article-card').first().waitFor();
    await page.locator('.article-card .article-head').first().click();
    await shoot(page, { name: 'page', show: async () => {} }, size);

    await shoot(
      page,
      {
        name: 'palette',
        show: async (pg) => {
          await pg.keyboard.press('Control+k');
          await pg.getByRole('dialog').waitFor();
        },
        hide: async (pg) => {
          await pg.keyboard.press('Escape');
          await pg.getByRole('dialog').waitFor({ state: 'detached' });
        },
      },
      size,
    );

    await page.locator('.project-tools button[aria-pressed]').first().click();
    await page.locator('.review-view').waitFor();
    await page.locator('.review-articles tbody tr').first().click();
    await shoot(page, { name: 'review', show: async () => {} }, size);
  } finally {
    await galley.close();
  }
}
