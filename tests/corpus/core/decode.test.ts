// decodeFile on the real archive pages.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFile, type DecodeResult, type DecodedPage } from '../../../src/core/decode';
import { SAMPLES_DIR as SAMPLES } from './corpus';

function decoded(result: DecodeResult): DecodedPage {
  if (!result.ok) throw new Error(`expected a page, got ${result.reason}: ${result.detail ?? ''}`);
  return result;
}

describe('decodeFile on the real pages', () => {
  it('reads the three real sample pages as UTF-8', async () => {
    const names = readdirSync(SAMPLES).filter((n) => n.endsWith('.txt'));
    expect(names.length).toBe(3);
    for (const name of names) {
      const bytes = new Uint8Array(readFileSync(path.join(SAMPLES, name)));
      const page = decoded(await decodeFile(bytes, { name, relativePath: name }));
      expect(page.encoding).toBe('utf-8');
      expect(page.encodingGuessed).toBe(false);
      expect(page.empty).toBe(false);
      expect(page.raw).not.toContain('\r');
      expect(page.raw).toBe(new TextDecoder().decode(bytes).replace(/\r\n?/g, '\n'));
    }
  });
});
