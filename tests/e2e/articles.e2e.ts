import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageArticles } from '../../src/core/article';
import type { Span } from '../../src/core/model';
import { fixture } from '../fixtures';
import { openFixturePages, pageRow } from './support/app';
import { startGalley, type GalleySession } from './support/browser';

// A column-broken page: lines cut at column width, a two-line title, the byline run on right
// after the deck, paragraphs continued across column jumps.
const PAGE = fixture('01-flood-drill');
const raw = PAGE.raw;

function spanOf(text: string, from = 0): Span {
  const start = raw.indexOf(text, from);
  if (start === -1) throw new Error(`not on ${PAGE.name}: ${text}`);
  return { start, end: start + text.length };
}
function between(first: string, last: string): Span {
  const start = spanOf(first).start;
  return { start, end: spanOf(last, start).end };
}

const KICKER = '区应急管理局';
/** The title as printed over two lines; in the field the lines are joined. */
const TITLE_SPAN = between('织密防汛安全网', '守护群众平安度汛');
const TITLE = /^织密防汛安全网 ?守护群众平安度汛$/;
const BYLINE_TEXT = '记者 周晓岚 通讯员 韩立';
/** The deck, with the byline printed on the next line: selected as one block. */
const P1 = between('入汛以来', BYLINE_TEXT);
const P2 = between('6月12日上午', '260 余人参加。');
const P3 = between('“演练就是实战', '伍 23 支。');
const KICKER_SPAN = spanOf(KICKER);
const BYLINE = spanOf(BYLINE_TEXT);
const OTHER = between('本报讯 6月11日', '隐患点位并拍照建档。');
const OTHER_START = /^本报讯 6月11日，柳塘街道/;

let galley: GalleySession;
beforeAll(async () => {
  galley = await startGalley();
});
afterAll(async () => {
  await galley?.close();
});

async function select(page: Page, ranges: Span[]): Promise<void> {
  await page.evaluate((r) => window.__galleyArticles!.select(r), ranges);
}
function sessionState(page: Page): Promise<PageArticles> {
  return page.evaluate(() => window.__galleyArticles!.state());
}
const cards = (page: Page) => page.locator('.article-card');
const field = (page: Page, card: number, key: string) =>
  cards(page).nth(card).locator(`textarea[data-field="${key}"]`);

async function saved(page: Page): Promise<void> {
  await page.locator('.save-status[data-save="saved"]').waitFor();
}

