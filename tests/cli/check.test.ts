// Runs the built command line on backups made here: a sound project passes (exit 0, no
// output), one made to hold a duplicate is reported as JSON Lines and exits 1.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBackup } from '../../src/core/backup/format';
import type { ProjectData } from '../../src/core/backup/types';
import { projectData } from '../core/backup/fixtures';
import { ensureBuilt, galley } from './galley';

function write(data: ProjectData): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-check-'));
  const file = path.join(dir, 'project.galley');
  writeFileSync(file, makeBackup(data, { createdAt: Date.UTC(2026, 10, 22) }));
  return file;
}

beforeAll(ensureBuilt, 180_000);

describe('galley check', { timeout: 60_000 }, () => {
  it('finds nothing in a sound project and exits 0', async () => {
    const { code, stdout, stderr } = await galley('check', write(projectData()));
    expect(stdout).toBe('');
    expect(code).toBe(0);
    expect(stderr).toContain('no problems');
  });

  it('reports text that two fields hold, as JSON Lines, and exits 1', async () => {
    const data = projectData();
    const [first, second] = data.articles.filter((a) => a.pageId === data.pages[0].id);
    const taken = first.paragraphs[0];
    // What the old "Move it here" left: the raw text moved, its corrected text stayed behind.
    const broken = { ...second, paragraphs: [...second.paragraphs, { text: taken.text, spans: [] }] };
    data.articles = data.articles.map((a) => (a.id === second.id ? broken : a));
    const { code, stdout } = await galley('check', write(data));
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({
        pageId: data.pages[0].id,
        page: data.pages[0].relativePath,
        code: 'text.duplicate',
        articleId: second.id,
        field: { kind: 'paragraph', index: second.paragraphs.length },
        other: { kind: 'field', articleId: first.id, field: { kind: 'paragraph', index: 0 } },
      }),
    ]);
  });

  it('reports raw text with two owners', async () => {
    const data = projectData();
    const [first, second] = data.articles.filter((a) => a.pageId === data.pages[0].id);
    const stolen = { ...second, notes: [{ text: '', spans: first.paragraphs[0].spans }] };
    data.articles = data.articles.map((a) => (a.id === second.id ? stolen : a));
    const { code, stdout } = await galley('check', write(data));
    expect(code).toBe(1);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { code: string }).code),
    ).toContain('span.shared');
  });

  it('refuses what is not a backup, and wrong usage', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'galley-check-'));
    const junk = path.join(dir, 'junk.galley');
    writeFileSync(junk, 'hello');
    const bad = await galley('check', junk);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('galley check:');
    expect((await galley('check')).code).toBe(2);
  });
});
