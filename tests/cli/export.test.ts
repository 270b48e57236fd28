// Runs the built command line (`npm run build:cli`) on a backup made here, and checks it
// writes exactly the files the app's export function makes for the same project.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countedFigures } from '../../src/core/backup/figures';
import { makeBackup } from '../../src/core/backup/format';
import { projectSnapshot } from '../../src/core/backup/snapshot';
import { streamBackup } from '../../src/core/backup/stream';
import { exportProject } from '../../src/core/export/exportProject';
import { EXPORT_FORMATS } from '../../src/core/export/snapshot';
import { projectData } from '../core/backup/fixtures';
import { ensureBuilt, galley, root } from './galley';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

function setUp(): { dir: string; backup: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'galley-export-'));
  const backup = path.join(dir, 'project.galley-backup');
  writeFileSync(backup, makeBackup(projectData(), { createdAt: Date.UTC(2026, 10, 22) }));
  return { dir, backup };
}

beforeAll(ensureBuilt, 180_000);

describe('galley export', { timeout: 60_000 }, () => {
  it('writes byte for byte what the app exports for the same backup', async () => {
    const { dir, backup } = setUp();
    const out = path.join(dir, 'out');
    const { code, stderr } = await galley(
      'export',
      backup,
      '--format',
      EXPORT_FORMATS.join(','),
      '--out',
      out,
    );
    expect(code).toBe(0);
    const expected = exportProject(projectSnapshot(projectData()), {
      scope: { pages: 'all', reviewedOnly: false },
      formats: EXPORT_FORMATS,
    });
    expect(stderr).toContain(`wrote ${expected.length} files`);
    expect(listFiles(out)).toEqual(expected.map((f) => f.path).sort());
    for (const f of expected)
      expect(readFileSync(path.join(out, f.path))).toEqual(Buffer.from(f.data as string, 'utf8'));
  });

  it('writes the manifest from the review figures a backup carries, as the app does', async () => {
    const { dir } = setUp();
    const data = projectData();
    const snapshot = projectSnapshot(data);
    const raws = new Map(snapshot.pages.map((p) => [p.page.id, p.raw]));
    // Carried figures are trusted for the article they were counted for: a change ratio of
    // exactly 0.125 shows the manifest took them rather than counting again.
    const figures = data.articles.map((a) => {
      const c = countedFigures(a.id, a, raws.get(a.pageId) ?? '');
      return { ...c, figures: { ...c.figures, cer: 0.125 } };
    });
    const backup = path.join(dir, 'carried.galley-backup');
    writeFileSync(backup, streamBackup(data, { createdAt: Date.UTC(2026, 10, 22), figures }));
    const out = path.join(dir, 'out');
    expect((await galley('export', backup, '--format', 'csv', '--out', out)).code).toBe(0);
    const expected = exportProject(
      { ...snapshot, figures: new Map(figures.map((f) => [f.articleId, f])) },
      { scope: { pages: 'all', reviewedOnly: false }, formats: ['csv'] },
    );
    const manifest = readFileSync(path.join(out, 'manifest.csv'), 'utf8');
    expect(manifest).toBe(expected[0].data);
    expect(manifest.split('\n')[1]).toContain(',0.1250,');
  });

  it('writes only the chosen formats and reviewed articles', async () => {
    const { dir, backup } = setUp();
    const out = path.join(dir, 'out');
    expect(
      (await galley('export', backup, '--format', 'jsonl,csv', '--reviewed-only', '--out', out)).code,
    ).toBe(0);
    expect(listFiles(out)).toEqual(['corpus.jsonl', 'manifest.csv']);
    expect(readFileSync(path.join(out, 'corpus.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    const one = path.join(dir, 'one');
    expect(
      (await galley('export', backup, '--format', 'md', '--pages', 'page-001.txt', '--out', one)).code,
    ).toBe(0);
    expect(listFiles(one)).toEqual(['page-001/page-001.md']);
  });

  it('adds unmarked text to each page text with --include-unmarked, as the app does', async () => {
    const { dir } = setUp();
    // One article fewer: its text is now unmarked on its page.
    const data = projectData();
    data.articles = data.articles.slice(1);
    const backup = path.join(dir, 'less.galley-backup');
    writeFileSync(backup, makeBackup(data, { createdAt: Date.UTC(2026, 10, 22) }));
    const out = path.join(dir, 'out');
    expect((await galley('export', backup, '--format', 'txt', '--include-unmarked', '--out', out)).code).toBe(
      0,
    );
    const options = { scope: { pages: 'all', reviewedOnly: false }, formats: ['txt'] } as const;
    const withUnmarked = exportProject(projectSnapshot(data), { ...options, includeUnmarked: true });
    const plain = exportProject(projectSnapshot(data), options);
    expect(withUnmarked.map((f) => f.data)).not.toEqual(plain.map((f) => f.data));
    for (const f of withUnmarked)
      expect(readFileSync(path.join(out, f.path), 'utf8')).toEqual(f.data as string);
  });

  it('refuses a damaged backup or an unknown format and writes nothing', async () => {
    const { dir, backup } = setUp();
    const damaged = path.join(dir, 'damaged.galley-backup');
    writeFileSync(damaged, readFileSync(backup).subarray(0, 200));
    const out = path.join(dir, 'out');
    const bad = await galley('export', damaged, '--out', out);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('the backup is damaged');
    const foreign = await galley('export', path.join(root, 'package.json'), '--out', out);
    expect(foreign.stderr).toContain('not a Galley backup');
    const format = await galley('export', backup, '--format', 'txt,docx', '--out', out);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format docx');
    expect(() => readdirSync(out)).toThrow();
  });

  it('leaves no half-written export behind when a file cannot be written', async () => {
    const { dir, backup } = setUp();
    const out = path.join(dir, 'out');
    mkdirSync(out);
    // A file where the second page's folder must go: the first page's files are staged, then it fails.
    writeFileSync(path.join(out, 'page-001'), 'in the way');
    const { code, stderr } = await galley('export', backup, '--out', out);
    expect(code).toBe(1);
    expect(stderr).toMatch(/could not write .*nothing was exported/);
    expect(listFiles(out)).toEqual(['page-001']);
  });

  it('never overwrites a raw page of the project, even in the folder it came from', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'galley-export-'));
    const rawBytes = Buffer.from('同一标题\r\n正文一。\r\n', 'utf8');
    const data = projectData();
    const pb = data.pages.find((p) => p.id === 'pb')!;
    pb.sha256 = createHash('sha256').update(rawBytes).digest('hex');
    const backup = path.join(dir, 'project.galley-backup');
    writeFileSync(backup, makeBackup(data, { createdAt: 0 }));
    const out = path.join(dir, 'out');
    mkdirSync(path.join(out, 'page-001'), { recursive: true });
    writeFileSync(path.join(out, 'page-001', 'page-001.txt'), rawBytes);
    const { code, stderr } = await galley('export', backup, '--out', out);
    expect(code).toBe(1);
    expect(stderr).toMatch(/is a raw page of this project and is never overwritten; nothing was exported/);
    expect(readFileSync(path.join(out, 'page-001', 'page-001.txt'))).toEqual(rawBytes);
    expect(listFiles(out)).toEqual(['page-001/page-001.txt']);
  });
});
