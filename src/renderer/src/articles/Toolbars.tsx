// The assign actions and the article commands in one row that keeps to its width: what
// does not fit goes into a More menu. Memoised: typing re-renders the panel on every
// keystroke, and these buttons only change when an article is chosen or let go.

import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { OverflowBar, type BarItem } from '../common/OverflowBar';
import type { AssignActionId, CommandId } from './actions';
import { ASSIGN_ACTIONS, COMMANDS } from './actions';

interface ToolbarsProps {
  hasArticle: boolean;
  onAssign: (id: AssignActionId) => void;
  onCommand: (id: CommandId) => void;
}

const ARTICLE_COMMANDS = ['move-up', 'move-down', 'merge-next', 'split', 'delete-article'] as const;
const shortcutOf = (id: CommandId) => COMMANDS.find((c) => c.id === id)?.shortcut.label ?? '';

export const Toolbars = memo(function Toolbars({ hasArticle, onAssign, onCommand }: ToolbarsProps) {
  const { t, i18n } = useTranslation();
  const items = useMemo(
    (): BarItem[] => [
      ...ASSIGN_ACTIONS.map((a) => ({
        key: a.id,
        label: t(`articles.actionShort.${a.id}`),
        title: `${t(`articles.action.${a.id}`)} (${a.shortcut.label})`,
        disabled: a.needsArticle && !hasArticle,
        data: { action: a.id },
        onClick: () => onAssign(a.id),
      })),
      ...ARTICLE_COMMANDS.map((id) => ({
        key: id,
        label: t(`articles.command.${id}`),
        title: `${t(`articles.command.${id}`)} (${shortcutOf(id)})`,
        disabled: !hasArticle,
        data: { command: id },
        onClick: () => onCommand(id),
      })),
    ],
    // The language is a dependency through t: the labels change with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, i18n.language, hasArticle, onAssign, onCommand],
  );
  return (
    <OverflowBar
      className="assign-toolbar"
      items={items}
      label={t('articles.toolbar')}
      moreLabel={t('desk.more')}
      // A short window keeps the height for the form: one row of the most used actions.
      compactWhen="(max-height: 800px)"
    />
  );
});
