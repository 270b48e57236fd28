// The settings table, typed: every key the app stores has a schema and a default here, so
// readSetting returns the right type without a cast, and a stored value that does not fit
// its schema (written by an older build, or edited by hand) reads as the default.

import { z } from 'zod';
import type { GalleyDb } from './db';

/** Where the archivist was: the page and the first raw character shown at the top. */
export interface LastPage {
  pageId: string;
  /** UTF-16 offset of the top visible line's start in the raw view. */
  topOffset: number;
}

const lastPage: z.ZodType<LastPage> = z.object({ pageId: z.string(), topOffset: z.number() });

/** The desk's panes: widths in CSS pixels and which are folded away (ui/panes.ts). */
export interface PaneLayout {
  listWidth: number;
  articlesWidth: number;
  listHidden: boolean;
  rawHidden: boolean;
  articlesHidden: boolean;
}

const paneLayout: z.ZodType<PaneLayout> = z.object({
  listWidth: z.number(),
  articlesWidth: z.number(),
  listHidden: z.boolean(),
  rawHidden: z.boolean(),
  articlesHidden: z.boolean(),
});

interface Entry<T> {
  schema: z.ZodType<T>;
  fallback: T;
}

const entry = <T>(schema: z.ZodType<T>, fallback: T): Entry<T> => ({ schema, fallback });

/** Each setting's schema and default. */
export const SETTINGS = {
  /** The UI language chosen in the top bar; null follows the system's. */
  'ui.language': entry<string | null>(z.string().nullable(), null),
  'ui.lastPage': entry<LastPage | null>(lastPage.nullable(), null),
  'ui.panes': entry<PaneLayout | null>(paneLayout.nullable(), null),
  /** Light, dark, or (null) the system's. */
  'ui.theme': entry<'light' | 'dark' | null>(z.enum(['light', 'dark']).nullable(), null),
  'rawView.softWrap': entry(z.boolean(), true),
  'review.reviewer': entry(z.string(), ''),
  /** Whether cleanup also extracts datelines, bylines, captions and continuation marks. */
  'cleanup.extract': entry(z.boolean(), true),
  /** Built-in transforms switched on or off (by id); absent ids are at their default. */
  'cleanup.transforms': entry<Partial<Record<string, boolean>>>(z.record(z.string(), z.boolean()), {}),
};

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = (typeof SETTINGS)[K] extends Entry<infer T> ? T : never;

/** Keys by the feature's name for them. */
export const SETTING = {
  language: 'ui.language',
  lastPage: 'ui.lastPage',
  panes: 'ui.panes',
  theme: 'ui.theme',
  softWrap: 'rawView.softWrap',
  reviewer: 'review.reviewer',
  extract: 'cleanup.extract',
  transforms: 'cleanup.transforms',
} as const satisfies Record<string, SettingKey>;

/** The stored value of `key`, or its default when none is stored or the stored one is not valid. */
export async function readSetting<K extends SettingKey>(db: GalleyDb, key: K): Promise<SettingValue<K>> {
  const row = await db.settings.get(key);
  const { schema, fallback } = SETTINGS[key] as Entry<SettingValue<K>>;
  if (row === undefined) return fallback;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : fallback;
}

export async function writeSetting<K extends SettingKey>(
  db: GalleyDb,
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  await db.settings.put({ key, value });
}
