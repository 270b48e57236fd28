// Which built-in cleanup transforms are on: one setting row, read live by the cleanup
// panel and by the suggestions (suggested articles arrive cleaned the same way).

import { useLiveQuery } from 'dexie-react-hooks';
import type { TransformId } from '../../../core/clean';
import { TRANSFORMS } from '../../../core/clean';
import type { GalleyDb } from '../db/db';
import { SETTING, readSetting, writeSetting } from '../db/settings';

export const TRANSFORMS_SETTING = SETTING.transforms;

export type EnabledTransforms = Partial<Record<TransformId, boolean>>;

export function isOn(enabled: EnabledTransforms, id: TransformId): boolean {
  return enabled[id] ?? TRANSFORMS.find((t) => t.id === id)?.defaultOn ?? false;
}

export async function readEnabled(db: GalleyDb): Promise<EnabledTransforms> {
  return readSetting(db, TRANSFORMS_SETTING);
}

export async function setEnabled(db: GalleyDb, id: TransformId, on: boolean): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await readEnabled(db);
    await writeSetting(db, TRANSFORMS_SETTING, { ...current, [id]: on });
  });
}

/**
 * The on/off map, live; undefined until it loads. Not the defaults meanwhile: a switch drawn
 * at its default and then flipped by the stored value invites a click on the wrong state, and
 * suggestions cleaned with transforms the archivist turned off.
 */
export function useEnabledTransforms(db: GalleyDb): EnabledTransforms | undefined {
  return useLiveQuery(() => readEnabled(db), [db]);
}
