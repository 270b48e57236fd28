import type { EditorView } from '@codemirror/view';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignTarget, Ownership } from '../../../core/article';
import type { Revision } from '../../../core/backup/types';
import type { ArticleStatus, FieldRef, Span } from '../../../core/model';
import { getField } from '../../../core/model';
import type { GalleyDb } from '../db/db';
import { pickHost } from '../host/pickHost';
import { instruments } from '../instruments';
import type { AssignActionId, CommandId } from './actions';
import { targetOf } from './actions';
import type { CardHandlers } from './ArticleCard';
import { ArticleCard } from './ArticleCard';
import { fieldKey } from './FieldEditor';
import { MoveDialog } from './MoveDialog';
import { PanelHead } from './PanelHead';
import { RawContextMenu } from './RawContextMenu';
import { RevisionList } from './RevisionList';
import type { ArticleSession, Selection } from './session/ArticleSession';
import { readSelection, writeSelection } from './session/selection';
import { ShortcutHelp } from './ShortcutHelp';
import { scrollRawTo, useRawViewSync } from './useRawViewSync';
import { useShortcuts } from './useShortcuts';
import { useSnapshot } from './useSession';
import { Toolbars } from './Toolbars';

interface PanelBodyProps {
  db: GalleyDb;
  session: ArticleSession;
  view: EditorView | null;
}

interface PendingMove {
  ranges: Span[];
  target: AssignTarget;
  conflicts: Ownership[];
}

