// @vitest-environment happy-dom
// Restore asks first: the plan is made without writing anything and shown in words (counts,
// conflicts by page name, headline and the parts that differ, no desk state), with Restore
// and Cancel.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBackup } from '../../../src/core/backup';
import { forgetSessions, openSession } from '../../../src/renderer/src/articles/session/registry';
import { BackupDialog } from '../../../src/renderer/src/backup/BackupDialog';
import { readProjectData } from '../../../src/renderer/src/backup/projectData';
import { previewRestore, restoreBackup } from '../../../src/renderer/src/backup/restoreBackup';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { initI18n } from '../../../src/renderer/src/i18n';
import { addPage, spanIn } from '../review/fixtures';

/** A backup file as the archivist's file chooser gives it. */
const asFile = (bytes: Uint8Array) => new Blob([bytes as BlobPart]);

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let db: GalleyDb;
let other: GalleyDb;
let container: HTMLDivElement;
let root: Root;

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(async () => {
  db = createDb(`galley-restore-preview-${crypto.randomUUID()}`);
  other = createDb(`galley-restore-preview-${crypto.randomUUID()}`);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(async () => {
  act(() => root.unmount());
  container.remove();
  await forgetSessions(db);
  await forgetSessions(other);
  await db.delete();
  await other.delete();
});

/** `db` and a backup of it, then both sides change the same article and the desk state. */
async function conflictingBackup(): Promise<{ bytes: Blob; id: string }> {
  const raw = await addPage(db, 'p1', '05-fire-drill.txt');
  const s = await openSession(db, 'p1');
  s.assign([spanIn(raw, '本报讯 11月7日14时30分')], { kind: 'new-article' });
  await s.flush();
  await db.settings.put({ key: 'ui.lastPage', value: { pageId: 'p1' } });
  await restoreBackup(other, asFile(makeBackup(await readProjectData(db), { createdAt: 1 })));
  const id = (await db.articles.where('pageId').equals('p1').first())!.id;
  await other.articles.update(id, {
    title: { text: '备份一侧的标题', spans: [] },
    updatedAt: 2_000_000_000_000,
  });
  await other.settings.put({ key: 'ui.lastPage', value: { pageId: 'elsewhere' } });
  await other.settings.put({ key: 'ui.theme', value: 'dark' });
  await db.articles.update(id, {
    title: { text: '本机较新的标题', spans: [] },
    updatedAt: 2_000_000_000_500,
  });
  return { bytes: asFile(makeBackup(await readProjectData(other), { createdAt: 2 })), id };
}

describe('restore asks first', () => {
  it('plans without writing anything, and names the conflict by headline and page, without desk state', async () => {
    const { bytes, id } = await conflictingBackup();
    const before = await readProjectData(db);
    const preview = await previewRestore(db, bytes);
    expect(await readProjectData(db)).toEqual(before);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.plan.conflicts).toEqual([expect.objectContaining({ table: 'articles', id })]);

    const onConfirm = vi.fn();
    const onClose = vi.fn();
    act(() =>
      root.render(
        <BackupDialog
          result={{ kind: 'restore-plan', name: 'team.galley-backup', plan: preview.plan }}
          onClose={onClose}
          onConfirm={onConfirm}
        />,
      ),
    );
    expect(container.textContent).toContain('Restoring “team.galley-backup” will merge it');
    const conflicts = [...container.querySelectorAll('.restore-conflicts li')].map((li) => li.textContent);
    expect(conflicts).toEqual([
      'Article “本机较新的标题” on page “05-fire-drill.txt” — changed on both sides: Title differs; this project’s version kept.',
    ]);
    expect(container.textContent).not.toMatch(/ui\.|articles\.selection/);
    const button = (name: string) =>
      [...container.querySelectorAll('button')].find((b) => b.textContent === name)!;
    act(() => button('Cancel').click());
    expect(onClose).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();
    act(() => button('Restore').click());
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('names the parts that differ in the archivist’s words, in Chinese too', async () => {
    const { bytes } = await conflictingBackup();
    const preview = await previewRestore(db, bytes);
    if (!preview.ok) throw new Error('expected a plan');
    const i18n = await initI18n('zh');
    try {
      act(() =>
        root.render(
          <BackupDialog
            result={{ kind: 'restore-plan', name: 'team.galley-backup', plan: preview.plan }}
            onClose={() => {}}
          />,
        ),
      );
      const conflicts = [...container.querySelectorAll('.restore-conflicts li')].map((li) => li.textContent);
      expect(conflicts).toEqual([
        '文章“本机较新的标题” （版面“05-fire-drill.txt”） — 双方都有修改：主题不同； 保留本项目的版本。',
      ]);
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('refuses a foreign file at the preview, before any question', async () => {
    const preview = await previewRestore(db, asFile(new TextEncoder().encode('{"hello":1}')));
    expect(preview).toMatchObject({ ok: false, error: { kind: 'foreign' } });
  });
});
