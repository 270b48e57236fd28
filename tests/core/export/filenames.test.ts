import { describe, expect, it } from 'vitest';
import { capBytes, FileNamer, safeFileName, safeStem } from '../../../src/core/export/filenames';

const utf8 = (s: string): number => new TextEncoder().encode(s).length;

describe('safe file names', () => {
  it('keeps Chinese and replaces what Windows, macOS or Linux refuse', () => {
    expect(safeStem('创新政府采购新模式', 'x')).toBe('创新政府采购新模式');
    expect(safeStem('a/b\\c:d*e?f"g<h>i|j', 'x')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeStem('line\u0001one\ttwo\nthree', 'x')).toBe('line_one two three');
    expect(safeStem('.hidden', 'x')).toBe('_hidden');
    expect(safeStem('ends with dots...', 'x')).toBe('ends with dots');
    expect(safeStem('CON', 'x')).toBe('x');
    expect(safeStem('   ', 'untitled')).toBe('untitled');
  });

  it('caps names in UTF-8 bytes without cutting a character', () => {
    const long = '创新政府采购新模式'.repeat(20) + '𠀀';
    const stem = safeStem(long, 'x');
    expect(utf8(stem)).toBeLessThanOrEqual(120);
    expect(long.startsWith(stem)).toBe(true);
    expect(capBytes('a𠀀b', 4)).toBe('a');
    expect(capBytes('a𠀀b', 5)).toBe('a𠀀');
  });

  it('numbers collisions, also those only case or normalisation tells apart', () => {
    const namer = new FileNamer();
    expect(namer.claim('p', 'title', '.txt')).toBe('p/title.txt');
    expect(namer.claim('p', 'title', '.txt')).toBe('p/title-2.txt');
    expect(namer.claim('p', 'Title', '.txt')).toBe('p/Title-3.txt');
    expect(namer.claim('q', 'title', '.txt')).toBe('q/title.txt');
    expect(namer.claim('', 'caf\u00e9', '')).toBe('caf\u00e9');
    expect(namer.claim('', 'cafe\u0301', '')).toBe('cafe\u0301-2');
  });
});

describe('safeFileName: one name the main process writes', () => {
  it('keeps names the export already made safe as they are', () => {
    for (const name of ['01-郑州首个.txt', 'page-000', 'corpus.jsonl', '_hidden', 'a-2.txt'])
      expect(safeFileName(name)).toBe(name);
  });

  it('defuses Windows device names, drive colons and trailing dots or spaces', () => {
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('aux.txt')).toBe('_aux.txt');
    expect(safeFileName('com1.jsonl')).toBe('_com1.jsonl');
    expect(safeFileName('a:b.txt')).toBe('a_b.txt');
    expect(safeFileName('report.txt.')).toBe('report.txt');
    expect(safeFileName('report.txt ')).toBe('report.txt');
    expect(safeFileName('.bashrc')).toBe('_bashrc');
    expect(safeFileName('...')).toBeNull();
    expect(safeFileName(' ')).toBeNull();
  });

  it('removes bidi controls and other invisible format characters', () => {
    expect(safeFileName('invoice\u202Etxt.exe')).toBe('invoicetxt.exe');
    expect(safeFileName('\u2066a\u2069\u200B\u200E\u00AD.txt')).toBe('a.txt');
    expect(safeStem('标题\u202E\uFEFF', 'x')).toBe('标题');
    expect(safeFileName('\u202E')).toBeNull();
  });

  it('caps a name at 255 bytes of UTF-8 without cutting a character', () => {
    const name = safeFileName('郑'.repeat(100) + '.txt')!;
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(name).toBe('郑'.repeat(85));
  });
});
