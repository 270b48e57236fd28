// The raw view's context menu: the same assign actions as the toolbar, at the pointer.

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignActionId } from './actions';
import { ASSIGN_ACTIONS } from './actions';

interface RawContextMenuProps {
  x: number;
  y: number;
  hasArticle: boolean;
  onPick: (id: AssignActionId) => void;
  onClose: () => void;
}

export function RawContextMenu({ x, y, hasArticle, onPick, onClose }: RawContextMenuProps) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDivElement>(null);
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
    </div>
  );
}
