// Re-reading a page in another encoding, as text editors offer, for when the guess was
// wrong (Big5 or Shift_JIS read as GB18030 yields plausible garbage). Raw text is
// immutable once work stands on it, so this is refused once anything refers to offsets.

import { decodeFile } from '../../../core/decode/decodeFile';
import type { RejectReason } from '../../../core/decode/types';
import type { EncodingName } from '../../../core/model';
import type { GalleyDb } from '../db/db';

export type ReopenRefusal = 'has-articles' | 'no-bytes' | 'missing' | RejectReason;

export type ReopenResult = { ok: true } | { ok: false; reason: ReopenRefusal };

/** Whether the page can still be re-read: its bytes were kept and nothing is marked on it. */
export function canReopen(
  page: { articleCount: number; furniture: readonly unknown[] },
  hasBytes: boolean,
): boolean {
  return hasBytes && page.articleCount === 0 && page.furniture.length === 0;
}

export async function reopenPage(
  db: GalleyDb,
  pageId: string,
  encoding: EncodingName,
): Promise<ReopenResult> {
  const [page, text] = await Promise.all([db.pages.get(pageId), db.texts.get(pageId)]);
  if (!page || !text) return { ok: false, reason: 'missing' };
  const { bytes } = text;
  if (!bytes) return { ok: false, reason: 'no-bytes' };
  // Decoding awaits crypto, which must not happen inside an IndexedDB transaction.
  const result = await decodeFile(bytes, page, encoding);
  if (!result.ok) return { ok: false, reason: result.reason };
  return db.transaction('rw', db.pages, db.texts, db.articles, async (): Promise<ReopenResult> => {
    const current = await db.pages.get(pageId);
    if (!current) return { ok: false, reason: 'missing' };
    const articles = await db.articles.where('pageId').equals(pageId).count();
    if (articles > 0 || current.furniture.length > 0) return { ok: false, reason: 'has-articles' };
    await db.texts.put({ pageId, raw: result.raw, bytes });
    await db.pages.update(pageId, {
      encoding: result.encoding,
      bom: result.bom,
      lineEndings: result.lineEndings,
      charLength: result.raw.length,
      empty: result.empty,
    });
    return { ok: true };
  });
}
