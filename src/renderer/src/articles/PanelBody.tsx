// A page's article form, wired to its session and to the raw view control. Each concern
// lives in its own hook: the remembered selection, painting and picking spans, the assign
// flow, the commands, the raw view's context menu, saving on close and the shell's menu.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Revision } from '../../../core/backup/types';
import type { GalleyDb } from '../db/db';
import { instruments } from '../instruments';
import type { RawViewControl } from '../rawview/control';
import { useEvent } from '../common/useLatest';
import { ArticleCard } from './ArticleCard';
import { describeOwner } from './describeOwner';
import { fieldKey } from './FieldEditor';
import { liveArticles, useShapeOf } from './liveText';
import { MoveDialog } from './MoveDialog';
import { ChoiceDialog } from './ChoiceDialog';
import { PanelHead } from './PanelHead';
import { RawContextMenu } from './RawContextMenu';
import { RevisionList } from './RevisionList';
import type { ArticleSession } from './session/ArticleSession';
import { ShortcutHelp } from './ShortcutHelp';
import { Toolbars } from './Toolbars';
import { useArticleCommands } from './useArticleCommands';
import { useAssignFlow } from './useAssignFlow';
import { useCardHandlers } from './useCardHandlers';
import { useCommands } from './useCommands';
import { useFlushOnHide } from './useFlushOnHide';
import { useFocusAfterRender } from './useFocusAfterRender';
import { useMenuUndo } from './useMenuUndo';
import { usePanelSelect } from './usePanelSelect';
import { useRawContextMenu } from './useRawContextMenu';
import { useRawViewSync } from './useRawViewSync';
import { useReveal, type ArticleReveal } from './useReveal';
import { useSelectionPersistence } from './useSelectionPersistence';
import { useShortcuts } from './useShortcuts';
import { useFormSnapshot } from './useSession';

export interface PanelBodyProps {
  db: GalleyDb;
  session: ArticleSession;
  control: RawViewControl | null;
  /** An article another view asked to show. */
  reveal?: ArticleReveal | null | undefined;
  onRevealed?: ((reveal: ArticleReveal) => void) | undefined;
}

export function PanelBody({ db, session, control, reveal, onRevealed }: PanelBodyProps) {
  const { t } = useTranslation();
  const panel = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useSelectionPersistence(db, session);
  const snap = useFormSnapshot(session, selection?.articleId);
  const { state } = snap;
  // What a message says holds for the articles as they were: it goes when they change,
  // typing included (which does not draw the form again).
  const [said, setSaid] = useState<{ text: string; about: unknown } | null>(null);
  const setMessage = useCallback(
    (text: string | null) => setSaid(text ? { text, about: session.getSnapshot().state } : null),
    [session],
  );
  const message = said?.about === session.getSnapshot().state ? said.text : null;
  useEffect(() => {
    if (!said) return;
    return session.subscribe(() => {
      if (session.getSnapshot().state !== said.about) setSaid(null);
    });
  }, [session, said]);
  const [help, setHelp] = useState(false);

  // An undo can remove the selected article: fall back to none.
  const current = selection && state.articles.find((a) => a.id === selection.articleId);
  const currentSelection = current ? selection : undefined;

  useEffect(() => {
    if (control && instruments.sessionShown) return instruments.sessionShown(session, control);
  }, [session, control]);

  const select = usePanelSelect(session, control, panel, setSelection);
  useRawViewSync(control, state, currentSelection, (s) => select(s, 'form'));
  useReveal(session, reveal, select, onRevealed);
  const focusLater = useFocusAfterRender(panel, current?.id);
  const { handlers, caret } = useCardHandlers(session, select, focusLater);
  const assign = useAssignFlow({ session, control, select, current, currentSelection, say: setMessage });
  const toggleHelp = useCallback(() => setHelp((h) => !h), []);
  const command = useCommands({
    session,
    control,
    current,
    select,
    caret,
    say: setMessage,
    toggleHelp,
    unassign: assign.onUnassign,
  });
  // Stable across renders, so the memoised toolbars do not re-render while typing.
  const onAssign = useEvent(assign.onAssign);
  const onCommand = useEvent(command);
  useShortcuts(panel, control, onAssign, onCommand);
  useArticleCommands(
    { hasArticle: !!current, canUndo: snap.canUndo, canRedo: snap.canRedo },
    onAssign,
    onCommand,
  );
  const [menu, closeMenu] = useRawContextMenu(control);
  useFlushOnHide(db, session);
  useMenuUndo(onCommand);

  const onRestore = useCallback((r: Revision) => session.restore(r.articleId, r.content), [session]);
  const currentId = current?.id;
  const revisions = useMemo(
    () => (currentId ? <RevisionList db={db} articleId={currentId} onRestore={onRestore} /> : undefined),
    [db, currentId, onRestore],
  );
  const openHelp = useCallback(() => setHelp(true), []);
  const closeHelp = useCallback(() => setHelp(false), []);
  const focusedKey = currentSelection?.field ? fieldKey(currentSelection.field) : undefined;
  const live = useMemo(() => liveArticles(session), [session]);
  const drawnCurrent = useShapeOf(current);

  return (
    <div className="article-panel" ref={panel}>
      <PanelHead
        coverage={session.coverageOf(state)}
        session={session}
        canUndo={snap.canUndo}
        canRedo={snap.canRedo}
        onCommand={onCommand}
        onHelp={openHelp}
      />
      <Toolbars hasArticle={!!current} onAssign={onAssign} onCommand={onCommand} />
      {message && (
        <p className="article-message" role="alert">
          {message}
        </p>
      )}
      <div className="article-list">
        {state.articles.length === 0 && <p className="article-empty">{t('articles.empty')}</p>}
        {state.articles.map((a) => (
          <ArticleCard
            key={a.id}
            article={a.id === current?.id && drawnCurrent ? drawnCurrent : a}
            current={a.id === current?.id}
            focusedKey={a.id === current?.id ? focusedKey : undefined}
            handlers={handlers}
            revisions={a.id === current?.id ? revisions : undefined}
            live={live}
          />
        ))}
      </div>
      {assign.pending && (
        <MoveDialog
          owners={assign.pending.conflicts.map((o) =>
            describeOwner(t, session.getSnapshot().state.articles, o),
          )}
          onMove={assign.confirmMove}
          onCancel={assign.cancelMove}
        />
      )}
      {assign.choosing && (
        <ChoiceDialog
          choices={assign.choosing.choices}
          confirm={assign.choosing.target ? undefined : t('articles.choiceConfirmUnassign')}
          describe={(c) =>
            describeOwner(t, session.getSnapshot().state.articles, {
              owner: { kind: 'field', articleId: c.articleId, field: c.field },
              spans: [],
            })
          }
          onChoose={assign.choose}
          onCancel={assign.cancelChoice}
        />
      )}
      {menu && (
        <RawContextMenu
          x={menu.x}
          y={menu.y}
          hasArticle={!!current}
          onPick={onAssign}
          onCommand={onCommand}
          onClose={closeMenu}
        />
      )}
      {help && <ShortcutHelp onClose={closeHelp} />}
    </div>
  );
}
