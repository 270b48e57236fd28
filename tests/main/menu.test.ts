import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../src/main/menu';
import { stringsFor } from '../../src/main/strings';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  // The click handler ignores its Electron arguments.
  (item?.click as unknown as () => void)();
}

describe('the native menu', () => {
  it('sends File and Edit commands to the renderer', () => {
    const sent: string[] = [];
    const all = items(
      menuTemplate(stringsFor('en-US'), (c) => sent.push(c), { platform: 'linux', dev: false }),
    );
    for (const label of [
      'Open Files…',
      'Open Folder…',
      'Export…',
      'Back Up Project…',
      'Restore Project…',
      'Undo',
      'Redo',
    ]) {
      click(all.find((i) => i.label === label));
    }
    expect(sent).toEqual(['open-files', 'open-folder', 'export', 'backup', 'restore', 'undo', 'redo']);
  });

  it('leaves the undo and redo keys to the page, which knows what has the focus', () => {
    const all = items(menuTemplate(stringsFor('en'), () => undefined, { platform: 'win32', dev: false }));
    for (const label of ['Undo', 'Redo']) {
      expect(all.find((i) => i.label === label)).toMatchObject({ registerAccelerator: false });
    }
    expect(all.find((i) => i.label === 'Open Files…')?.registerAccelerator).toBeUndefined();
  });

  it('speaks Chinese on a Chinese system and offers developer tools only in development', () => {
    const zh = items(menuTemplate(stringsFor('zh-CN'), () => undefined, { platform: 'linux', dev: false }));
    expect(zh.map((i) => i.label)).toContain('打开文件夹…');
    expect(zh.some((i) => i.role === 'toggleDevTools')).toBe(false);
    const dev = items(menuTemplate(stringsFor('en'), () => undefined, { platform: 'darwin', dev: true }));
    expect(dev.some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(dev[0].role).toBe('appMenu');
  });
});
