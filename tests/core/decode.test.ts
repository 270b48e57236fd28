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
/** Traditional Chinese (in Big5) and Japanese (in Shift_JIS), as a Taiwanese or Japanese paper prints them. */
const BIG5_TEXT =
  '臺灣日報訊 本報記者報導，行政院昨日召開會議，討論颱風過後的災區重建與農業補助。\n各縣市政府表示，將儘速發放救濟金，並協助民眾修復房屋。氣象局指出，今年颱風數量較往年為多。\n';
const SJIS_TEXT =
  '東京日日新聞 号外。昨日午後、政府は臨時閣議を開き、台風による被害の復旧について話し合った。\n各地の自治体は、住民の避難を呼びかけている。気象庁によると、今年の台風は例年より多い。\n';
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

  it('re-decodes a page with a forced encoding after a wrong guess, not calling the choice a guess', async () => {
    const bytes = new Uint8Array(iconv.encode(BIG5_TEXT, 'big5'));
    const guess = decoded(await decodeFile(bytes, file('big5.txt')));
    expect(guess.encoding).toBe('big5');
    const forced = decoded(await decodeFile(bytes, file('big5.txt'), 'gb18030'));
    expect(forced.encoding).toBe('gb18030');
    expect(forced.raw).not.toBe(BIG5_TEXT);
    expect(forced.encodingGuessed).toBe(true);
    expect(forced.warnings ?? []).not.toContainEqual(
      expect.objectContaining({ code: 'decode.encoding-guessed' }),
    );
    const back = decoded(await decodeFile(bytes, file('big5.txt'), 'big5'));
    expect(back.raw).toBe(BIG5_TEXT);
    expect(back.sha256).toBe(guess.sha256);
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
        expect(page.warnings, v.name).toEqual(
          expected[v.name].guessed
            ? [{ code: 'decode.encoding-guessed', encoding: expected[v.name].encoding }]
            : undefined,
        );
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

/** Bytes from a fixed linear congruential generator, so a test is the same every run. */
function randomBytes(length: number, seed: number, from = 0, to = 255): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out[i] = from + ((seed >>> 16) % (to - from + 1));
  }
  return out;
}

/** Where each `marker` stands in `text` (LF lines), as decode reports positions. */
function positionsOf(text: string, marker: string) {
  const at: { offset: number; line: number; column: number }[] = [];
  for (let i = text.indexOf(marker); i !== -1; i = text.indexOf(marker, i + 1)) {
    const before = text.slice(0, i);
    const lineStart = before.lastIndexOf('\n') + 1;
    at.push({ offset: i, line: before.split('\n').length, column: [...text.slice(lineStart, i)].length + 1 });
  }
  return at;
}

