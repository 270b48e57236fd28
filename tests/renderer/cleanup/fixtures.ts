import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '../../../src/core/model';
import type { GalleyDb } from '../../../src/renderer/src/db/db';

export const SAMPLES = path.resolve(__dirname, '../../../../shared/samples');

export function sample(name: string): string {
  return readFileSync(path.join(SAMPLES, name), 'utf8');
}

/** Stores sample pages as an import would (id = file name without .txt). */
export async function seedPages(db: GalleyDb, names: string[]): Promise<void> {
  for (const name of names) {
    const raw = sample(name);
    const id = name.replace(/\.txt$/, '');
    const page: Page = {
      id,
      name,
      relativePath: name,
      sha256: id,
      encoding: 'utf-8',
      bom: false,
      lineEndings: 'lf',
      byteLength: raw.length,
      charLength: raw.length,
      importedAt: 0,
      empty: false,
      furniture: [],
      articleCount: 0,
      coverage: 0,
    };
    await db.pages.put(page);
    await db.texts.put({ pageId: id, raw });
  }
}

let n = 0;
export const ids = () => `a${++n}`;
