// Runs the built command line (`npm run build:cli`) on fixture pages written to a temp folder.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportRecord } from '../../src/core/export/schema';
import { suggestArticles } from '../../src/core/segment';
import { fixture } from '../fixtures';
import { fixtureFolder } from './fixtureFolder';
import { ensureBuilt, galley } from './galley';
import { expectSegmentRecord, records } from './output';

beforeAll(ensureBuilt, 120_000);

const pages = fixtureFolder();

describe('galley segment', { timeout: 60_000 }, () => {
  it('prints the articles of a page as JSON Lines in the export schema', async () => {
    const file = pages.page('02-street-roundup');
    const { code, stdout, stderr } = await galley('segment', file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const raw = readFileSync(file, 'utf8');
    const out = records(stdout);
    // The articles the app suggests for the same page, in the same order.
    expect(out.map((r) => r.title)).toEqual(suggestArticles(raw).map((a) => a.title.text));
    // Every article of the truth, titled as the archivist did (see tests/core/segment/suggest.test.ts).
    expect(out.map((r) => r.title)).toEqual(fixture('02-street-roundup').truth.articles.map((a) => a.title));
    expect(out.map((r) => r.order)).toEqual(out.map((_, i) => i + 1));
    for (const r of out) {
      expectSegmentRecord(r, raw, '02-street-roundup.txt');
    }
    // Cleaned with the default transforms: the raw page's half-width commas are full-width in the body.
    expect(raw).toContain('本报讯 7月24日,记者从杏园街道了解到,今年以来,');
    expect(out[0].paragraphs[0]).toMatch(/^7月24日，记者从杏园街道了解到，今年以来，/);
  });

  it('reads a GB18030 page like the UTF-8 one, naming the encoding', async () => {
    const [a, b] = await Promise.all([
      galley('segment', pages.page('01-flood-drill')),
      galley('segment', pages.page('01-flood-drill', 'gb18030')),
    ]);
    expect(b.code).toBe(0);
    const fromUtf8 = records(a.stdout);
    const fromGb = records(b.stdout);
    expect(fromUtf8.length).toBeGreaterThan(1);
    expect(fromGb.map((r) => r.source.encoding)).toEqual(fromUtf8.map(() => 'gb18030'));
    expect(fromGb.map((r) => [r.title, r.paragraphs, r.byline, r.spans])).toEqual(
      fromUtf8.map((r) => [r.title, r.paragraphs, r.byline, r.spans]),
    );
  });

  it('reads the CRLF and UTF-16 pages to the same articles, with spans into the LF text', async () => {
    const [a, crlf, be] = await Promise.all([
      galley('segment', pages.page('09-school-term')),
      galley('segment', pages.page('09-school-term', 'crlf')),
      galley('segment', pages.page('09-school-term', 'utf-16be')),
    ]);
    expect(crlf.code).toBe(0);
    expect(be.code).toBe(0);
    const strip = (rs: ExportRecord[]) => rs.map((r) => [r.title, r.paragraphs, r.spans]);
    expect(strip(records(crlf.stdout))).toEqual(strip(records(a.stdout)));
    expect(strip(records(be.stdout))).toEqual(strip(records(a.stdout)));
    expect(records(be.stdout)[0].source.encoding).toBe('utf-16be');
  });

  it('names a bad file on stderr, still processes the others, and exits non-zero', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'galley-cli-'));
    const binary = path.join(dir, 'scan.png');
    writeFileSync(
      binary,
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
      ]),
    );
    const missing = path.join(dir, 'missing.txt');
    const good = pages.page('04-rural-revival');
    const { code, stdout, stderr } = await galley('segment', binary, missing, good);
    expect(code).not.toBe(0);
    expect(stderr).toContain('scan.png');
    expect(stderr).toContain('missing.txt');
    const expected = suggestArticles(readFileSync(good, 'utf8')).length;
    expect(expected).toBeGreaterThan(1);
    expect(records(stdout)).toHaveLength(expected);
  });

  it('explains itself', async () => {
    const help = await galley('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/segment/);
    expect(help.stdout).toMatch(/clean/);
    const usage = await galley('segment');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: galley segment/);
    const unknown = await galley('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
