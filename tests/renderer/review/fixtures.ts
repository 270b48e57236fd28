import { createHash } from 'node:crypto';
import type { Page } from '../../../src/core/model';
import type { GalleyDb } from '../../../src/renderer/src/db/db';
import { fixtureText } from '../../fixtures';

/** The raw text of a fixture page (`05-fire-drill.txt`). */
export function sample(name: string): string {
  return fixtureText(name);
}

export function spanIn(raw: string, text: string): { start: number; end: number } {
  const start = raw.indexOf(text);
  if (start < 0) throw new Error(`not on the page: ${text}`);
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
