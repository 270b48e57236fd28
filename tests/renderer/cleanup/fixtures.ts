import type { Page } from '../../../src/core/model';
import { suggestArticles, type SuggestedArticle } from '../../../src/core/segment';
import { openSession } from '../../../src/renderer/src/articles/session/registry';
import type { GalleyDb } from '../../../src/renderer/src/db/db';
import { acceptSuggestions } from '../../../src/renderer/src/suggest/accept';
import { fixtureText } from '../../fixtures';

/** Stores one raw page as an import would, with no articles yet. */
export async function storePage(db: GalleyDb, id: string, name: string, raw: string): Promise<void> {
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

/** Stores fixture pages as an import would (id = file name without .txt, e.g. `02-street-roundup`). */
export async function seedPages(db: GalleyDb, names: string[]): Promise<void> {
  for (const name of names) {
    const id = name.replace(/\.txt$/, '');
    await storePage(db, id, `${id}.txt`, fixtureText(name));
  }
}

let n = 0;
export const ids = () => `a${++n}`;

/** Marks a stored page as an archivist would: its suggested articles (all, or those `pick` keeps) accepted in one step. */
export async function acceptSuggested(
  db: GalleyDb,
  pageId: string,
  pick: (all: SuggestedArticle[]) => SuggestedArticle[] = (all) => all,
  now = 1,
): Promise<void> {
  const s = await openSession(db, pageId);
  const suggested = pick(suggestArticles(s.raw));
  s.change('accept', acceptSuggestions(s.getSnapshot().state, s.raw, suggested, { now, newId: ids }).state);
  await s.flush();
}
