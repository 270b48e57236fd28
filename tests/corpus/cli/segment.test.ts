// galley segment on the real archive pages (corpus suite).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, galley } from '../../cli/galley';
import { expectSegmentRecord, records } from '../../cli/output';
import { SAMPLES_DIR as samples } from '../core/corpus';

beforeAll(ensureBuilt, 120_000);

describe('galley segment', () => {
  it('prints the articles of page-002 as JSON Lines in the export schema', async () => {
    const file = path.join(samples, 'page-002.txt');
    const { code, stdout, stderr } = await galley('segment', file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const raw = readFileSync(file, 'utf8');
    const out = records(stdout);
    expect(out.map((r) => r.title)).toEqual([
      '二七区举行“河南省双拥模范区”揭牌仪式',
      '二七区委常委会召开会议',
      '开展“五治理五护航”行动 持续释放监督效能',
      '全力打造更具吸引力的“美好教育 学在二七”教育品牌',
      '为二七区经济高质量发展贡献检察力量',
    ]);
    expect(out.map((r) => r.order)).toEqual([1, 2, 3, 4, 5]);
    for (const r of out) {
      expectSegmentRecord(r, raw, 'page-002.txt');
    }
    // Cleaned with the default transforms: full-width punctuation in the body.
    expect(out[0].paragraphs[0]).toMatch(/^9月7日上午，二七区荣膺/);
  });

  it('reads a GB18030 page like the UTF-8 one, naming the encoding', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'galley-cli-'));
    const utf8 = readFileSync(path.join(samples, 'page-000.txt'), 'utf8');
    const gb = path.join(dir, 'page-000-gb.txt');
    writeFileSync(gb, iconv.encode(utf8.replace(/\n/g, '\r\n'), 'gb18030'));
    const [a, b] = await Promise.all([
      galley('segment', path.join(samples, 'page-000.txt')),
      galley('segment', gb),
    ]);
    expect(b.code).toBe(0);
    const fromUtf8 = records(a.stdout);
    const fromGb = records(b.stdout);
    expect(fromGb.map((r) => r.source.encoding)).toEqual(fromUtf8.map(() => 'gb18030'));
    expect(fromGb.map((r) => [r.title, r.paragraphs, r.byline])).toEqual(
      fromUtf8.map((r) => [r.title, r.paragraphs, r.byline]),
    );
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
    const { code, stdout, stderr } = await galley(
      'segment',
      binary,
      missing,
      path.join(samples, 'page-000.txt'),
    );
    expect(code).not.toBe(0);
    expect(stderr).toContain('scan.png');
    expect(stderr).toContain('missing.txt');
    expect(records(stdout)).toHaveLength(7);
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
