// Learned corrections and rejections in Dexie (v6 `learned`, `learnRejections`). What one
// stretch of hand edits of a field taught (a source, tracker.ts) is replaced as a whole
// each time the field is edited or an edit undone, so a correction the archivist undoes
// loses that source, and one left with no source is forgotten.

import {
  correctionKey,
  hitKey,
  type Correction,
  type CorrectionSource,
  type LearnedCorrection,
  type LearnedEdit,
} from '../../../core/learn/types';
import type { CleanupRule } from '../../../core/backup/types';
import { toRule } from '../../../core/learn/toRule';
import type { GalleyDb } from '../db/db';
import { addRule } from '../rules/ruleStore';

export async function replaceSourceCorrections(
  db: GalleyDb,
  source: Omit<CorrectionSource, 'rawStart'>,
  edits: readonly LearnedEdit[],
  now: number,
): Promise<void> {
  await db.transaction('rw', db.learned, async () => {
    const held = await db.learned.filter((c) => c.sources.some((s) => s.key === source.key)).toArray();
    const next = new Map<string, LearnedCorrection>();
    for (const c of held) next.set(c.id, { ...c, sources: c.sources.filter((s) => s.key !== source.key) });
    for (const e of edits) {
      const { rawStart, ...correction } = e;
      const id = correctionKey(correction);
      const c = next.get(id) ?? (await db.learned.get(id));
      const entry = { ...source, rawStart };
      next.set(
        id,
        c
          ? { ...c, sources: [...c.sources, entry] }
          : { ...correction, id, sources: [entry], rejected: false, createdAt: now },
      );
    }
    const gone = [...next.values()].filter((c) => c.sources.length === 0).map((c) => c.id);
    await db.learned.bulkDelete(gone);
    await db.learned.bulkPut([...next.values()].filter((c) => c.sources.length > 0));
  });
}

export async function rejectCorrection(db: GalleyDb, id: string): Promise<void> {
  await db.learned.update(id, { rejected: true });
}

export async function rejectHit(
  db: GalleyDb,
  correctionId: string,
  pageId: string,
  start: number,
): Promise<void> {
  await db.learnRejections.put({ id: hitKey(correctionId, pageId, start), correctionId, pageId, start });
}

/** Keeps a learned correction as one of My rules (a plain find and replace, core toRule). */
export async function keepAsRule(db: GalleyDb, c: Correction): Promise<CleanupRule> {
  const rule = toRule(c, '');
  return addRule(db, { name: rule.name, find: rule.find, replace: rule.replace });
}
