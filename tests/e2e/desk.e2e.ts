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
});
