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

const NONE: EnabledTransforms = {};

/** The on/off map, live; empty (every transform at its default) until it loads. */
export function useEnabledTransforms(db: GalleyDb): EnabledTransforms {
  return useLiveQuery(() => readEnabled(db), [db]) ?? NONE;
}
