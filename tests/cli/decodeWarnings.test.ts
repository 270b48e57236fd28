// What the CLI says about how a page was read: one line per file on standard error for a
// guessed encoding and replacement characters (at line:column), a refusal for a page that
// is mostly unreadable whatever its BOM. Bytes are made here, not stored.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, galley } from './galley';

const BIG5 = '臺灣日報訊 本報記者報導，行政院昨日召開會議，討論颱風過後的災區重建與農業補助。\n';
const SJIS = '東京日日新聞 号外。昨日午後、政府は臨時閣議を開き、台風による被害の復旧について話し合った。\n';

let dir: string;
const write = (name: string, bytes: Uint8Array) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'galley-cli-decode-'));
}, 120_000);

describe('decode warnings on the command line', { timeout: 60_000 }, () => {
  it('reads Big5 and Shift_JIS pages as such and says the encoding was guessed', async () => {
    const big5 = write('big5.txt', iconv.encode(BIG5, 'big5'));
    const sjis = write('sjis.txt', iconv.encode(SJIS, 'shift_jis'));
    const { code, stdout, stderr } = await galley('clean', big5, sjis);
    expect(code).toBe(0);
    expect(stdout).toContain('臺灣日報訊');
    expect(stdout).toContain('東京日日新聞');
    expect(stderr.split('\n').filter((l) => l.includes('warning'))).toEqual([
      `galley clean: ${big5}: warning: encoding guessed as Big5`,
      `galley clean: ${sjis}: warning: encoding guessed as Shift_JIS`,
    ]);
  });

  it('says where a damaged page has replacement characters, in one line per file', async () => {
    // Two lines; the X on line 2 (column 4) becomes a lone 0xFF byte.
    const bytes = new TextEncoder().encode(
      '本报讯 日前，经开区劳动者权益保障机制启动。\n第二行X 协作与配合办公室成立。\n',
    );
    const damaged = write(
      'damaged.txt',
      bytes.map((b) => (b === 0x58 ? 0xff : b)),
    );
    const { code, stderr } = await galley('segment', damaged);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `galley segment: ${damaged}: warning: encoding guessed as UTF-8; 1 replacement character (U+FFFD, bytes not valid in its encoding) at 2:4\n`,
    );
  });

  it('puts the warnings in the --report document rather than beside it', async () => {
    const big5 = write('report-big5.txt', iconv.encode(BIG5, 'big5'));
    const { stderr } = await galley('clean', '--report', big5);
    const report = JSON.parse(stderr) as { files: { file: string; warnings?: string[] }[] };
    expect(report.files[0].warnings).toEqual(['encoding guessed as Big5']);
  });

  it('refuses a BOM followed by bytes that are mostly not UTF-8', async () => {
    let seed = 99;
    const noise = new Uint8Array(16_000).map(() => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return 0x80 + ((seed >>> 16) % 128);
    });
    const file = write('noise.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...noise]));
    const { code, stdout, stderr } = await galley('segment', file);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /noise\.txt: not in an encoding Galley reads \(\d+ of \d+ characters unreadable as utf-8 \(after its BOM\)\)/,
    );
  });

  it('says nothing for a UTF-8 page', async () => {
    const file = write('clean.txt', new TextEncoder().encode('本报讯 日前，经开区成立。\n'));
    const { stderr } = await galley('segment', file);
    expect(stderr).toBe('');
  });
});
