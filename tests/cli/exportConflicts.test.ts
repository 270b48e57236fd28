// `galley export` refuses a backup whose corpus has open team conflicts (an article deleted
// on one side while changed on the other, raw text given to two owners) unless told to go on.
import { mkdtempSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectData } from '../../src/core/backup';
import { makeBackup } from '../../src/core/backup/format';
import { conflictsKey } from '../../src/core/sync';
import { projectData } from '../core/backup/fixtures';
import { ensureBuilt, galley } from './galley';

function backupOf(data: ProjectData): { dir: string; backup: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-export-conflicts-'));
  const backup = path.join(dir, 'project.galley-backup');
  writeFileSync(backup, makeBackup(data, { createdAt: Date.UTC(2026, 10, 30) }));
  return { dir, backup };
}

function withDeletedEdited(): ProjectData {
  const data = projectData();
  const page = data.pages[0];
  data.settings.push({ key: conflictsKey(page.id), value: [{ articleId: 'gone-1', title: '汛期值守' }] });
  return data;
}

beforeAll(ensureBuilt, 180_000);

describe('galley export with open conflicts', { timeout: 60_000 }, () => {
  it('refuses a deleted-while-edited conflict, names it, and writes nothing', async () => {
    const { dir, backup } = backupOf(withDeletedEdited());
    const out = path.join(dir, 'out');
    const { code, stderr } = await galley('export', backup, '--out', out);
    expect(code).toBe(3);
    expect(stderr).toContain('refused: 1 open conflict');
    expect(stderr).toContain(
      '“汛期值守” (article gone-1) was deleted on one side while changed on the other',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('refuses raw text given to two owners', async () => {
    const data = projectData();
    const [first, second] = data.articles.filter((a) => a.pageId === data.articles[0].pageId);
    // The second article also took the first one's paragraph (two archivists' choices merged).
    second.title = { ...second.title, spans: [...first.paragraphs[0].spans] };
    const { dir, backup } = backupOf(data);
    const { code, stderr } = await galley('export', backup, '--out', path.join(dir, 'out'));
    expect(code).toBe(3);
    expect(stderr).toContain('the same raw text is given to two owners');
  });

  it('exports anyway with --allow-conflicts, saying what it went past', async () => {
    const { dir, backup } = backupOf(withDeletedEdited());
    const out = path.join(dir, 'out');
    const { code, stderr } = await galley('export', backup, '--out', out, '--allow-conflicts');
    expect(code).toBe(0);
    expect(stderr).toContain('exporting anyway (--allow-conflicts): 1 open conflict');
    expect(stderr).toMatch(/wrote \d+ files/);
  });

  it('exports a corpus without conflicts as before, and one whose conflicts are outside --pages', async () => {
    const { dir, backup } = backupOf(withDeletedEdited());
    const other = projectData().pages[1];
    const { code, stderr } = await galley(
      'export',
      backup,
      '--out',
      path.join(dir, 'out'),
      '--pages',
      other.id,
    );
    expect(stderr).not.toContain('open conflict');
    expect(code).toBe(0);
  });
});