export function PanelBody({ db, session, view }: PanelBodyProps) {
  const { t } = useTranslation();
  const snap = useSnapshot(session);
  const { state } = snap;
  const [selection, setSelection] = useState<Selection | undefined>(undefined);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const [help, setHelp] = useState(false);
  const caret = useRef<{ articleId: string; field: FieldRef; offset: number } | null>(null);
  const dragged = useRef<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const restored = useRef(false);
  const focusAfterRender = useRef<{ articleId: string; key: string } | null>(null);

  // The selection comes back from the settings table after a reload.
  useEffect(() => {
    let live = true;
    void readSelection(db, session.pageId).then((s) => {
      if (!live) return;
      restored.current = true;
      if (s && session.getSnapshot().state.articles.some((a) => a.id === s.articleId)) setSelection(s);
    });
    return () => {
      live = false;
    };
  }, [db, session]);
  useEffect(() => {
    if (restored.current) void writeSelection(db, session.pageId, selection);
  }, [db, session, selection]);

  // An undo can remove the selected article: fall back to none.
  const current = selection && state.articles.find((a) => a.id === selection.articleId);
  const currentSelection = current ? selection : undefined;

  useEffect(() => {
    if (view && instruments.sessionShown) return instruments.sessionShown(session, view);
  }, [session, view]);

  const select = useCallback(
    (s: Selection | undefined, scroll: 'raw' | 'form' | 'both' | 'none' = 'none') => {
      setSelection(s);
      if (!s) return;
      if ((scroll === 'form' || scroll === 'both') && panel.current) {
        const key = s.field ? fieldKey(s.field) : undefined;
        const card = panel.current.querySelector(`[data-article-id="${s.articleId}"]`);
        const target = key ? card?.querySelector(`[data-field="${key}"]`) : card;
        requestAnimationFrame(() => (target ?? card)?.scrollIntoView({ block: 'nearest' }));
      }
      if ((scroll === 'raw' || scroll === 'both') && view && s.field) {
        const article = session.getSnapshot().state.articles.find((a) => a.id === s.articleId);
        const field = article && getField(article, s.field);
        if (field?.spans[0]) scrollRawTo(view, field.spans[0].start);
      }
    },
    [session, view],
  );

  useRawViewSync(view, state, currentSelection, (s) => select(s, 'form'));

  // A preview that took the focus hands it to the real editor once the card is current.
  useEffect(() => {
    const want = focusAfterRender.current;
    if (!want || want.articleId !== current?.id) return;
    focusAfterRender.current = null;
    panel.current
      ?.querySelector<HTMLTextAreaElement>(
        `[data-article-id="${want.articleId}"] textarea[data-field="${want.key}"]`,
      )
      ?.focus();
  });

  const rawRanges = useCallback((): Span[] => {
    if (!view) return [];
    return view.state.selection.ranges.filter((r) => !r.empty).map((r) => ({ start: r.from, end: r.to }));
  }, [view]);

  const describe = useCallback(
    (o: Ownership): string => {
      if (o.owner.kind === 'furniture') return t('articles.furniture');
      const { articleId, field } = o.owner;
      const a = session.getSnapshot().state.articles.find((x) => x.id === articleId);
      const name = a ? t('articles.articleN', { n: a.order + 1 }) : '?';
      const fieldName =
        'index' in field
          ? t(`articles.field.${field.kind}N`, { n: field.index + 1 })
          : t(`articles.field.${field.kind}`);
      return `${name} · ${fieldName}`;
    },
    [session, t],
  );

  const finishAssign = useCallback(
    (ranges: Span[], target: AssignTarget, move: boolean) => {
      const r = session.assign(ranges, target, move);
      if (r.ok) {
        setMessage(null);
        if (r.focus) select(r.focus, 'form');
        if (view) view.dispatch({ selection: { anchor: view.state.selection.main.to } });
        return;
      }
      if (r.reason === 'conflict') setPending({ ranges, target, conflicts: r.conflicts });
      else setMessage(t(r.reason === 'empty' ? 'articles.needSelection' : 'articles.needArticle'));
    },
    [session, select, t, view],
  );

  const onAssign = useCallback(
    (id: AssignActionId) => {
      const ranges = rawRanges();
      if (ranges.length === 0) {
        setMessage(t('articles.needSelection'));
        return;
      }
      const target = targetOf(id, currentSelection, current?.paragraphs.length ?? 0);
      if (!target) {
        setMessage(t('articles.needArticle'));
        return;
      }
      finishAssign(ranges, target, false);
    },
    [rawRanges, currentSelection, current, finishAssign, t],
  );

  const onCommand = useCallback(
    (id: CommandId) => {
      const articles = session.getSnapshot().state.articles;
      const cur = current;
      switch (id) {
        case 'undo':
          session.undo();
          return;
        case 'redo':
          session.redo();
          return;
        case 'help':
          setHelp((h) => !h);
          return;
        case 'next-gap': {
          if (!view) return;
          const gap = session.gap(view.state.selection.main.to);
          if (!gap) {
            setMessage(t('articles.noGap'));
            return;
          }
          setMessage(null);
          view.dispatch({ selection: { anchor: gap.start, head: gap.end } });
          scrollRawTo(view, gap.start);
          view.focus();
          return;
        }
      }
      if (!cur) {
        setMessage(t('articles.needArticle'));
        return;
      }
      switch (id) {
        case 'move-up':
        case 'move-down':
          session.reorder(cur.id, cur.order + (id === 'move-up' ? -1 : 1));
          select({ articleId: cur.id }, 'form');
          return;
        case 'merge-next': {
          const next = articles[cur.order + 1];
          if (next) session.merge(cur.id, next.id);
          else setMessage(t('articles.noNext'));
          return;
        }
        case 'split': {
          const c = caret.current;
          if (!c || c.articleId !== cur.id || c.field.kind !== 'paragraph' || !('index' in c.field)) {
            setMessage(t('articles.splitHint'));
            return;
          }
          const created = session.split(cur.id, c.field.index, c.offset);
          if (created) select({ articleId: created, field: { kind: 'paragraph', index: 0 } }, 'form');
          else setMessage(t('articles.splitHint'));
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
    [session, current, view, select, t],
  );

  useShortcuts(panel, view?.dom ?? null, onAssign, onCommand);

  // The raw view's context menu offers the assign actions.
  useEffect(() => {
    if (!view) return;
    const open = (e: MouseEvent) => {
      if (view.state.selection.ranges.every((r) => r.empty)) return;
      e.preventDefault();
      setMenu({ x: e.clientX, y: e.clientY });
    };
    view.dom.addEventListener('contextmenu', open);
    return () => view.dom.removeEventListener('contextmenu', open);
  }, [view]);

  const handlers = useMemo<CardHandlers>(
    () => ({
      onSelect: (articleId) => select({ articleId }),
      onText: (articleId, field, text) => session.editText(articleId, field, text),
      onFocusField: (articleId, field, activate) => {
        select({ articleId, field }, 'raw');
        if (activate) focusAfterRender.current = { articleId, key: fieldKey(field) };
      },
      onCaret: (articleId, field, offset) => {
        caret.current = { articleId, field, offset };
      },
      onBlurField: () => session.sealTyping(),
      onStatus: (articleId, status: ArticleStatus) => session.setStatus(articleId, status),
      onRemoveField: (articleId, field) => session.removeField(articleId, field),
      onAddParagraph: (articleId) => session.addParagraph(articleId),
      onDragStart: (articleId) => {
        dragged.current = articleId;
      },
      onDropOn: (articleId) => {
        const from = dragged.current;
        dragged.current = null;
        const target = session.getSnapshot().state.articles.find((a) => a.id === articleId);
        if (from && target && from !== articleId) session.reorder(from, target.order);
      },
    }),
    [session, select],
  );

  const onRestore = useCallback((r: Revision) => session.restore(r.articleId, r.content), [session]);

  const currentId = current?.id;
  const revisions = useMemo(
    () => (currentId ? <RevisionList db={db} articleId={currentId} onRestore={onRestore} /> : undefined),
    [db, currentId, onRestore],
  );
  // Stable across renders, so the memoised toolbars do not re-render while typing.
  const latest = useRef({ onAssign, onCommand });
  useEffect(() => {
    latest.current = { onAssign, onCommand };
  });
  const stableAssign = useCallback((id: AssignActionId) => latest.current.onAssign(id), []);
  const stableCommand = useCallback((id: CommandId) => latest.current.onCommand(id), []);
  const openHelp = useCallback(() => setHelp(true), []);

  // Typing waits up to SAVE_DELAY_MS before it is written: closing the window writes it now.
  useEffect(() => {
    const now = () => void session.flush();
    window.addEventListener('pagehide', now);
    return () => {
      window.removeEventListener('pagehide', now);
      now();
    };
  }, [session]);

  // Edit > Undo / Redo in the desktop shell's menu (the keys themselves come through useShortcuts).
  useEffect(() => {
    let off: (() => void) | undefined;
    let live = true;
    void pickHost().then((host) => {
      if (!live) return;
      off = host.onMenuCommand((command) => {
        if (command === 'undo' || command === 'redo') latest.current.onCommand(command);
      });
    });
    return () => {
      live = false;
      off?.();
    };
  }, []);

  const coverage = session.coverageOf(state);
  const focusedKey = currentSelection?.field ? fieldKey(currentSelection.field) : undefined;

  return (
    <div className="article-panel" ref={panel}>
      <PanelHead
        coverage={coverage}
        save={snap.save}
        canUndo={snap.canUndo}
        canRedo={snap.canRedo}
        onCommand={stableCommand}
        onHelp={openHelp}
      />
      <Toolbars hasArticle={!!current} onAssign={stableAssign} onCommand={stableCommand} />
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
            article={a}
            current={a.id === current?.id}
            focusedKey={a.id === current?.id ? focusedKey : undefined}
            handlers={handlers}
            revisions={a.id === current?.id ? revisions : undefined}
          />
        ))}
      </div>
      {pending && (
        <MoveDialog
          owners={pending.conflicts.map(describe)}
          onMove={() => {
            const p = pending;
            setPending(null);
            finishAssign(p.ranges, p.target, true);
          }}
          onCancel={() => setPending(null)}
        />
      )}
      {menu && (
        <RawContextMenu
          x={menu.x}
          y={menu.y}
          hasArticle={!!current}
          onPick={onAssign}
          onClose={() => setMenu(null)}
        />
      )}
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
