import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type GalleyDb } from '../../../src/renderer/src/db/db';
import { SETTING, SETTINGS, readSetting, writeSetting } from '../../../src/renderer/src/db/settings';

let db: GalleyDb;
beforeEach(() => {
  db = createDb(`galley-settings-${crypto.randomUUID()}`);
});
afterEach(() => db.close());

describe('typed settings', () => {
  it('read the default when nothing is stored', async () => {
    expect(await readSetting(db, SETTING.softWrap)).toBe(true);
    expect(await readSetting(db, SETTING.lastPage)).toBeNull();
    expect(await readSetting(db, SETTING.reviewer)).toBe('');
    expect(await readSetting(db, SETTING.transforms)).toEqual({});
  });

  it('read back what was written', async () => {
    await writeSetting(db, SETTING.softWrap, false);
    await writeSetting(db, SETTING.lastPage, { pageId: 'p1', topOffset: 42 });
    await writeSetting(db, SETTING.reviewer, '李磊');
    expect(await readSetting(db, SETTING.softWrap)).toBe(false);
    expect(await readSetting(db, SETTING.lastPage)).toEqual({ pageId: 'p1', topOffset: 42 });
    expect(await readSetting(db, SETTING.reviewer)).toBe('李磊');
  });

  it('fall back to the default when the stored value is of the wrong kind', async () => {
    await db.settings.bulkPut([
      { key: SETTING.softWrap, value: 'yes' },
      { key: SETTING.lastPage, value: { pageId: 7 } },
      { key: SETTING.reviewer, value: 42 },
      { key: SETTING.extract, value: null },
      { key: SETTING.transforms, value: ['join-lines'] },
    ]);
    for (const key of [
      SETTING.softWrap,
      SETTING.lastPage,
      SETTING.reviewer,
      SETTING.extract,
      SETTING.transforms,
    ])
      expect(await readSetting(db, key)).toEqual(SETTINGS[key].fallback);
  });
});
