import { createHash } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  decodeFile,
  MAX_PAGE_BYTES,
  sha256Hex,
  type DecodeResult,
  type DecodedPage,
} from '../../src/core/decode';
import { encodedVariants, fixtureBytes, fixturePages, type VariantName } from '../fixtures';

const CHINESE =
  '郑州首个“检察+工会”协作与配合办公室在经开区成立\n本报讯 日前，经开区劳动者权益保障机制启动。\n';
const file = (name: string) => ({ name, relativePath: `folder/${name}` });

function decoded(result: DecodeResult): DecodedPage {
  if (!result.ok) throw new Error(`expected a page, got ${result.reason}: ${result.detail ?? ''}`);
  return result;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('decodeFile', () => {
  it('reads real GB18030 bytes as GB18030 and says it guessed', async () => {
    const bytes = new Uint8Array(iconv.encode(CHINESE, 'gb18030'));
    const page = decoded(await decodeFile(bytes, file('gb.txt')));
    expect(page.encoding).toBe('gb18030');
    expect(page.raw).toBe(CHINESE);
    expect(page.encodingGuessed).toBe(true);
    expect(page.bom).toBe(false);
  });

  it('reads GBK-only characters and four-byte GB18030 sequences', async () => {
    const text = '鎔鎔 𠀀 € 〇';
    const page = decoded(await decodeFile(new Uint8Array(iconv.encode(text, 'gb18030')), file('gbk.txt')));
    expect(page.raw).toBe(text);
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', async () => {
    for (const [encoding, iconvName] of [
      ['utf-16le', 'utf16-le'],
      ['utf-16be', 'utf16-be'],
    ] as const) {
      const bom = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
      const bytes = concat(new Uint8Array(bom), new Uint8Array(iconv.encode(CHINESE, iconvName)));
      const page = decoded(await decodeFile(bytes, file(`${encoding}.txt`)));
      expect(page.encoding).toBe(encoding);
      expect(page.bom).toBe(true);
      expect(page.raw).toBe(CHINESE);
      expect(page.encodingGuessed).toBe(false);
    }
  });

  it('reads UTF-16 without a BOM instead of calling it binary', async () => {
    // 开 is U+5F00: its NUL byte sits on the other side from the ASCII characters' NULs.
    const text = 'Page 3, column 2\n' + CHINESE;
    for (const [encoding, iconvName] of [
      ['utf-16le', 'utf16-le'],
      ['utf-16be', 'utf16-be'],
    ] as const) {
      const page = decoded(
        await decodeFile(new Uint8Array(iconv.encode(text, iconvName)), file('nobom.txt')),
      );
      expect(page.encoding).toBe(encoding);
      expect(page.raw).toBe(text);
      expect(page.encodingGuessed).toBe(true);
    }
  });

  it('strips a UTF-8 BOM from the text but records it', async () => {
    const bytes = concat(new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode(CHINESE));
    const page = decoded(await decodeFile(bytes, file('bom.txt')));
    expect(page.encoding).toBe('utf-8');
    expect(page.bom).toBe(true);
    expect(page.raw).toBe(CHINESE);
    expect(page.raw.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('turns CRLF into LF and records it', async () => {
    const page = decoded(await decodeFile(new TextEncoder().encode('一行\r\n二行\r\n'), file('crlf.txt')));
    expect(page.raw).toBe('一行\n二行\n');
    expect(page.lineEndings).toBe('crlf');
  });

  it('turns lone CR into LF and records it', async () => {
    const page = decoded(await decodeFile(new TextEncoder().encode('一行\r二行\r三行'), file('cr.txt')));
    expect(page.raw).toBe('一行\n二行\n三行');
    expect(page.lineEndings).toBe('cr');
  });

  it('calls a mixture of line endings mixed, and a single line none', async () => {
    const mixed = decoded(await decodeFile(new TextEncoder().encode('a\r\nb\nc\rd'), file('mixed.txt')));
    expect(mixed.raw).toBe('a\nb\nc\nd');
    expect(mixed.lineEndings).toBe('mixed');
    const single = decoded(await decodeFile(new TextEncoder().encode('一行'), file('one.txt')));
    expect(single.lineEndings).toBe('none');
  });

  it('keeps the SHA-256 of the original bytes, before normalisation', async () => {
    const bytes = new TextEncoder().encode('一行\r\n二行\r\n');
    const page = decoded(await decodeFile(bytes, file('crlf.txt')));
    expect(page.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(page.byteLength).toBe(bytes.byteLength);
    expect(await sha256Hex(bytes)).toBe(page.sha256);
  });

  it('refuses a binary file, naming the file', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    // A fixed pseudo-random tail (linear congruential) so the test is the same every run.
    const tail = new Uint8Array(4096);
    let seed = 12345;
    for (let i = 0; i < tail.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      tail[i] = seed >>> 24;
    }
    const result = await decodeFile(concat(png, tail), file('scan.png'));
    expect(result).toMatchObject({
      ok: false,
      reason: 'binary',
      name: 'scan.png',
      relativePath: 'folder/scan.png',
    });
  });

  it('refuses a file of mostly control characters without NULs', async () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)));
    expect(await decodeFile(bytes, file('ctl.bin'))).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('imports an empty file and flags it', async () => {
    const page = decoded(await decodeFile(new Uint8Array(0), file('empty.txt')));
    expect(page.empty).toBe(true);
    expect(page.raw).toBe('');
    const blank = decoded(await decodeFile(new TextEncoder().encode(' \r\n\u3000\n'), file('blank.txt')));
    expect(blank.empty).toBe(true);
    const text = decoded(await decodeFile(new TextEncoder().encode('字'), file('one.txt')));
    expect(text.empty).toBe(false);
  });

  it('refuses a file over the size limit', async () => {
    const result = await decodeFile(new Uint8Array(MAX_PAGE_BYTES + 1), file('huge.txt'));
    expect(result).toMatchObject({ ok: false, reason: 'too-large', name: 'huge.txt' });
    const atLimit = await decodeFile(new Uint8Array(MAX_PAGE_BYTES).fill(0x41), file('max.txt'));
    expect(atLimit.ok).toBe(true);
  });

  it('re-decodes Big5 bytes with a forced encoding after a wrong GB18030 guess', async () => {
    const text = '臺灣日報 本報訊 國際新聞';
    const bytes = new Uint8Array(iconv.encode(text, 'big5'));
    const guess = decoded(await decodeFile(bytes, file('big5.txt')));
    expect(guess.encoding).toBe('gb18030');
    expect(guess.raw).not.toBe(text);
    const forced = decoded(await decodeFile(bytes, file('big5.txt'), 'big5'));
    expect(forced.encoding).toBe('big5');
    expect(forced.raw).toBe(text);
    expect(forced.encodingGuessed).toBe(true);
    expect(forced.sha256).toBe(guess.sha256);
  });

  it('re-decodes Shift_JIS when forced', async () => {
    const text = '東京日日新聞 号外';
    const page = decoded(
      await decodeFile(new Uint8Array(iconv.encode(text, 'shift_jis')), file('sjis.txt'), 'shift_jis'),
    );
    expect(page.raw).toBe(text);
  });

  it('keeps a page with a few damaged bytes and counts them, refuses one that is mostly invalid', async () => {
    const good = new Uint8Array(iconv.encode(CHINESE.repeat(20), 'gb18030'));
    const damaged = concat(good, new Uint8Array([0xff]), good);
    const page = decoded(await decodeFile(damaged, file('damaged.txt')));
    expect(page.encoding).toBe('gb18030');
    expect(page.replacedCharacters).toBe(1);
    const garbage = new Uint8Array(400).map((_, i) => (i % 2 === 0 ? 0xff : 0x80));
    expect(await decodeFile(garbage, file('garbage.txt'))).toMatchObject({
      ok: false,
      reason: 'undecodable',
    });
  });

  it.each(fixturePages().map((p) => [p.name, p] as const))(
    'reads fixture page %s and each of its encoded variants back to the same text',
    async (name, fixturePage) => {
      const expected: Record<VariantName, { encoding: string; bom: boolean; guessed: boolean }> = {
        'utf-8': { encoding: 'utf-8', bom: false, guessed: false },
        'utf-8-bom': { encoding: 'utf-8', bom: true, guessed: false },
        crlf: { encoding: 'utf-8', bom: false, guessed: false },
        // GBK is a subset of GB18030: the same bytes, read as the larger set.
        gb18030: { encoding: 'gb18030', bom: false, guessed: true },
        gbk: { encoding: 'gb18030', bom: false, guessed: true },
        'utf-16le': { encoding: 'utf-16le', bom: true, guessed: false },
        'utf-16be': { encoding: 'utf-16be', bom: true, guessed: false },
      };
      const variants = encodedVariants(fixturePage.raw);
      expect(variants.map((v) => v.name).sort()).toEqual(Object.keys(expected).sort());
      for (const v of variants) {
        const page = decoded(await decodeFile(v.bytes, { name, relativePath: `${v.name}/${name}` }));
        expect(page.raw, v.name).toBe(fixturePage.raw);
        expect(page.encoding, v.name).toBe(expected[v.name].encoding);
        expect(page.bom, v.name).toBe(expected[v.name].bom);
        expect(page.encodingGuessed, v.name).toBe(expected[v.name].guessed);
        expect(page.lineEndings, v.name).toBe(v.name === 'crlf' ? 'crlf' : 'lf');
        expect(page.empty, v.name).toBe(false);
        expect(page.replacedCharacters, v.name).toBeUndefined();
        expect(page.sha256, v.name).toBe(createHash('sha256').update(v.bytes).digest('hex'));
      }
    },
  );

  it('reads the stored fixture pages as UTF-8 with LF line ends', async () => {
    const pages = fixturePages();
    expect(pages.length).toBeGreaterThanOrEqual(12);
    for (const p of pages) {
      const page = decoded(await decodeFile(fixtureBytes(p.name), { name: p.name, relativePath: p.name }));
      expect(page.encoding).toBe('utf-8');
      expect(page.encodingGuessed).toBe(false);
      expect(page.raw).toBe(p.raw);
    }
  });
});
