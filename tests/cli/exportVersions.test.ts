// `galley export` on a backup holding two versions of a page, the work carried over to the
// newer one: each article is written once, from the newest version, and the earlier
// version is named as skipped (the backup carries each page's changedVersionOf).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBackup } from '../../src/core/backup/format';
import type { ProjectData } from '../../src/core/backup/types';
import type { ExportRecord } from '../../src/core/export/schema';
import { projectData } from '../core/backup/fixtures';
import { RAW_B } from '../core/export/fixtures';
import { ensureBuilt, galley } from './galley';

/** The fixture project with a new OCR run of page-001.txt (a line added at the end), its work carried over. */
function withNewVersion(): ProjectData {
  const data = projectData();
  const old = data.pages.find((p) => p.id === 'pb')!;
  const raw = `${RAW_B}\n附记。`;
  return {
    ...data,
    pages: [
      ...data.pages,
      {
        ...old,
        id: 'pb2',
        sha256: 'b2'.padEnd(64, '0'),
        changedVersionOf: 'pb',
        importedAt: old.importedAt + 60_000,
      },
    ],
    texts: [...data.texts, { pageId: 'pb2', raw }],
    articles: [
      ...data.articles,
      ...data.articles
        .filter((a) => a.pageId === 'pb')
        .map((a) => ({ ...a, id: `${a.id}-v2`, pageId: 'pb2' })),
    ],
  };
}

beforeAll(ensureBuilt, 180_000);

describe('galley export of a project with two versions of a page', { timeout: 60_000 }, () => {
  it('writes the carried articles once and names the earlier version it skipped', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'galley-versions-'));
    const backup = path.join(dir, 'project.galley-backup');
    const data = withNewVersion();
    writeFileSync(backup, makeBackup(data, { createdAt: Date.UTC(2026, 10, 30) }));
    const out = path.join(dir, 'out');
    const { code, stderr } = await galley('export', backup, '--format', 'jsonl,csv', '--out', out);
    expect(code).toBe(0);
    expect(stderr).toContain(
      'skipped page-001.txt (page pb, 3 articles): an earlier version; a newer version of the page was imported',
    );
    const records = readFileSync(path.join(out, 'corpus.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ExportRecord);
    const onPage001 = records.filter((r) => r.source.path === 'page-001.txt');
    expect(onPage001.map((r) => r.source.sha256)).toEqual(Array(3).fill('b2'.padEnd(64, '0')));
    expect(records.filter((r) => r.paragraphs.includes('正文一。'))).toHaveLength(1);
    const manifest = readFileSync(path.join(out, 'manifest.csv'), 'utf8').trim().split('\n');
    expect(manifest.filter((row) => row.startsWith('page-001.txt,'))).toHaveLength(3);
  });
});
