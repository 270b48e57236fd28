// Suggested articles for the open page, shown as ghost cards above the article form and
// as dashed outlines in the raw view. Accepting makes real articles of the free text only
// (one undo step, one write); rejecting is remembered for the page.

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnabledTransforms } from '../cleanup/transformSettings';
import type { GalleyDb } from '../db/db';
import type { RawViewControl } from '../rawview/control';
import type { ArticleSession } from '../articles/session/ArticleSession';
import { useOwnership, useSessionFor } from '../articles/useSession';
import { acceptSuggestions } from './accept';
import { clearRejected, reject, useRejected } from './rejected';
import { useOpenSuggestions, useSuggested, type OpenSuggestion } from './useSuggestions';
import './suggest.css';
import { displayHeadline } from '../common/headline';
import { useDeskCommands } from '../common/commands';

export interface SuggestionPanelProps {
  db: GalleyDb;
  pageId: string;
  control: RawViewControl | null;
}

export function SuggestionPanel({ db, pageId, control }: SuggestionPanelProps) {
  const session = useSessionFor(db, pageId);
  if (!session) return null;
  return <Suggestions key={pageId} db={db} session={session} control={control} />;
}

function Suggestions({
  db,
  session,
  control,
}: {
  db: GalleyDb;
  session: ArticleSession;
  control: RawViewControl | null;
}) {
  const { t } = useTranslation();
  // Only spans decide which suggestions are open: typing does not re-render the list.
  const state = useOwnership(session);
  const enabled = useEnabledTransforms(db);
  const all = useSuggested(session.raw, enabled);
  const rejected = useRejected(db, session.pageId);
  const [expanded, setExpanded] = useState(true);
  const [focus, setFocus] = useState<string | undefined>(undefined);
  // A message describes the page as it was when said: it goes once the articles change
  // (an undo, another assignment), so "Accepted 2 articles" never outlives them. It is kept
  // as a key and translated when drawn, so switching the language switches it too.
  type Said = { key: 'suggest.nothingFree' } | { key: 'suggest.accepted'; count: number };
  const [said, setSaid] = useState<(Said & { about: unknown }) | null>(null);
  const setMessage = (m: Said) => setSaid({ ...m, about: session.getSnapshot().state });
  const message =
    said && said.about === session.getSnapshot().state
      ? said.key === 'suggest.accepted'
        ? t(said.key, { count: said.count })
        : t(said.key)
      : null;
  const open = useOpenSuggestions(all, state, rejected);

  const paintKey = expanded ? open.map((o) => `${o.key}:${o.free.length}`).join(',') + `|${focus ?? ''}` : '';
  useEffect(() => {
    if (!control) return;
    const ghosts = expanded ? open.map((o) => ({ key: o.key, spans: o.free })) : [];
    control.paintGhosts({ ghosts, focus });
    // `open` is recomputed each render; paintKey says when what it paints changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [control, paintKey]);

  const accept = (items: OpenSuggestion[]) => {
    if (!enabled) return;
    const current = session.getSnapshot().state;
    const r = acceptSuggestions(
      current,
      session.raw,
      items.map((o) => o.suggestion),
      { now: Date.now(), newId: () => crypto.randomUUID() },
      { enabled },
    );
    if (r.created.length === 0) {
      setMessage({ key: 'suggest.nothingFree' });
      return;
    }
    session.change(items.length === 1 ? 'accept-suggestion' : 'accept-suggestions', r.state);
    setMessage({ key: 'suggest.accepted', count: r.created.length });
    const first = r.created[0];
    requestAnimationFrame(() =>
      document
        .querySelector(`.article-card[data-article-id="${first}"]`)
        ?.scrollIntoView({ block: 'nearest' }),
    );
  };

  const show = (o: OpenSuggestion) => {
    setFocus(o.key);
    if (control && o.free[0]) control.scrollTo(o.free[0].start);
  };

  useDeskCommands(() => [
    {
      id: 'suggest-accept-all',
      label: 'palette.command.suggest-accept-all',
      params: { count: open.length },
      enabled: open.length > 0,
      run: () => accept(open),
    },
  ]);

  if (all.length === 0) return null;
  return (
    <section className="suggestions" aria-label={t('suggest.title')}>
      <header className="suggestions-head">
        <button
          type="button"
          className="suggestions-toggle"
          aria-expanded={expanded}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? '▾' : '▸'} {t('suggest.title')}{' '}
          <span className="suggestions-count">{t('suggest.count', { count: open.length })}</span>
        </button>
        <button
          type="button"
          className="button small primary"
          disabled={open.length === 0}
          onClick={() => accept(open)}
        >
          {t('suggest.acceptAll')}
        </button>
        {rejected && rejected.length > 0 ? (
          <button
            type="button"
            className="button small"
            onClick={() => void clearRejected(db, session.pageId)}
          >
            {t('suggest.showRejected', { count: rejected.length })}
          </button>
        ) : null}
      </header>
      {message ? (
        <p className="suggestions-message" role="status">
          {message}
        </p>
      ) : null}
      {expanded ? (
        open.length === 0 ? (
          message ? null : (
            <p className="suggestions-empty">{t('suggest.none')}</p>
          )
        ) : (
          <ol className="suggestion-list">
            {open.map((o) => (
              <li
                key={o.key}
                className={`suggestion${o.key === focus ? ' suggestion-focus' : ''}`}
                data-suggestion={o.key}
                onMouseEnter={() => setFocus(o.key)}
              >
                <button
                  type="button"
                  className="suggestion-body"
                  onClick={() => show(o)}
                  title={t('suggest.showInRaw')}
                >
                  {o.suggestion.section.text ? (
                    <span className="suggestion-section">{o.suggestion.section.text}</span>
                  ) : null}
                  {o.suggestion.kicker.text ? (
                    <span className="suggestion-kicker">{o.suggestion.kicker.text}</span>
                  ) : null}
                  <span className="suggestion-title">
                    {displayHeadline(o.suggestion) || t('suggest.untitled')}
                  </span>
                  {o.suggestion.subtitle.text ? (
                    <span className="suggestion-subtitle">{o.suggestion.subtitle.text}</span>
                  ) : null}
                  <span className="suggestion-facts">
                    {t('suggest.paragraphs', { count: o.suggestion.paragraphs.length })}
                    {o.suggestion.dateline.text ? ` · ${o.suggestion.dateline.text}` : ''}
                    {o.suggestion.byline.text ? ` · ${o.suggestion.byline.text}` : ''}
                    {o.suggestion.captions.length > 0
                      ? ` · ${t('suggest.captions', { count: o.suggestion.captions.length })}`
                      : ''}
                  </span>
                  {o.taken > 0 ? (
                    <span className="suggestion-taken">
                      {t('suggest.partlyTaken', { percent: Math.round(o.taken * 100) })}
                    </span>
                  ) : null}
                </button>
                <span className="suggestion-actions">
                  <button type="button" className="button small" onClick={() => accept([o])}>
                    {t('suggest.accept')}
                  </button>
                  <button
                    type="button"
                    className="button small"
                    onClick={() => void reject(db, session.pageId, o.key)}
                    aria-label={t('suggest.rejectNamed', { title: displayHeadline(o.suggestion) })}
                  >
                    {t('suggest.reject')}
                  </button>
                </span>
              </li>
            ))}
          </ol>
        )
      ) : null}
    </section>
  );
}
