// @vitest-environment happy-dom
// The carry-over offer after an import: it names the changed page and how much work its
// previous version holds, changes nothing when declined or when no page is picked, and in
// Chinese speaks Chinese.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetSessions, openSession } from '../../../src/renderer/src/articles/session/registry';
import { CarryOverDialog } from '../../../src/renderer/src/carryover/CarryOverDialog';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { initI18n } from '../../../src/renderer/src/i18n';
import { importFiles } from '../../../src/renderer/src/import/importFiles';
import type { ImportReport } from '../../../src/renderer/src/import/types';
import { fixture } from '../../fixtures';
import { sourceOf } from '../sourceFiles';
import { mountPerTest } from '../support/mount';

const utf8 = (s: string) => new TextEncoder().encode(s);
const LINE = '本报讯 11月7日14时30分';

let db: GalleyDb;

beforeEach(() => {
  db = createDb(`galley-carry-dialog-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await forgetSessions(db);
  await db.delete();
});
const view = mountPerTest();

/** A page with one article, then a changed version of it: the second import's report. */
async function changedVersion(): Promise<ImportReport> {
  const raw = fixture('05-fire-drill').raw;
  const first = await importFiles(db, [sourceOf('p/05.txt', utf8(raw))]);
  const s = await openSession(db, first.pageIds[0]);
  const start = raw.indexOf(LINE);
  s.assign([{ start, end: start + LINE.length }], { kind: 'new-article' });
  await s.flush();
  return importFiles(db, [sourceOf('p/05.txt', utf8(`第3版\n${raw}`))]);
}

const button = (text: string) =>
  [...document.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;

describe('the carry-over offer', () => {
  it('names the changed page and its work, and changes nothing when declined', async () => {
    await initI18n('en');
    const report = await changedVersion();
    const open = vi.fn();
    view.render(<CarryOverDialog db={db} changed={report.changedPages} onOpenPage={open} />);
    await vi.waitFor(() =>
      expect(view.container.textContent).toContain('Carry the work over to the new versions?'),
    );
    expect(view.container.querySelector('.carry-over-pages')?.textContent).toBe(
      'p/05.txt1 article on the previous version',
    );
    // With the page unticked there is nothing to carry over.
    const tick = view.container.querySelector<HTMLInputElement>('.carry-over-pages input')!;
    expect(tick.checked).toBe(true);
    act(() => tick.click());
    expect(button('Carry over').disabled).toBe(true);
    act(() => button('Not now').click());
    expect(view.container.textContent).toBe('');
    expect(await db.articles.where('pageId').equals(report.pageIds[0]).count()).toBe(0);
    expect(open).not.toHaveBeenCalled();
  });

  it('carries over when asked and speaks the archivist’s language', async () => {
    await initI18n('zh');
    const report = await changedVersion();
    view.render(<CarryOverDialog db={db} changed={report.changedPages} onOpenPage={() => {}} />);
    await vi.waitFor(() => expect(view.container.textContent).toContain('将已做的工作带到新版本？'));
    await act(async () => button('带过去').click());
    await vi.waitFor(() => expect(view.container.textContent).toContain('已带过去 1 篇文章'));
    expect(view.container.textContent).toContain('所有区段都已干净映射。');
    expect(await db.articles.where('pageId').equals(report.pageIds[0]).count()).toBe(1);
    await act(async () => button('撤销带过去').click());
    await vi.waitFor(() => expect(view.container.textContent).toContain('已撤销带过去'));
    expect(await db.articles.where('pageId').equals(report.pageIds[0]).count()).toBe(0);
  });
});
