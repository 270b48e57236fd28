// The raw view's context menu: the same assign actions as the toolbar, at the pointer,
// then the commands on the selected raw text itself (unassign).

import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignActionId, CommandId } from './actions';
import { ASSIGN_ACTIONS, COMMANDS } from './actions';

interface RawContextMenuProps {
  x: number;
  y: number;
  hasArticle: boolean;
  onPick: (id: AssignActionId) => void;
  onCommand: (id: CommandId) => void;
  onClose: () => void;
}

/** The commands that act on the raw selection, after the assign actions. */
const SELECTION_COMMANDS = COMMANDS.filter((c) => c.id === 'unassign');

export function RawContextMenu({ x, y, hasArticle, onPick, onCommand, onClose }: RawContextMenuProps) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDivElement>(null);
  // Opened near the window's bottom or right edge, the menu moves up or left to stay whole.
  useLayoutEffect(() => {
    const el = menu.current;
    if (!el) return;
    const box = el.getBoundingClientRect();
    el.style.top = `${Math.max(0, Math.min(y, window.innerHeight - box.height - 4))}px`;
    el.style.left = `${Math.max(0, Math.min(x, window.innerWidth - box.width - 4))}px`;
  }, [x, y]);
  useEffect(() => {
    menu.current?.querySelector('button')?.focus();
    const away = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [onClose]);
  return (
    <div
      className="raw-context-menu"
      role="menu"
      ref={menu}
      style={{ left: x, top: y }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      {ASSIGN_ACTIONS.map((a) => (
        <button
          key={a.id}
          type="button"
          role="menuitem"
          disabled={a.needsArticle && !hasArticle}
          onClick={() => {
            onPick(a.id);
            onClose();
          }}
        >
          <span>{t(`articles.action.${a.id}`)}</span>
          <kbd>{a.shortcut.label}</kbd>
        </button>
      ))}
      <hr />
      {SELECTION_COMMANDS.map((c) => (
        <button
          key={c.id}
          type="button"
          role="menuitem"
          data-command={c.id}
          onClick={() => {
            onCommand(c.id);
            onClose();
          }}
        >
          <span>{t(`articles.command.${c.id}`)}</span>
          <kbd>{c.shortcut.label}</kbd>
        </button>
      ))}
    </div>
  );
}
