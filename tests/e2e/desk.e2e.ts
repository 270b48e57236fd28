// The marking loop with the keyboard only, on a fixture page (01-flood-drill, a train page):
// every step is a key press, counted, and each article ends up as its truth file says.
// Alt+J selects the next unassigned block, the part shortcuts assign it (a title after a
// finished article starts the next one), Alt+Shift+D splits a dateline from the byline in
// its brackets, and a dialog answered with the keyboard gives the focus back to the raw view.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../fixtures';
import { startGalley, type GalleySession } from './support/browser';
import { openFiles, pageRow, rawView, waitForImport } from './support/app';

const PAGE = fixture('01-flood-drill');
let galley: GalleySession;
beforeAll(async () => {
  galley = await startGalley();
});
afterAll(async () => {
  await galley?.close();
});

/** The article's fields as they read, whitespace aside (raw columns keep OCR spaces). */
function fields(page: Page, n: number) {
  return page.evaluate((i) => {
    const a = window.__galleyArticles!.state().articles[i];
    const t = (s: string) => s.replace(/\s+/g, '');
    return a
      ? {
          section: t(a.section.text),
          kicker: t(a.kicker.text),
          title: t(a.title.text),
          dateline: t(a.dateline.text),
          byline: t(a.byline.text),
          paragraphs: a.paragraphs.map((p) => t(p.text)),
          captions: a.captions.map((c) => t(c.text)),
          notes: a.notes.map((c) => t(c.text)),
        }
      : null;
  }, n);
}
const squeeze = (s = '') => s.replace(/\s+/g, '');
function truthOf(n: number) {
  const a = PAGE.truth.articles[n];
  return {
    section: squeeze(a.section),
    kicker: squeeze(a.kicker),
    title: squeeze(a.title),
    dateline: squeeze(a.dateline),
    byline: squeeze(a.byline),
    paragraphs: a.paragraphs.map(squeeze),
    captions: (a.captions ?? []).map(squeeze),
    notes: (a.notes ?? []).map(squeeze),
  };
}

