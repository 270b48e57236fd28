// The panel's commands (toolbar, shortcuts, the shell's Edit menu): undo and redo, the
// next unassigned text, unassigning the selection, and what acts on the current article.

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { nextBlock } from '../../../core/article';
import type { Article } from '../../../core/model';
import type { RawViewControl } from '../rawview/control';
import type { CommandId } from './actions';
import type { ArticleSession } from './session/ArticleSession';
import type { Caret } from './useCardHandlers';
import type { SelectFn } from './usePanelSelect';

/** The commands that act on the current article. */
type ArticleCommandId = Exclude<CommandId, 'undo' | 'redo' | 'help' | 'next-gap' | 'next-block' | 'unassign'>;

interface CommandArgs {
  session: ArticleSession;
  control: RawViewControl | null;
  current: Article | undefined;
  select: SelectFn;
  caret: { readonly current: Caret | null };
  say: (message: string | null) => void;
  toggleHelp: () => void;
  /** Takes the raw selection out of whatever holds it (the assign flow's, for its choices). */
  unassign: () => void;
}

export function useCommands({
  session,
  control,
  current,
  select,
  caret,
  say,
  toggleHelp,
  unassign,
}: CommandArgs) {
  const { t } = useTranslation();

  const nextGap = useCallback(
    (block: boolean) => {
      if (!control) return;
      const from = control.selectionEnd();
      const { articles, furniture } = session.getSnapshot().state;
      const gap = block ? nextBlock(session.raw, articles, furniture, from) : session.gap(from);
      if (!gap) {
        say(t('articles.noGap'));
        return;
      }
      say(null);
      control.select([gap], { focus: true });
      control.scrollTo(gap.start);
    },
    [session, control, say, t],
  );

  const onArticle = useCallback(
    (id: ArticleCommandId, cur: Article) => {
      const articles = session.getSnapshot().state.articles;
      switch (id) {
        case 'move-up':
        case 'move-down':
          session.reorder(cur.id, cur.order + (id === 'move-up' ? -1 : 1));
          select({ articleId: cur.id }, 'form');
          return;
        case 'merge-next': {
          const next = articles[cur.order + 1];
          if (next) session.merge(cur.id, next.id);
          else say(t('articles.noNext'));
          return;
        }
        case 'split': {
          const c = caret.current;
          if (!c || c.articleId !== cur.id || c.field.kind !== 'paragraph' || !('index' in c.field)) {
            say(t('articles.splitHint'));
            return;
          }
          const created = session.split(cur.id, c.field.index, c.offset);
          if (created) select({ articleId: created, field: { kind: 'paragraph', index: 0 } }, 'form');
          else say(t('articles.splitHint'));
          return;
        }
        case 'delete-article': {
          const neighbour = articles[cur.order + 1] ?? articles[cur.order - 1];
          session.delete(cur.id);
          select(neighbour ? { articleId: neighbour.id } : undefined);
          return;
        }
      }
    },
    [session, select, caret, say, t],
  );

  return useCallback(
    (id: CommandId) => {
      switch (id) {
        case 'undo':
          session.undo();
          return;
        case 'redo':
          session.redo();
          return;
        case 'help':
          toggleHelp();
          return;
        case 'next-gap':
        case 'next-block':
          nextGap(id === 'next-block');
          return;
        case 'unassign':
          unassign();
          return;
        case 'move-up':
        case 'move-down':
        case 'merge-next':
        case 'split':
        case 'delete-article':
          if (current) onArticle(id, current);
          else say(t('articles.needArticle'));
          return;
      }
    },
    [session, current, nextGap, unassign, onArticle, toggleHelp, say, t],
  );
}
