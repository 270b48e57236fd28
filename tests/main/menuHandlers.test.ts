// The native menu follows the app's language: the page names one of the app's languages
// and the menu is set again with its words; anything else is refused and the menu stays.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../src/main/menu';
import type { MainStrings } from '../../src/main/strings';
import { CHANNELS } from '../../src/shared/ipc';
import { setUp } from './fakes';

function labels(strings: MainStrings | undefined): string[] {
  if (!strings) return [];
  const walk = (items: MenuItemConstructorOptions[]): string[] =>
    items.flatMap((i) => [i.label ?? '', ...(Array.isArray(i.submenu) ? walk(i.submenu) : [])]);
  return walk(menuTemplate(strings, () => undefined, { platform: 'linux', dev: false })).filter(Boolean);
}

describe('the menu language', () => {
  it('sets the menu again in the language the app speaks, each time it changes', async () => {
    const { ipc, menus } = setUp();
    await ipc.invoke(CHANNELS.setMenuLanguage, ['zh']);
    expect(labels(menus.at(-1))).toEqual(
      expect.arrayContaining(['文件', '打开文件…', '打开文件夹…', '导出…', '编辑', '撤销', '视图', '窗口']),
    );
    expect(labels(menus.at(-1))).not.toContain('File');
    await ipc.invoke(CHANNELS.setMenuLanguage, ['en']);
    expect(labels(menus.at(-1))).toEqual(
      expect.arrayContaining(['File', 'Open Files…', 'Open Folder…', 'Export…', 'Edit', 'Undo', 'View']),
    );
    expect(labels(menus.at(-1))).not.toContain('文件');
    expect(menus).toHaveLength(2);
  });

  it('refuses anything but one of the app’s languages, and from anyone but the app window', async () => {
    const { ipc, menus } = setUp();
    for (const args of [[], ['fr'], ['zh-CN'], ['EN'], [42], [null], ['en', 'zh']]) {
      await expect(ipc.invoke(CHANNELS.setMenuLanguage, args), JSON.stringify(args)).rejects.toThrow(
        /invalid arguments/,
      );
    }
    await expect(
      ipc.invoke(CHANNELS.setMenuLanguage, ['zh'], { url: 'https://example.com/', parent: null }),
    ).rejects.toThrow(/sender is not the app window/);
    expect(menus).toEqual([]);
  });
});