describe('decodeFile: replacement characters, refusals and guessed encodings', () => {
  it('detects Big5 and Shift_JIS instead of reading them as GB18030, and says it guessed', async () => {
    for (const [text, encoding] of [
      [BIG5_TEXT, 'big5'],
      [SJIS_TEXT, 'shift_jis'],
      [CHINESE, 'gb18030'],
    ] as const) {
      const page = decoded(await decodeFile(new Uint8Array(iconv.encode(text, encoding)), file('p.txt')));
      expect(page.encoding, encoding).toBe(encoding);
      expect(page.raw, encoding).toBe(text);
      expect(page.encodingGuessed, encoding).toBe(true);
      expect(page.warnings, encoding).toEqual([{ code: 'decode.encoding-guessed', encoding }]);
    }
  });

  it('detects a short Big5 headline and Shift_JIS line too', async () => {
    const big5 = decoded(
      await decodeFile(new Uint8Array(iconv.encode('臺灣日報 國際新聞', 'big5')), file('a.txt')),
    );
    expect(big5.encoding).toBe('big5');
    const sjis = decoded(
      await decodeFile(new Uint8Array(iconv.encode('東京日日新聞 号外', 'shift_jis')), file('b.txt')),
    );
    expect(sjis.encoding).toBe('shift_jis');
  });

  it('keeps GB18030 for every fixture page, whose GB bytes also read as Big5', async () => {
    for (const p of fixturePages()) {
      const page = decoded(await decodeFile(new Uint8Array(iconv.encode(p.raw, 'gb18030')), file(p.name)));
      expect(page.encoding, p.name).toBe('gb18030');
    }
  });

  it('reports the count and line:column of replacement characters from damaged bytes, after CRLF', async () => {
    // X marks the bytes that get damaged: each one becomes a lone 0xFF, one U+FFFD.
    const text =
      '第一行 本报讯\r\nX 日前，经开区X成立。\r\n\r\n𠀀第四行X\r\n经开区劳动者权益保障机制启动，协作与配合办公室成立。\r\n'.repeat(
        10,
      );
    for (const encoding of ['utf-8', 'gb18030'] as const) {
      const bytes = new Uint8Array(iconv.encode(text, encoding)).map((b) => (b === 0x58 ? 0xff : b));
      const page = decoded(await decodeFile(bytes, file('damaged.txt')));
      expect(page.encoding, encoding).toBe(encoding);
      const lf = text.replace(/\r\n/g, '\n');
      expect(page.raw, encoding).toBe(lf.replace(/X/g, '\ufffd'));
      expect(page.replacedCharacters, encoding).toBe(30);
      const warning = page.warnings?.find((w) => w.code === 'decode.replacement-characters');
      expect(warning, encoding).toEqual({
        code: 'decode.replacement-characters',
        count: 30,
        at: positionsOf(lf, 'X').slice(0, 5),
      });
      // A supplementary character counts as one column: X after 𠀀第四行 is column 5.
      expect(warning?.at[2]).toMatchObject({ line: 4, column: 5 });
    }
  });

  it('reports lone surrogates in UTF-16, with or without a BOM, apart from other replacements', async () => {
    // No U+XX00 character (开 is U+5F00), so the NUL parity of unmarked UTF-16 is clear.
    const text = '本报讯 日前，劳动者权益保障机制启动。\n'.repeat(20);
    for (const [encoding, iconvName] of [
      ['utf-16le', 'utf16-le'],
      ['utf-16be', 'utf16-be'],
    ] as const) {
      const units = new Uint8Array(iconv.encode(text, iconvName));
      const unit = (u: number) => (encoding === 'utf-16le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]);
      // A high surrogate before 本 and a low one after the first 日: each is half a pair.
      const bytes = concat(
        new Uint8Array(unit(0xd83d)),
        units.subarray(0, 10),
        new Uint8Array(unit(0xdc00)),
        units.subarray(10),
      );
      const bom = new Uint8Array(encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]);
      for (const [withBom, input] of [
        [true, concat(bom, bytes)],
        [false, bytes],
      ] as const) {
        const page = decoded(await decodeFile(input, file('u16.txt')));
        expect(page.encoding).toBe(encoding);
        expect(page.raw).toBe('\ufffd' + text.slice(0, 5) + '\ufffd' + text.slice(5));
        expect(page.replacedCharacters).toBe(2);
        const warnings = page.warnings ?? [];
        expect(warnings).toContainEqual({
          code: 'decode.lone-surrogates',
          count: 2,
          at: [
            { offset: 0, line: 1, column: 1 },
            { offset: 6, line: 1, column: 7 },
          ],
        });
        expect(warnings.map((w) => w.code)).not.toContain('decode.replacement-characters');
        expect(warnings.some((w) => w.code === 'decode.encoding-guessed')).toBe(!withBom);
      }
    }
  });

  it('refuses a BOM followed by random bytes, whatever the BOM', async () => {
    const boms = [
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
    ];
    for (const [i, bom] of boms.entries()) {
      // Any bytes, and bytes without NULs or controls (which only the U+FFFD count catches).
      for (const random of [randomBytes(16_000, 7 + i), randomBytes(16_000, 11 + i, 0x80, 0xff)]) {
        const result = await decodeFile(concat(new Uint8Array(bom), random), file('noise.txt'));
        expect(result.ok, `${bom.join(' ')}`).toBe(false);
        if (!result.ok) expect(['binary', 'undecodable']).toContain(result.reason);
      }
    }
    const highBytes = await decodeFile(
      concat(new Uint8Array(boms[0]), randomBytes(16_000, 3, 0x80, 0xff)),
      file('noise.txt'),
    );
    expect(highBytes).toMatchObject({
      ok: false,
      reason: 'undecodable',
      problem: { code: 'decode.mostly-undecodable', encoding: 'utf-8' },
    });
  });

  it('keeps a page with a few replacement characters and refuses one with more than a tenth', async () => {
    const line = '本报讯 日前，经开区劳动者权益保障机制启动。\n'; // 23 characters
    const page = (damaged: number) => {
      const bytes = new TextEncoder().encode(line.repeat(10));
      // Damage the first byte of `damaged` three-byte characters: three U+FFFD each.
      for (let i = 0, hit = 0; hit < damaged; i += 3 * 5) {
        if (bytes[i] >= 0xe0) {
          bytes[i] = 0xff;
          hit++;
        }
      }
      return bytes;
    };
    const few = decoded(await decodeFile(page(3), file('few.txt')));
    expect(few.encoding).toBe('utf-8');
    expect(few.replacedCharacters).toBe(9);
    expect(await decodeFile(page(15), file('many.txt'))).toMatchObject({
      ok: false,
      reason: 'undecodable',
      problem: { code: 'decode.mostly-undecodable' },
    });
  });

  it('refuses a forced encoding that reads as mostly replacement characters', async () => {
    const bytes = new Uint8Array(iconv.encode(CHINESE.repeat(5), 'gb18030'));
    expect(await decodeFile(bytes, file('gb.txt'), 'utf-8')).toMatchObject({
      ok: false,
      reason: 'undecodable',
      problem: { code: 'decode.mostly-undecodable', encoding: 'utf-8' },
    });
  });
});
