// The top bar's way into the command palette, and the window-wide Ctrl+K / Ctrl+Shift+P
// that opens it from anywhere (also while typing in a field).

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deskCommands, type DeskCommand } from '../common/commands';
import { isModalOpen } from '../common/modalState';
import { CommandPalette } from './CommandPalette';

const isPaletteKey = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && !e.altKey && (e.shiftKey ? e.code === 'KeyP' : e.code === 'KeyK');

export function PaletteButton() {
  const { t } = useTranslation();
  const [commands, setCommands] = useState<DeskCommand[] | null>(null);
  const chosen = useRef<DeskCommand | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPaletteKey(e) || e.isComposing || isModalOpen()) return;
      e.preventDefault();
      e.stopPropagation();
      setCommands(deskCommands());
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  // Run once the palette has closed and handed the focus back to where the archivist was.
  useEffect(() => {
    const command = chosen.current;
    if (!command || commands) return;
    chosen.current = null;
    command.run();
  }, [commands]);

  return (
    <>
      <button
        type="button"
        className="button palette-button"
        title="Ctrl+K"
        aria-keyshortcuts="Control+K Control+Shift+P"
        // Keep the focus (and the raw selection) where it is: the palette returns there.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setCommands(deskCommands())}
      >
        {t('palette.open')}
      </button>
      {commands ? (
        <CommandPalette
          commands={commands}
          onClose={() => setCommands(null)}
          onRun={(c) => {
            chosen.current = c;
            setCommands(null);
          }}
        />
      ) : null}
    </>
  );
}
