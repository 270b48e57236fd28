import { DOMParser } from '@xmldom/xmldom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { countedFigures } from '../../../src/core/backup/figures';
import { exportProject } from '../../../src/core/export/exportProject';
import type { ExportFile } from '../../../src/core/export/files';
import type { ExportOptions } from '../../../src/core/export/snapshot';
import { EXPORT_FORMATS } from '../../../src/core/export/snapshot';
import { project, RAW_A } from './fixtures';

const ALL: ExportOptions = { scope: { pages: 'all', reviewedOnly: false }, formats: EXPORT_FORMATS };
const text = (files: ExportFile[], path: string): string => {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in ${files.map((f) => f.path).join(', ')}`);
  return typeof file.data === 'string' ? file.data : new TextDecoder().decode(file.data);
};

function parseXml(xml: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, msg) => level !== 'warning' && errors.push(msg),
  }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return doc as unknown as Document;
}

describe('exportProject', () => {
  const files = exportProject(project(), ALL);

  it('lays out files per page folder, in reading order, with safe, numbered names', () => {
    expect(files.map((f) => f.path)).toEqual([
      'issue-1/page-000/01-R&D _投入_ _创新_.txt',
      'issue-1/page-000/02-A _quoted_, comma title with a line break.txt',
      expect.stringMatching(
        /^issue-1\/page-000\/03-(创新政府采购新模式打造高效廉洁交易平台)+创?新?政?\.txt$/,
      ),
      'issue-1/page-000/04-CON_ a_b_c______.txt',
      'issue-1/page-000/page-000.txt',
      'issue-1/page-000/page-000.md',
      'issue-1/page-000/page-000.tei.xml',
      'issue-1/page-000/page-000.annotations.json',
      'page-001/01-同一标题.txt',
      'page-001/02-同一标题.txt',
      'page-001/03-无标题的正文。.txt',
      'page-001/page-001.txt',
      'page-001/page-001.md',
      'page-001/page-001.tei.xml',
      'page-001/page-001.annotations.json',
      'corpus.jsonl',
      'manifest.csv',
    ]);
    for (const f of files) {
      expect(new TextEncoder().encode(f.path.split('/').pop()).length).toBeLessThan(255);
      expect(typeof f.data === 'string' && f.data.includes('\r')).toBe(false);
    }
  });

  it('writes the same bytes whatever order the project lists pages and articles in', () => {
    const shuffled = project();
    shuffled.pages.reverse();
    for (const p of shuffled.pages) p.articles.reverse();
    expect(exportProject(shuffled, ALL)).toEqual(files);
  });

  it('exports only the chosen pages, only reviewed articles, only the chosen formats', () => {
    const chosen = exportProject(project(), {
      scope: { pages: ['pb'], reviewedOnly: false },
      formats: ['txt'],
    });
    expect(chosen.every((f) => f.path.startsWith('page-001/'))).toBe(true);
    const reviewed = exportProject(project(), {
      scope: { pages: 'all', reviewedOnly: true },
      formats: ['jsonl'],
    });
    const titles = text(reviewed, 'corpus.jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).title);
    expect(titles).toEqual(['R&D <投入> "创新"', '同一标题']);
    expect(
      exportProject(project(), { scope: { pages: ['nope'], reviewedOnly: false }, formats: EXPORT_FORMATS }),
    ).toEqual([]);
  });

  it('writes plain text: headline block, dateline, paragraphs, byline, captions, blank lines between', () => {
    expect(text(files, 'issue-1/page-000/01-R&D _投入_ _创新_.txt')).toBe(
      '区财政局\nR&D <投入> "创新"\n\n本报讯(通讯员 张冲)\n\n𠀀工作已完成，共计1831.6万元。\n\n第一行\n第二行 # not a heading\n\n记者 王赛华\n\n图为培训现场\n',
    );
    const full = text(files, 'page-001/page-001.txt');
    expect(full).toBe('同一标题\n\n正文一。\n\n\n同一标题\n\n正文二。\n\n\n无标题的正文。\n');
    expect(text(files, 'issue-1/page-000/page-000.txt').startsWith('城区要闻\n\n\n区财政局\n')).toBe(true);
  });

  it('writes Markdown with headings and escaped OCR text', () => {
    const md = text(files, 'issue-1/page-000/page-000.md');
    expect(md).toContain('# page-000.txt\n\n## 城区要闻\n\n*区财政局*\n\n### R&D \\<投入\\> "创新"\n');
    expect(md).toContain('第一行\n第二行 \\# not a heading');
    expect(md).toContain('\\=SUM(A1)');
    expect(text(files, 'page-001/page-001.md')).toContain('### untitled\n\n无标题的正文。\n');
    expect(md).toContain('> 图为培训现场');
  });

  it('writes well-formed TEI with a real header and typed heads', () => {
    const doc = parseXml(text(files, 'issue-1/page-000/page-000.tei.xml'));
    const tei = 'http://www.tei-c.org/ns/1.0';
    const all = (name: string) => Array.from(doc.getElementsByTagNameNS(tei, name));
    expect(all('titleStmt')[0].textContent?.trim()).toBe('page-000.txt');
    expect(all('publicationStmt')).toHaveLength(1);
    const idnos = all('idno').map((e) => [e.getAttribute('type'), e.textContent]);
    expect(idnos).toEqual([
      ['path', 'issue-1/page-000.txt'],
      ['sha256', project().pages[1].page.sha256],
    ]);
    const body = all('body')[0];
    const divs = Array.from(body.childNodes).filter((n) => n.nodeType === 1) as Element[];
    expect(divs.map((d) => [d.getAttribute('type'), d.getAttribute('n')])).toEqual([
      ['article', '1'],
      ['article', '2'],
      ['article', '3'],
      ['article', '4'],
    ]);
    const heads = Array.from(divs[0].getElementsByTagNameNS(tei, 'head')).map((h) => [
      h.getAttribute('type'),
      h.textContent,
    ]);
    expect(heads).toEqual([
      ['section', '城区要闻'],
      ['kicker', '区财政局'],
      ['main', 'R&D <投入> "创新"'],
    ]);
    expect(divs[0].getElementsByTagNameNS(tei, 'dateline')[0].textContent).toBe('本报讯(通讯员 张冲)');
    expect(divs[0].getElementsByTagNameNS(tei, 'byline')[0].textContent).toBe('记者 王赛华');
    expect(divs[0].getElementsByTagNameNS(tei, 'figDesc')[0].textContent).toBe('图为培训现场');
    const ps = Array.from(divs[0].getElementsByTagNameNS(tei, 'p'));
    expect(ps[1].getElementsByTagNameNS(tei, 'lb')).toHaveLength(1);
    expect(divs[1].getElementsByTagNameNS(tei, 'p')[0].textContent).toBe('第二段，含 & 与 <tag>。');
    // A control character in a title cannot be held by XML: it is replaced, not written raw.
    expect(divs[3].getElementsByTagNameNS(tei, 'head')[0].textContent).toBe('CON: a/b\\c*?<>|\ufffd.');
  });

  it('writes Web Annotations whose selectors find the spans in the raw text, counting code points', () => {
    const page = JSON.parse(text(files, 'issue-1/page-000/page-000.annotations.json'));
    expect(page['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(page.type).toBe('AnnotationPage');
    const cps = [...RAW_A];
    let checked = 0;
    for (const item of page.items) {
      expect(item.type).toBe('Annotation');
      for (const target of item.target) {
        expect(target.source).toMatch(/^ni:\/\/\/sha-256;[A-Za-z0-9_-]{43}$/);
        const [position, quote] = target.selector;
        expect(position.type).toBe('TextPositionSelector');
        expect(quote.type).toBe('TextQuoteSelector');
        expect(cps.slice(position.start, position.end).join('')).toBe(quote.exact);
        expect(cps.slice(0, position.start).join('').endsWith(quote.prefix)).toBe(true);
        expect(cps.slice(position.end).join('').startsWith(quote.suffix)).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(8);
    const paragraph = page.items.find((i: { id: string }) => i.id === 'urn:galley:article:pa-a0/paragraph/1');
    expect(paragraph.body[1]).toMatchObject({ purpose: 'editing', value: '𠀀工作已完成，共计1831.6万元。' });
    // The byline comes after the one character outside the BMP: its offsets differ by one from UTF-16.
    const byline = page.items.find((i: { id: string }) => i.id === 'urn:galley:article:pa-a0/byline');
    expect(byline.target[0].selector[0].start).toBe(RAW_A.indexOf('记者') - 1);
    // Typed-only articles have nothing on the raw text to point at.
    expect(page.items.some((i: { id: string }) => i.id === 'urn:galley:article:pa-a2')).toBe(false);
  });

  it('writes one JSON Lines record per article with its provenance spans', () => {
    const lines = text(files, 'corpus.jsonl').split('\n');
    expect(lines.pop()).toBe('');
    const records = lines.map((l) => JSON.parse(l));
    expect(records.map((r) => [r.source.path, r.order])).toEqual([
      ['issue-1/page-000.txt', 1],
      ['issue-1/page-000.txt', 2],
      ['issue-1/page-000.txt', 3],
      ['issue-1/page-000.txt', 4],
      ['page-001.txt', 1],
      ['page-001.txt', 2],
      ['page-001.txt', 3],
    ]);
    for (const r of records.slice(0, 4))
      for (const s of r.spans) expect(RAW_A.slice(s.start, s.end)).toBe(s.text);
    expect(records[0]).toMatchObject({
      reviewer: 'Wang, "Sai" Hua',
      reviewedAt: '2026-01-01T00:00:00.000Z',
      status: 'reviewed',
    });
  });

  it('writes a CSV manifest that reads back with commas, quotes and line breaks intact', () => {
    const csv = text(files, 'manifest.csv');
    expect(
      csv.startsWith('\ufeffpage,order,title,status,characters,change_ratio,reviewer,reviewed_at\n'),
    ).toBe(true);
    const { data, errors } = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(data).toHaveLength(8);
    expect(data[1]).toEqual([
      'issue-1/page-000.txt',
      '1',
      'R&D <投入> "创新"',
      'reviewed',
      expect.stringMatching(/^\d+$/),
      expect.stringMatching(/^0\.\d{4}$/),
      'Wang, "Sai" Hua',
      '2026-01-01T00:00:00.000Z',
    ]);
    expect(data[2][2]).toBe('A "quoted", comma title\nwith a line break');
    expect(data.slice(1).map((r) => r[1])).toEqual(['1', '2', '3', '4', '1', '2', '3']);
    // Typed by hand, nothing came from the raw text: the whole text is new.
    expect(data[3][5]).toBe('1.0000');
    expect(data[5][6]).toBe('李淑婷');
  });

  it('writes the manifest from the figures a backup carries, counting again an article changed since', () => {
    const snapshot = project();
    const [first, second] = snapshot.pages[1].articles;
    const raw = snapshot.pages[1].raw;
    const carried = (a: typeof first, cer: number) => {
      const c = countedFigures(a.id, a, raw);
      return { ...c, figures: { ...c.figures, cer } };
    };
    // The second article changed after its figures were counted: they are not its own.
    const stale = carried(second, 0.5);
    second.title = { ...second.title, text: second.title.text + '（续）' };
    snapshot.figures = new Map([
      [first.id, carried(first, 0.25)],
      [second.id, stale],
    ]);
    const rows = text(exportProject(snapshot, ALL), 'manifest.csv').split('\n');
    expect(rows[1].split(',')[5]).toBe('0.2500');
    expect(rows[2].split(',')[5]).not.toBe('0.5000');
    expect(rows[2]).toBe(text(exportProject({ pages: snapshot.pages }, ALL), 'manifest.csv').split('\n')[2]);
  });
});
