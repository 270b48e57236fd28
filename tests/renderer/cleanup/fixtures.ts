import type { Page } from '../../../src/core/model';
import type { GalleyDb } from '../../../src/renderer/src/db/db';
import { fixtureText } from '../../fixtures';

/** Stores fixture pages as an import would (id = file name without .txt, e.g. `02-street-roundup`). */
export async function seedPages(db: GalleyDb, names: string[]): Promise<void> {
  for (const name of names) {
    const raw = fixtureText(name);
    const id = name.replace(/\.txt$/, '');
    const page: Page = {
      id,
      name: `${id}.txt`,
      relativePath: `${id}.txt`,
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