describe('marking with the keyboard only', () => {
  it('marks the first two articles of a page, counting each key press', async () => {
    const page = await galley.open();
    await openFiles(page, [PAGE.path]);
    await waitForImport(page);
    await pageRow(page, PAGE.name).click();
    await rawView(page).waitFor();
    await page.waitForFunction(() => !!window.__galleyArticles);

    let presses = 0;
    const press = async (...keys: string[]) => {
      for (const key of keys) {
        await page.keyboard.press(key);
        presses++;
      }
    };
    const saved = () => page.evaluate(() => window.__galleyArticles!.flush());

    // The banner is not article text; the section label starts the first article.
    await press('Alt+J', 'Alt+F');
    await press('Alt+J', 'Alt+E');
    await press('Alt+J', 'Alt+K');
    await press('Alt+J', 'Alt+T');
    // The lede's block ends with the byline line: the lede goes in whole, then the byline
    // line (Shift+Home from where the cursor was left) moves to the byline, asked first.
    await press('Alt+J', 'Alt+P', 'Shift+Home', 'Alt+B');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await press('Enter');
    await dialog.waitFor({ state: 'detached' });
    // The focus is back in the raw view, not on <body>.
    expect(await page.evaluate(() => !!document.activeElement?.closest('.raw-view'))).toBe(true);
    await press('Alt+J', 'Alt+P'); // paragraph 2
    await press('Alt+J', 'Alt+P', 'Alt+J', 'Alt+A'); // paragraph 3, broken by a column gap
    await press('Alt+J', 'Alt+P'); // paragraph 4
    await press('Alt+J', 'Alt+P', 'Alt+J', 'Alt+A'); // paragraph 5, broken by a column gap
    await press('Alt+J', 'Alt+C'); // the caption and its credit
    await saved();
    const first = presses;
    expect(await fields(page, 0)).toEqual(truthOf(0));

    // The second article: a title after a finished article starts the next one; the
    // dateline keeps its brackets and gives the names to the byline in one step, so Next
    // unassigned goes straight on to the body.
    presses = 0;
    await press('Alt+J', 'Alt+T');
    await press('Alt+J', 'Alt+Shift+D');
    await press('Alt+J', 'Alt+P', 'Alt+J', 'Alt+A'); // paragraph 1, broken by a column gap
    // Paragraph 2's block runs on into the next article's title (no blank line between):
    // Shift+Up takes the title back out, two Shift+Left the continuation mark ①5, which
    // then goes to a note.
    await press('Alt+J', 'Shift+ArrowUp', 'Shift+ArrowLeft', 'Shift+ArrowLeft', 'Alt+P');
    await press('Shift+End', 'Alt+O');
    await saved();
    const second = presses;
    // The section label over the page's first article applies to this one too (truth
    // repeats it); the archivist does not mark it again.
    expect(await fields(page, 1)).toEqual({ ...truthOf(1), section: '' });

    // The figures the lead reads (one article's key presses; no mouse at all).
    console.log(`desk.keys_article_1: ${first} presses`);
    console.log(`desk.keys_article_2: ${second} presses`);
    expect(second).toBeLessThanOrEqual(15);
  });

  it('reaches every button of the desk from the palette, in English and Chinese', async () => {
    // The page of the test above is open, with its two articles.
    const page = galley.page;
    // The shortcut list, from the palette: Escape closes it and the raw view has the focus again.
    await page.keyboard.press('Control+k');
    await page.locator('.palette-search').fill('keyboard shortcuts');
    await page.keyboard.press('Enter');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => !!document.activeElement?.closest('.raw-view'))).toBe(true);
    /** The palette's command ids now, and the words of one of them in the language shown. */
    const paletteIds = async (): Promise<string[]> => {
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const ids = await dialog
        .locator('[data-command-id]')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-command-id') ?? ''));
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      return ids;
    };
    /** The command each visible button runs: by its data attribute, else by its words. */
    const buttonsIn = (selector: string) =>
      page.locator(selector).evaluateAll((buttons) =>
        buttons
          // Shown, and an action: not a copy kept for measuring, a menu or a fold's toggle.
          .filter(
            (b) =>
              (b as HTMLElement).offsetParent !== null &&
              !b.closest('[aria-hidden="true"]') &&
              !b.matches('[aria-haspopup], [popovertarget], [aria-expanded]'),
          )
          .map((b) => {
            const e = b as HTMLElement;
            if (e.dataset.action) return `assign.${e.dataset.action}`;
            if (e.dataset.command) return `command.${e.dataset.command}`;
            return (e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/[\d()●○]/g, '').trim();
          }),
      );
    // Buttons known by their words; the palette's own button is none. The menus (View, More)
    // hold panes, theme, language, back up and restore, each a command of its own.
    const BY_WORDS: Record<string, string | null> = {
      'Open files…': 'open-files',
      'Open folder…': 'open-folder',
      Review: 'review',
      'Export…': 'export',
      Team: 'team',
      'Back up…': 'backup',
      'Restore…': 'restore',
      'Cleanup & find': 'tools',
      'Same error elsewhere': 'learn',
      'Commands…': null,
      Undo: 'command.undo',
      Redo: 'command.redo',
      'Next unassigned': 'command.next-gap',
      'Keyboard shortcuts': 'command.help',
      'Accept all': 'suggest-accept-all',
      'Clean up': 'tools-clean',
      'Find & replace': 'tools-find',
      'My rules': 'tools-rules',
      'Next unreviewed': 'review-next',
      'Mark corrected': 'review-step',
      'Mark reviewed': 'review-step',
      'Back to corrected': 'review-reopen',
      'Open in editor': 'review-open',
    };
    const unreachable = (buttons: string[], ids: string[]) =>
      buttons.filter((b) => {
        const id = b in BY_WORDS ? BY_WORDS[b] : b;
        return id !== null && !ids.includes(id);
      });

    // The desk: top bar, the article toolbar and panel head, the suggestions, the tools drawer.
    await page.getByRole('button', { name: 'Cleanup & find' }).click();
    await page.locator('.tools-drawer').waitFor();
    const desk = await buttonsIn(
      '.top-bar button, .assign-toolbar button, .article-panel-head button, .suggestions-head button, .tools-tabs button',
    );
    expect(desk.length).toBeGreaterThan(25);
    expect(unreachable(desk, await paletteIds())).toEqual([]);
    await page.getByRole('button', { name: 'Cleanup & find' }).click();

    // The review, with an article shown.
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.locator('.review-view').waitFor();
    await page.locator('.review-table tbody tr').first().waitFor();
    await page.keyboard.press('j');
    await page.locator('.article-review').waitFor();
    const review = await buttonsIn('.review-bar button, .article-review-actions button');
    const ids = await paletteIds();
    expect(unreachable(review, ids)).toEqual([]);
    expect(ids).toEqual(
      expect.arrayContaining(['review-next', 'review-step', 'review-reopen', 'team', 'tools-find']),
    );

    // Searchable in Chinese: the review's step and find & replace are found by their Chinese words.
    await page.keyboard.press('Control+k');
    for (const [query, id] of [
      ['审校 下一状态', 'review-step'],
      ['查找替换', 'tools-find'],
      ['团队', 'team'],
    ]) {
      await page.locator('.palette-search').fill(query);
      expect(
        await page
          .locator('[data-command-id]')
          .evaluateAll((items) => items.map((i) => i.getAttribute('data-command-id'))),
        query,
      ).toContain(id);
    }
    // And the palette runs the review's step on the article shown: a draft becomes corrected.
    await page.locator('.palette-search').fill('review next step');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.locator('.article-review [data-status]').getAttribute('data-status'))
      .toBe('corrected');
    await page.getByRole('button', { name: 'Review', exact: true }).click();
  });
});