describe(`marking an article by hand on a column-broken page (${PAGE.name})`, () => {
  it('builds, edits, merges, splits, undoes, and finds it all again after a reload', async () => {
    const page = await galley.open('?galley-test');
    await openFixturePages(page);
    await pageRow(page, PAGE.name).click();
    await page.waitForFunction(() => window.__galleyArticles?.raw.includes('织密防汛安全网'));

    // Two non-contiguous selections at once become the body of a new article.
    await select(page, [P1, P3]);
    await page.keyboard.press('Alt+N');
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(await field(page, 0, 'paragraph-0').inputValue()).toBe(
      raw.slice(P1.start, P1.end).replace(/\n/g, ''),
    );
    // The paragraph printed between them goes in after the first (the current paragraph).
    await select(page, [P2]);
    await page.keyboard.press('Alt+P');
    await expect
      .poll(() => field(page, 0, 'paragraph-2').inputValue())
      .toBe(raw.slice(P3.start, P3.end).replace(/\n/g, ''));
    expect(await field(page, 0, 'paragraph-1').inputValue()).toContain('全区防汛应急综合演练');

    // Kicker and the two-line title, printed above the body.
    await select(page, [KICKER_SPAN]);
    await page.locator('.assign-toolbar button[data-action="kicker"]').click();
    await select(page, [TITLE_SPAN]);
    await page.keyboard.press('Alt+T');
    await expect.poll(() => field(page, 0, 'title').inputValue()).toMatch(TITLE);
    expect(await field(page, 0, 'kicker').inputValue()).toBe(KICKER);

    // Text that already belongs to the body (the byline went in with the deck): Galley asks
    // before moving it to the byline.
    await select(page, [BYLINE]);
    await page.keyboard.press('Alt+B');
    await page.getByRole('dialog').getByRole('button', { name: 'Move it here' }).click();
    await expect.poll(() => field(page, 0, 'byline').inputValue()).toBe(BYLINE_TEXT);
    expect(await field(page, 0, 'paragraph-0').inputValue()).toMatch(/^入汛以来，区应急管理局.*安全度汛。$/);

    // Edit the body: plain typing, then Chinese through an IME composition.
    const p1 = field(page, 0, 'paragraph-0');
    await p1.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('（一）');
    const cdp = await page.context().newCDPSession(page);
    for (const pinyin of ['q', 'qi', 'qin', 'qing', 'qingl', 'qingli', 'qinglia', 'qinglian']) {
      await cdp.send('Input.imeSetComposition', {
        text: pinyin,
        selectionStart: pinyin.length,
        selectionEnd: pinyin.length,
      });
    }
    await cdp.send('Input.insertText', { text: '清廉' });
    await cdp.send('Input.imeSetComposition', { text: 'gao', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.insertText', { text: '高效' });
    const body = raw.slice(P1.start, BYLINE.start).trim().replace(/\n/g, '');
    await expect.poll(() => p1.inputValue()).toBe(`${body}（一）清廉高效`);
    await expect
      .poll(async () => (await sessionState(page)).articles[0].paragraphs[0].text)
      .toBe(`${body}（一）清廉高效`);

    // A second article, merged into the first, then split off again at its first paragraph.
    await select(page, [OTHER]);
    await page.keyboard.press('Alt+N');
    await expect.poll(() => cards(page).count()).toBe(2);
    await cards(page).nth(0).locator('.article-head').click();
    await page.keyboard.press('Alt+M');
    await expect.poll(() => cards(page).count()).toBe(1);
    const merged = field(page, 0, 'paragraph-3');
    expect(await merged.inputValue()).toMatch(OTHER_START);
    await merged.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+S');
    await expect.poll(() => cards(page).count()).toBe(2);
    expect(await field(page, 1, 'paragraph-0').inputValue()).toMatch(OTHER_START);

    // Undo the split, then the merge: two articles again, the first with its three paragraphs.
    await page.keyboard.press('Control+z');
    await expect.poll(() => cards(page).count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => cards(page).count()).toBe(2);
    expect(await field(page, 0, 'paragraph-3').count()).toBe(0);

    await cards(page).nth(0).locator('.article-head').click();
    await saved(page);
    const before = await sessionState(page);
    const selectedId = await page
      .locator('.article-card[aria-current="true"]')
      .getAttribute('data-article-id');
    expect(selectedId).toBe(before.articles[0].id);

    await page.reload();
    await page.waitForFunction(() => window.__galleyArticles?.raw.includes('织密防汛安全网'));
    await expect.poll(() => cards(page).count()).toBe(2);
    expect(await sessionState(page)).toEqual(before);
    expect(await page.locator('.article-card[aria-current="true"]').getAttribute('data-article-id')).toBe(
      selectedId,
    );
    expect(await field(page, 0, 'title').inputValue()).toMatch(TITLE);
    expect(await field(page, 0, 'kicker').inputValue()).toBe(KICKER);
    expect(await field(page, 0, 'byline').inputValue()).toBe(BYLINE_TEXT);
    expect(await field(page, 0, 'paragraph-0').inputValue()).toBe(`${body}（一）清廉高效`);

    // The article's revisions are listed (at least one per editing burst).
    await cards(page).nth(0).locator('.revisions summary').click();
    await expect.poll(() => cards(page).nth(0).locator('.revisions li').count()).toBeGreaterThan(0);
    expect(await cards(page).nth(0).locator('.revisions li button').first().textContent()).toBe('Restore');

    // The raw view still shows the spans: the title in the article's colour and style.
    await page.evaluate((at) => window.__galleyArticles!.select([{ start: at, end: at }]), TITLE_SPAN.start);
    const titleMark = page.locator('.raw-view .cm-span-title').first();
    await titleMark.waitFor();
    expect(await titleMark.textContent()).toContain('织密防汛安全网');
    expect(await page.locator('.raw-view .cm-span-kicker').first().textContent()).toBe(KICKER);
    expect(Number(await page.locator('.article-coverage').getAttribute('data-coverage'))).toBeGreaterThan(
      0.05,
    );
    await page.screenshot({
      path: process.env.GALLEY_SCREENSHOT ?? path.join(process.cwd(), 'out', 'articles-e2e.png'),
    });

    // Clicking assigned raw text selects its article and field.
    await titleMark.click();
    await expect
      .poll(() =>
        page.locator('.article-card[aria-current="true"] .field-focused textarea').getAttribute('data-field'),
      )
      .toBe('title');

    // Focusing a field outlines its raw text and scrolls the raw view to it.
    const scroller = page.locator('.raw-view .cm-scroller');
    await scroller.evaluate((el) => (el.scrollTop = 0));
    await field(page, 0, 'byline').focus();
    const focusMark = page.locator('.raw-view .cm-span-focus').first();
    await expect.poll(() => focusMark.textContent()).toBe(BYLINE_TEXT);
    // The second article starts far down the page: the view scrolls to its first line.
    await cards(page).nth(1).locator('.article-head').click();
    await scroller.evaluate((el) => (el.scrollTop = 0));
    await field(page, 1, 'paragraph-0').focus();
    await expect
      .poll(() => focusMark.textContent())
      .toBe(raw.slice(OTHER.start, raw.indexOf('\n', OTHER.start)));
    await expect.poll(() => focusMark.isVisible()).toBe(true);
    expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });

  it('keeps what was typed when the window is reloaded at once', async () => {
    const page = galley.page;
    const body = field(page, 1, 'paragraph-0');
    await body.click();
    await page.keyboard.press('Control+End');
    const typed = `${await body.inputValue()}zq`;
    await page.keyboard.type('zq');
    // No wait for the save: typing is written within 300 ms, and leaving the page writes it now.
    await page.reload();
    await page.waitForFunction(() => window.__galleyArticles?.raw.includes('织密防汛安全网'));
    await expect.poll(() => cards(page).count()).toBe(2);
    expect((await sessionState(page)).articles[1]?.paragraphs[0]?.text).toBe(typed);
  });

  it('grows a field as a line is typed into it and shrinks it when the text goes, the fields below moving with it', async () => {
    const page = galley.page;
    const body = field(page, 1, 'paragraph-0');
    await body.click();
    // The field's height, whether all its text shows, and the gap to whatever follows its row.
    const fit = () =>
      body.evaluate((el: HTMLTextAreaElement) => {
        const box = el.getBoundingClientRect();
        const below = el.closest('.field-row')!.nextElementSibling!.getBoundingClientRect();
        return { height: box.height, hidden: el.scrollHeight - el.clientHeight, gap: below.top - box.bottom };
      });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('短');
    const short = await fit();
    await page.keyboard.insertText('汛期将至，各街道加强巡查。'.repeat(10));
    await expect.poll(async () => (await fit()).height).toBeGreaterThan(short.height * 2);
    expect((await fit()).hidden).toBeLessThanOrEqual(0);
    // The row below moves down with the field's last line (the box follows after a frame).
    await expect.poll(async () => Math.round((await fit()).gap)).toBe(Math.round(short.gap));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('短');
    await expect.poll(async () => (await fit()).height).toBe(short.height);
    await expect.poll(async () => Math.round((await fit()).gap)).toBe(Math.round(short.gap));
  });
});

describe('the article tools in 简体中文', () => {
  it('marks furniture from the context menu, jumps to the next gap, and lists the shortcuts', async () => {
    const zh = await startGalley({ locale: 'zh-CN' });
    try {
      const page = await zh.open('?galley-test');
      await openFixturePages(page);
      await pageRow(page, PAGE.name).click();
      await page.waitForFunction(() => window.__galleyArticles?.raw.includes('织密防汛安全网'));

      // The banner over the page, marked "not article text" from the context menu.
      const banner = PAGE.truth.furniture[0];
      expect(banner).toMatch(/^青河区新闻/);
      const head = spanOf(banner);
      await select(page, [head]);
      await page
        .locator('.raw-view .cm-line', { hasText: banner })
        .first()
        .click({ button: 'right', position: { x: 40, y: 5 } });
      await page.getByRole('menuitem', { name: /标为非正文/ }).click();
      await page.locator('.raw-view .cm-span-furniture').first().waitFor();
      expect(await page.locator('.raw-view .cm-span-furniture').first().textContent()).toBe(
        raw.slice(head.start, head.end),
      );
      await expect.poll(async () => (await sessionState(page)).furniture).toEqual([head]);

      // "Next unassigned" selects the first run of text nobody owns.
      await select(page, [{ start: 0, end: 0 }]);
      await page.getByRole('button', { name: '下一处未归属' }).click();
      // Nothing else is assigned yet: the gap runs from the section label under the banner to
      // the end of the ink.
      const first = raw.indexOf('城区要闻');
      await expect
        .poll(() => page.evaluate(() => window.__galleyArticles!.selection()))
        .toEqual([{ start: first, end: raw.trimEnd().length }]);
      // Only its first paragraph goes into the new article.
      await select(page, [P2]);
      await page.keyboard.press('Alt+N');
      await expect.poll(() => cards(page).count()).toBe(1);
      expect(await field(page, 0, 'paragraph-0').inputValue()).toMatch(/^6月12日上午，全区防汛应急综合演练/);

      // A second article; reading order changed by keyboard, then back by dragging.
      await select(page, [between('区水利局开展汛前河道清淤', '阻水障碍物 31 处。')]);
      await page.keyboard.press('Alt+N');
      await expect.poll(() => cards(page).count()).toBe(2);
      const second = await cards(page).nth(1).getAttribute('data-article-id');
      await page.keyboard.press('Alt+ArrowUp');
      await expect.poll(() => cards(page).nth(0).getAttribute('data-article-id')).toBe(second);
      // Drag and drop, as the browser fires it (Playwright's mouse does not start an HTML
      // drag in this headless Chromium): dragstart on the handle, dragover and drop on the first card.
      await page.evaluate(() => {
        const [first, second] = document.querySelectorAll('.article-card');
        const data = new DataTransfer();
        const fire = (el: Element, type: string) =>
          el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
        fire(second.querySelector('.article-handle')!, 'dragstart');
        fire(first.querySelector('.article-headline')!, 'dragover');
        fire(first.querySelector('.article-headline')!, 'drop');
        fire(second.querySelector('.article-handle')!, 'dragend');
      });
      await expect.poll(() => cards(page).nth(1).getAttribute('data-article-id')).toBe(second);
      await expect.poll(async () => (await sessionState(page)).articles.map((a) => a.id)[1]).toBe(second);

      // The `?` overlay lists every shortcut, in Chinese.
      await page.locator('.article-list').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Shift+Slash');
      const help = page.getByRole('dialog', { name: '键盘快捷键' });
      await help.waitFor();
      expect(await help.textContent()).toContain('设为主题');
      expect(await help.textContent()).toContain('Alt+T');
      await page.screenshot({ path: path.join(process.cwd(), 'out', 'articles-zh.png') });
      await page.keyboard.press('Escape');
    } finally {
      await zh.close();
    }
  });
});
