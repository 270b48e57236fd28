// Accessibility of every main view, checked by axe-core in Chromium: the first run, a
// page with its article form, the review and the command palette, each in the light and
// the dark theme (the system's setting, as Galley follows it) and in English and Chinese.
// No serious or critical violation may remain (colour contrast included: WCAG AA).
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../fixtures';
import { startGalley, type GalleySession } from './support/browser';
import { openFiles, pageRow, rawView, waitForImport } from './support/app';

const axeSource = axe.source;

let galley: GalleySession;
beforeAll(async () => {
  galley = await startGalley();
});
afterAll(async () => {
  await galley?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a script tag: the page's Content-Security-Policy allows
  // no inline script, and a test must not weaken it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run(document)).violations;
  })) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 4)
          .join(', ')}`,
    );
}

async function setLanguage(page: Page, code: 'en' | 'zh'): Promise<void> {
  await page.locator('.top-bar .language-switch.wide-only select').selectOption(code);
  await page.waitForFunction((c) => document.documentElement.lang.startsWith(c), code);
}

/** Every combination of theme and language for the view on screen. */
async function checkEverywhere(
  page: Page,
  view: string,
  around?: { open: () => Promise<void>; close: () => Promise<void> },
): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const language of ['en', 'zh'] as const) {
      await setLanguage(page, language);
      await around?.open();
      // Let transitions and the raw view's paint settle before measuring contrast.
      await page.waitForTimeout(300);
      for (const v of await seriousViolations(page)) found.push(`${view}, ${colorScheme}, ${language}: ${v}`);
      await around?.close();
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await setLanguage(page, 'en');
  return found;
}

describe('accessibility (axe-core)', () => {
  it('finds no serious or critical violation in any main view, theme or language', async () => {
    const page = await galley.open();
    const found: string[] = [];
    found.push(...(await checkEverywhere(page, 'first run')));

    const p = fixture('01-flood-drill');
    await openFiles(page, [p.path]);
    await waitForImport(page);
    await pageRow(page, p.name).click();
    await rawView(page).waitFor();
    await page.evaluate((t) => {
      const hook = window.__galleyArticles!;
      const start = hook.raw.indexOf(t);
      hook.select([{ start, end: start + t.length }]);
    }, '区水利局开展汛前河道清淤');
    await page.keyboard.press('Alt+T');
    await page.locator('.article-card').first().waitFor();
    found.push(...(await checkEverywhere(page, 'page and article form')));

    found.push(
      ...(await checkEverywhere(page, 'command palette', {
        open: async () => {
          await page.keyboard.press('Control+k');
          await page.getByRole('dialog').waitFor();
        },
        close: async () => {
          await page.keyboard.press('Escape');
          await page.getByRole('dialog').waitFor({ state: 'detached' });
        },
      })),
    );

    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.locator('.review-view').waitFor();
    found.push(...(await checkEverywhere(page, 'review')));

    expect(found).toEqual([]);
    // Sixteen axe runs over large pages on a shared 2-core machine.
  }, 300_000);
});
