// The assign toolbar and the article commands. Memoised: typing re-renders the panel on
// every keystroke, and these buttons only change when an article is chosen or let go.

import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignActionId, CommandId } from './actions';
import { ASSIGN_ACTIONS } from './actions';

interface ToolbarsProps {
  hasArticle: boolean;
  onAssign: (id: AssignActionId) => void;
  onCommand: (id: CommandId) => void;
}

const ARTICLE_COMMANDS = ['move-up', 'move-down', 'merge-next', 'split', 'delete-article'] as const;

export const Toolbars = memo(function Toolbars({ hasArticle, onAssign, onCommand }: ToolbarsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="assign-toolbar" role="toolbar" aria-label={t('articles.toolbar')}>
        {ASSIGN_ACTIONS.map((a) => (
          <button
            key={a.id}
            type="button"
            data-action={a.id}
            title={`${t(`articles.action.${a.id}`)} (${a.shortcut.label})`}
            disabled={a.needsArticle && !hasArticle}
            // Keep the focus (and so the selection) in the raw view.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onAssign(a.id)}
          >
            {t(`articles.actionShort.${a.id}`)}
          </button>
        ))}
      </div>
      <div className="article-toolbar">
        {ARTICLE_COMMANDS.map((id) => (
          <button
            key={id}
            type="button"
            data-command={id}
            disabled={!hasArticle}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onCommand(id)}
          >
            {t(`articles.command.${id}`)}
          </button>
        ))}
      </div>
    </>
  );
});
