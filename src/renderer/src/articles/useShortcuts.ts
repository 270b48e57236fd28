import { useEffect } from 'react';
import { isModalOpen } from '../common/modalState';
import { useLatest } from '../common/useLatest';
import type { AssignActionId, CommandId } from './actions';
import { ASSIGN_ACTIONS, COMMANDS, matches } from './actions';

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

/**
 * The article shortcuts, on the whole window: they must work while the raw view has the
 * focus (selecting text) and while a field is being typed in. Undo and redo are taken only
 * from the raw view, the article panel and the page body, so other inputs keep their own.
 */
export function useShortcuts(
  panel: React.RefObject<HTMLElement | null>,
  raw: { contains(node: Node | null): boolean } | null,
  onAssign: (id: AssignActionId) => void,
  onCommand: (id: CommandId) => void,
): void {
  const latest = useLatest({ onAssign, onCommand });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Nothing runs behind an open dialog (Ctrl+Z there would change the page unseen).
      if (e.isComposing || e.defaultPrevented || isModalOpen()) return;
      const target = e.target as Node | null;
      const ours =
        !typingIn(e.target) || (!!target && (!!panel.current?.contains(target) || !!raw?.contains(target)));
      for (const a of ASSIGN_ACTIONS) {
        if (matches(a.shortcut, e)) {
          e.preventDefault();
          latest.current.onAssign(a.id);
          return;
        }
      }
      for (const c of COMMANDS) {
        if (!matches(c.shortcut, e)) continue;
        if (c.id === 'help' && typingIn(e.target)) return;
        if ((c.id === 'undo' || c.id === 'redo') && !ours) return;
        e.preventDefault();
        latest.current.onCommand(c.id);
        return;
      }
      if ((e.ctrlKey || e.metaKey) && e.code === 'KeyY' && ours) {
        e.preventDefault();
        latest.current.onCommand('redo');
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [panel, raw, latest]);
}
