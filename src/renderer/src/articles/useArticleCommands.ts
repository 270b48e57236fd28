// The article form's actions in the command palette: every assign action and command of
// actions.ts with its shortcut, acting on the current raw selection and article.

import { useDeskCommands } from '../common/commands';
import type { AssignActionId, CommandId } from './actions';
import { ASSIGN_ACTIONS, COMMANDS } from './actions';

const NEEDS_ARTICLE = new Set<CommandId>(['move-up', 'move-down', 'merge-next', 'split', 'delete-article']);

export function useArticleCommands(
  state: { hasArticle: boolean; canUndo: boolean; canRedo: boolean },
  onAssign: (id: AssignActionId) => void,
  onCommand: (id: CommandId) => void,
): void {
  useDeskCommands(() => [
    ...ASSIGN_ACTIONS.map((a) => ({
      id: `assign.${a.id}`,
      label: `articles.action.${a.id}` as const,
      shortcut: a.shortcut.label,
      enabled: !a.needsArticle || state.hasArticle,
      run: () => onAssign(a.id),
    })),
    ...COMMANDS.map((c) => ({
      id: `command.${c.id}`,
      label: `articles.command.${c.id}` as const,
      shortcut: c.shortcut.label,
      enabled:
        c.id === 'undo'
          ? state.canUndo
          : c.id === 'redo'
            ? state.canRedo
            : !NEEDS_ARTICLE.has(c.id) || state.hasArticle,
      run: () => onCommand(c.id),
    })),
  ]);
}
