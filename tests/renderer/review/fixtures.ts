import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '../../../src/core/model';
import type { GalleyDb } from '../../../src/renderer/src/db/db';

export const SAMPLES = path.resolve(__dirname, '../../../../shared/samples');

export function sample(name: string): string {
  return readFileSync(path.join(SAMPLES, name), 'utf8').replace(/\r\n?/g, '\n');
}

export function spanIn(raw: string, text: string): { start: number; end: number } {
  const start = raw.indexOf(text);
  if (start < 0) throw new Error(`not in the sample: ${text}`);
  return { start, end: start + text.length };
}

export function pageRecord(id: string, name: string, raw: string): Page {
  return {
    id,
    name,
    relativePath: name,
    sha256: createHash('sha256').update(raw).digest('hex'),
    encoding: 'utf-8',
    bom: false,
    lineEndings: 'lf',
    byteLength: new TextEncoder().encode(raw).byteLength,
    charLength: raw.length,
    importedAt: 1_700_000_000_000,
    empty: false,
    furniture: [],
    articleCount: 0,
    coverage: 0,
  };
}

export async function addPage(db: GalleyDb, id: string, name: string): Promise<string> {
  const raw = sample(name);
  await db.pages.put(pageRecord(id, name, raw));
  await db.texts.put({ pageId: id, raw });
  return raw;
}
