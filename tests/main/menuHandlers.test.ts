// The native menu and dialogs follow the app's language: the page names one of the app's
// languages and the menu is set again with its words, every native dialog opened after that
// (open pages or a folder, save, open a backup, the export folder, the unsaved-work question)
// has its title and buttons in it; anything else is refused and the menu stays.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../src/main/menu';
import { stringsFor, type MainStrings } from '../../src/main/strings';
import { guardUnload, type AskSync } from '../../src/main/unload';
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

  it('gives every native dialog its title and buttons in the app’s language, and changes with it', async () => {
    // The system speaks English; the words object is shared with the window's own guards.
    const strings = stringsFor('en-US');
    const { ipc, dialog } = setUp({ strings });
    const asked: Parameters<AskSync>[0][] = [];
    const listeners: ((e: { preventDefault(): void }) => void)[] = [];
    guardUnload(
      { on: (_event, listener) => listeners.push(listener) },
      (options) => (asked.push(options), 0),
      strings,
    );
    /** Opens each dialog once (the user cancels each) and says what it was titled. */
    const openEach = async () => {
      dialog.asked.length = 0;
      for (let i = 0; i < 5; i++) dialog.answer({ canceled: true });
      await ipc.invoke(CHANNELS.pickFiles);
      await ipc.invoke(CHANNELS.pickFolder);
      await ipc.invoke(CHANNELS.pickExportFolder);
      await ipc.invoke(CHANNELS.saveFile, ['项目.galley-backup', new Uint8Array([1])]);
      await ipc.invoke(CHANNELS.openFile, [['galley-backup']]);
      listeners.forEach((l) => l({ preventDefault: () => {} }));
      return [
        ...dialog.asked.map((o) => [o.title, 'buttonLabel' in o ? o.buttonLabel : undefined]),
        [asked.at(-1)?.message, asked.at(-1)?.buttons.join('/')],
      ];
    };

    await ipc.invoke(CHANNELS.setMenuLanguage, ['zh']);
    expect(await openEach()).toEqual([
      ['打开原始 OCR 版面', '打开'],
      ['打开原始 OCR 版面所在的文件夹', '打开'],
      ['选择导出文件夹', '选择文件夹'],
      ['另存为', '保存'],
      ['打开', '打开'],
      ['部分工作尚未保存。', '留下/仍要离开'],
    ]);
    await ipc.invoke(CHANNELS.setMenuLanguage, ['en']);
    expect(await openEach()).toEqual([
      ['Open Raw OCR Pages', 'Open'],
      ['Open a Folder of Raw OCR Pages', 'Open'],
      ['Choose a folder for the export', 'Choose Folder'],
      ['Save As', 'Save'],
      ['Open', 'Open'],
      ['Some of your work is not saved yet.', 'Stay/Leave Anyway'],
    ]);
    // Another session's words are its own: the language is no global.
    expect(stringsFor('en-US').file).toBe('File');
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
