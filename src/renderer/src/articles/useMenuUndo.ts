// Edit > Undo / Redo in the desktop shell's menu (the keys themselves come through useShortcuts).

import { useEffect } from 'react';
import { pickHost } from '../host/pickHost';
import { isModalOpen } from '../common/modalState';
import { useLatest } from '../common/useLatest';
import type { CommandId } from './actions';

export function useMenuUndo(onCommand: (id: CommandId) => void): void {
  const latest = useLatest(onCommand);
  useEffect(() => {
    let off: (() => void) | undefined;
    let live = true;
    void pickHost().then((host) => {
      if (!live) return;
      off = host.onMenuCommand((command) => {
        if ((command === 'undo' || command === 'redo') && !isModalOpen()) latest.current(command);
      });
    });
    return () => {
      live = false;
      off?.();
    };
  }, [latest]);
}
