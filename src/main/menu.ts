import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc';
import type { MainStrings } from './strings';

/**
 * The native menu. Commands the app itself carries out go to the renderer as
 * MenuCommands; clipboard and window items use Electron's built-in roles.
 */
export function menuTemplate(
  strings: MainStrings,
  send: (command: MenuCommand) => void,
  options: { platform: NodeJS.Platform; dev: boolean },
): MenuItemConstructorOptions[] {
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(name),
    ...(accelerator ? { accelerator } : {}),
  });
  const mac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: strings.file,
      submenu: [
        command(strings.openFiles, 'open-files', 'CmdOrCtrl+O'),
        command(strings.openFolder, 'open-folder', 'CmdOrCtrl+Shift+O'),
        { type: 'separator' },
        command(strings.export, 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        command(strings.backUp, 'backup'),
        command(strings.restore, 'restore'),
        ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    {
      label: strings.edit,
      submenu: [
        // The keys stay with the page (text fields keep their own undo, the article
        // shortcuts handle theirs); the menu shows them and, when clicked, asks the renderer.
        { ...command(strings.undo, 'undo', 'CmdOrCtrl+Z'), registerAccelerator: false },
        {
          ...command(strings.redo, 'redo', mac ? 'Shift+CmdOrCtrl+Z' : 'Ctrl+Y'),
          registerAccelerator: false,
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: strings.view,
      submenu: [
        ...(options.dev
          ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: strings.window, role: 'windowMenu' },
  );
  return template;
}
