// The version-2 backup (JSON Lines inside gzip, written and read a line at a time): the same
// project back, the same file for the same project, and every kind of damage refused.
import { gunzipSync, gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { problemMessage } from '../../../src/cli/messages';
import { checkBackupLines, parseBackup } from '../../../src/core/backup/parse';
import { projectSnapshot } from '../../../src/core/backup/snapshot';
import { BackupWriter, streamBackup } from '../../../src/core/backup/stream';
import { exportProject } from '../../../src/core/export/exportProject';
import { EXPORT_FORMATS } from '../../../src/core/export/snapshot';
import { projectData } from './fixtures';

const ALL = { scope: { pages: 'all' as const, reviewedOnly: false }, formats: EXPORT_FORMATS };
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const code = (r: ReturnType<typeof parseBackup>) => (r.ok ? 'ok' : `${r.error.kind} ${r.error.code}`);
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('backup version 2 (lines)', () => {
  it('holds one record a line between a header and an end line, and reads back the same project', () => {
    const data = projectData();
    for (const gzip of [true, false]) {
      const file = streamBackup(data, { createdAt: Date.UTC(2026, 10, 30), gzip });
      expect(file[0] === 0x1f).toBe(gzip);
      const lines = dec(gzip ? gunzipSync(file) : file)
        .trimEnd()
        .split('\n');
      expect(JSON.parse(lines[0])).toEqual({
        format: 'galley-backup',
        version: 2,
        createdAt: '2026-11-30T00:00:00.000Z',
      });
      const records = Object.values(data).reduce((n, table: unknown[]) => n + table.length, 0);
      expect(lines).toHaveLength(records + 2);
      expect(Object.keys(JSON.parse(lines[1]))).toEqual(['pages']);
      expect(JSON.parse(lines.at(-1)!).end.articles).toBe(data.articles.length);
      const read = parseBackup(file);
      if (!read.ok) throw new Error(problemMessage(read.error));
      expect(read.createdAt).toBe('2026-11-30T00:00:00.000Z');
      expect(byId(read.data.articles)).toEqual(byId(data.articles));
      expect(byId(read.data.pages)).toEqual(byId(data.pages));
      // Original bytes (a guessed encoding) come back byte for byte.
      expect(read.data.texts.find((t) => t.bytes)?.bytes).toEqual(data.texts.find((t) => t.bytes)?.bytes);
      expect(read.data.revisions).toEqual(data.revisions);
      expect(read.data.rules).toEqual(data.rules);
      expect(exportProject(projectSnapshot(read.data), ALL)).toEqual(
        exportProject(projectSnapshot(data), ALL),
      );
    }
  });

  it('makes the same file for the same project, whatever order the records came in', () => {
    const shuffled = projectData();
    shuffled.articles.reverse();
    shuffled.settings.reverse();
    expect(streamBackup(shuffled, { createdAt: 7 })).toEqual(streamBackup(projectData(), { createdAt: 7 }));
  });

  it('is written piece by piece: the writer hands on gzip output as batches come, the same file as whole', () => {
    const data = projectData();
    const pieces: Uint8Array[] = [];
    const writer = new BackupWriter(7, (c) => pieces.push(c));
    writer.add('pages', byId(data.pages));
    writer.add(
      'texts',
      [...data.texts].sort((a, b) => (a.pageId < b.pageId ? -1 : 1)),
    );
    for (const a of byId(data.articles)) writer.add('articles', [a]);
    writer.add('revisions', data.revisions);
    writer.add('rules', data.rules);
    writer.add(
      'settings',
      [...data.settings].sort((a, b) => (a.key < b.key ? -1 : 1)),
    );
    writer.finish();
    expect(writer.counts.articles).toBe(data.articles.length);
    const joined = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
    pieces.reduce((at, p) => (joined.set(p, at), at + p.length), 0);
    expect(joined).toEqual(streamBackup(data, { createdAt: 7 }));
    expect(writer.size).toBe(gunzipSync(joined).length);
  });

  it('hands a large table on in pieces, never as one string of the whole table, and reads it back', () => {
    const data = projectData();
    const model = data.articles[0];
    // ~3,000 articles at once (as streamBackup adds a table): some 2 MB of JSON Lines.
    data.articles = Array.from({ length: 3000 }, (_, i) => ({
      ...model,
      id: `bulk-${String(i).padStart(5, '0')}`,
    }));
    const pieces: Uint8Array[] = [];
    const writer = new BackupWriter(7, (c) => pieces.push(c), { gzip: false });
    writer.add('pages', byId(data.pages));
    writer.add('texts', data.texts);
    writer.add('articles', data.articles);
    writer.finish();
    expect(writer.size).toBeGreaterThan(1_000_000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(writer.size / 4);
    const joined = new Uint8Array(writer.size);
    pieces.reduce((at, p) => (joined.set(p, at), at + p.length), 0);
    const read = parseBackup(joined);
    if (!read.ok) throw new Error(problemMessage(read.error));
    expect(read.data.articles).toEqual(data.articles);
  });

  it('keeps fields a later Galley adds', () => {
    const data = projectData();
    const withExtra = { ...data, articles: data.articles.map((a) => ({ ...a, colour: 'red' })) };
    const read = parseBackup(streamBackup(withExtra, { createdAt: 0 }));
    expect(read.ok && (read.data.articles[0] as unknown as { colour: string }).colour).toBe('red');
  });

  it('refuses a file cut short, a line altered, a record left out, or a line added', () => {
    const text = dec(streamBackup(projectData(), { createdAt: 0, gzip: false }));
    const lines = text.trimEnd().split('\n');
    // Cut at a line's end: every line parses, only the missing end line tells.
    expect(code(parseBackup(enc(lines.slice(0, 4).join('\n') + '\n')))).toBe('corrupt backup.truncated');
    // Cut inside a line, gzipped: the CRC32 and length of gzip cannot match.
    const gz = streamBackup(projectData(), { createdAt: 0 });
    expect(code(parseBackup(gz.subarray(0, gz.length - 30)))).toMatch(
      /^corrupt backup\.(truncated|bad-compression)/,
    );
    const changed = text.replace('正文', '止文');
    expect(changed).not.toBe(text);
    expect(code(parseBackup(enc(changed)))).toBe('corrupt backup.corrupt');
    expect(code(parseBackup(gzipSync(enc(changed))))).toBe('corrupt backup.corrupt');
    const dropped = [...lines.slice(0, 2), ...lines.slice(3)].join('\n') + '\n';
    expect(code(parseBackup(enc(dropped)))).toBe('corrupt backup.truncated');
    expect(code(parseBackup(enc(text + lines[1] + '\n')))).toBe('invalid backup.schema');
  });

  it('names a line that is not UTF-8 among whole lines read at once, and reads a line led by a BOM as that line', () => {
    const bytes = streamBackup(projectData(), { createdAt: 0, gzip: false });
    const third = bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1;
    const withByte = (inserted: number[]) =>
      new Uint8Array([...bytes.subarray(0, third + 1), ...inserted, ...bytes.subarray(third + 1)]);
    // Inside the third line's JSON: a byte no UTF-8 has.
    expect(code(parseBackup(withByte([0xff])))).toBe('corrupt backup.not-utf8');
    expect(code(parseBackup(gzipSync(withByte([0xff]))))).toBe('corrupt backup.not-utf8');
    // A BOM before a line is dropped as a decoder drops it: the line parses, the hash tells.
    const bom = new Uint8Array([...bytes.subarray(0, third), 0xef, 0xbb, 0xbf, ...bytes.subarray(third)]);
    expect(code(parseBackup(bom))).toBe('corrupt backup.corrupt');
  });

  it('reads a backup just written back without keeping it: its counts, or what is wrong with it', () => {
    const data = projectData();
    const file = streamBackup(data, { createdAt: 0 });
    const check = checkBackupLines(file);
    expect(check.ok && check.counts).toEqual({
      pages: data.pages.length,
      texts: data.texts.length,
      articles: data.articles.length,
      revisions: data.revisions.length,
      rules: data.rules.length,
      settings: data.settings.length,
    });
    const text = dec(streamBackup(data, { createdAt: 0, gzip: false }));
    const refused = (r: ReturnType<typeof checkBackupLines>) =>
      r.ok ? 'ok' : `${r.error.kind} ${r.error.code}`;
    expect(refused(checkBackupLines(gzipSync(enc(text.replace('正文', '止文')))))).toBe(
      'corrupt backup.corrupt',
    );
    expect(refused(checkBackupLines(file.subarray(0, file.length - 30)))).toMatch(
      /^corrupt backup\.(truncated|bad-compression)/,
    );
    const lines = text.trimEnd().split('\n');
    const dropped = [...lines.slice(0, 2), ...lines.slice(3)].join('\n') + '\n';
    expect(refused(checkBackupLines(gzipSync(enc(dropped))))).toBe('corrupt backup.truncated');
  });

  it('refuses records that are incomplete or contradict each other, naming the problem', () => {
    const data = projectData();
    const damaged = (change: (d: ReturnType<typeof projectData>) => void) => {
      const d = projectData();
      change(d);
      return parseBackup(streamBackup(d, { createdAt: 0 }));
    };
    const missing = damaged((d) => delete (d.articles[1] as Partial<(typeof d.articles)[0]>).status);
    expect(missing.ok ? '' : problemMessage(missing.error)).toMatch(/articles\.\d+\.status/);
    const outside = damaged((d) => (d.articles[0].title.spans = [{ start: 0, end: 99_999 }]));
    expect(outside.ok ? '' : `${outside.error.kind} ${problemMessage(outside.error)}`).toMatch(
      /^invalid .*span outside/,
    );
    const orphan = damaged((d) => (d.articles[0].pageId = 'gone'));
    expect(orphan.ok ? '' : problemMessage(orphan.error)).toMatch(/unknown page gone/);
    expect(data.articles.length).toBeGreaterThan(1);
  });
});
