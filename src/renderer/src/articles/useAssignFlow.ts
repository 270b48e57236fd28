// Assigning the raw selection to a field (or to furniture): straight through when the
// text is free, or after the archivist agrees to move text other fields already own, and,
// when a corrected field has no clean cut (needs-choice), after they chose which version
// each such field keeps. Only the final call changes anything: one undo step. Unassigning
// the selection takes the same way through the choice.

import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignTarget, Choice, NeedsChoice, Ownership } from '../../../core/article';
import type { Article, Span } from '../../../core/model';
import type { RawViewControl } from '../rawview/control';
import { withPunctuationGaps } from '../../../core/article';
import type { AssignActionId } from './actions';
import { assignDatelineByline } from './datelineByline';
import { targetOf } from './actions';
import type { ArticleSession, Selection } from './session/ArticleSession';
import type { SelectFn } from './usePanelSelect';

export interface PendingMove {
  ranges: Span[];
  target: AssignTarget;
  conflicts: Ownership[];
}

/** A move (or, with no target, an unassign) waiting for the archivist to choose, per field, the version it keeps. */
export interface PendingChoice {
  ranges: Span[];
  target: AssignTarget | null;
  choices: NeedsChoice[];
}

interface AssignFlowArgs {
  session: ArticleSession;
  control: RawViewControl | null;
  select: SelectFn;
  current: Article | undefined;
  currentSelection: Selection | undefined;
  say: (message: string | null) => void;
}

export interface AssignFlow {
  onAssign: (id: AssignActionId) => void;
  /** Takes the raw selection out of every field and the furniture, leaving it unassigned. */
  onUnassign: () => void;
  /** The assignment waiting for the archivist to agree to a move. */
  pending: PendingMove | null;
  confirmMove: () => void;
  cancelMove: () => void;
  /** The move waiting for the archivist's choice of versions. */
  choosing: PendingChoice | null;
  choose: (picks: Choice[]) => void;
  cancelChoice: () => void;
}

export function useAssignFlow({
  session,
  control,
  select,
  current,
  currentSelection,
  say,
}: AssignFlowArgs): AssignFlow {
  const { t } = useTranslation();
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [choosing, setChoosing] = useState<PendingChoice | null>(null);

  const finish = useCallback(
    (ranges: Span[], target: AssignTarget, move: boolean, choices?: Choice[]) => {
      const r = session.assign(ranges, target, move, choices);
      if (r.ok) {
        say(null);
        if (r.focus) select(r.focus, 'form');
        control?.collapseSelection();
        return;
      }
      if (r.reason === 'conflict') setPending({ ranges, target, conflicts: r.conflicts });
      else if (r.reason === 'needs-choice') setChoosing({ ranges, target, choices: r.choices });
      else say(t(r.reason === 'empty' ? 'articles.needSelection' : 'articles.needArticle'));
    },
    [session, select, t, control, say],
  );

  const unassignNow = useCallback(
    (ranges: Span[], choices?: Choice[]) => {
      const before = session.getSnapshot().state;
      const r = session.unassign(ranges, choices);
      if (!r.ok) {
        setChoosing({ ranges, target: null, choices: r.choices });
        return;
      }
      say(session.getSnapshot().state === before ? t('articles.nothingAssigned') : null);
      control?.collapseSelection();
    },
    [session, control, say, t],
  );

  const onUnassign = useCallback(() => {
    const ranges = control?.selectedSpans() ?? [];
    if (ranges.length === 0) say(t('articles.needSelection'));
    else unassignNow(ranges);
  }, [control, unassignNow, say, t]);

  /** Dateline and byline in one step; false when the selection holds no such pair. */
  const splitInOne = useCallback(
    (ranges: Span[], articleId: string) => {
      const state = session.getSnapshot().state;
      const ctx = { now: Date.now(), newId: () => crypto.randomUUID() };
      const r = assignDatelineByline(state, session.raw, ranges, articleId, ctx);
      if (!r.ok) return false;
      session.change('assign', r.state);
      say(null);
      select({ articleId, field: { kind: 'byline' } }, 'form');
      // The cursor after the dateline: the body printed on its line is what comes next.
      control?.select([{ start: r.end, end: r.end }]);
      return true;
    },
    [session, say, select, control],
  );

  const onAssign = useCallback(
    (id: AssignActionId) => {
      const selected = control?.selectedSpans() ?? [];
      if (selected.length === 0) {
        say(t('articles.needSelection'));
        return;
      }
      // The form's article may be older than the session's by what was typed since.
      const typed = current && session.getSnapshot().state.articles.find((a) => a.id === current.id);
      const part = id === 'title' || id === 'kicker' || id === 'section' ? typed?.[id].text : '';
      const target = targetOf(id, currentSelection, current?.paragraphs.length ?? 0, !!part);
      if (!target) {
        say(t('articles.needArticle'));
        return;
      }
      const { articles, furniture } = session.getSnapshot().state;
      // Brackets and stops between the selection and marked text go with the selection.
      const ranges = withPunctuationGaps(session.raw, articles, furniture, selected);
      if (id === 'dateline-byline' && current && splitInOne(ranges, current.id)) return;
      finish(ranges, target, false);
    },
    [control, currentSelection, current, finish, t, say, session, splitInOne],
  );

  const confirmMove = useCallback(() => {
    if (!pending) return;
    setPending(null);
    finish(pending.ranges, pending.target, true);
  }, [pending, finish]);
  const cancelMove = useCallback(() => setPending(null), []);

  const choose = useCallback(
    (picks: Choice[]) => {
      if (!choosing) return;
      setChoosing(null);
      if (choosing.target) finish(choosing.ranges, choosing.target, true, picks);
      else unassignNow(choosing.ranges, picks);
    },
    [choosing, finish, unassignNow],
  );
  const cancelChoice = useCallback(() => setChoosing(null), []);

  return { onAssign, onUnassign, pending, confirmMove, cancelMove, choosing, choose, cancelChoice };
}
